#!/usr/bin/env python3
"""Builds hadath-app/src/test/resources/warc/cc-news-1000.warc.gz: 1,000 WARC records in the Common
Crawl CC-NEWS layout, for the end-to-end run-report test (RunReportWarcTest).

Layout (CC-NEWS: one gzip member per record, a warcinfo record first, then per capture a request,
a response and a metadata record, with revisit records for pages seen before):

  1    warcinfo
  311  captures x (request + response + metadata) = 933 records; the 311 responses are
       240 HTML articles (status 200): the hadath HTML fixture pages verbatim, generated Arabic
           and English reports in the layouts of those fixtures (WordPress, AMP, Levant CMS,
           RTL with bidi marks, broken markup), 30 syndicated copies of earlier reports (other
           site, other title suffix), 4 French pages and 3 pages with no article text
       10  text/plain pages (status 200)
       51  non-pages: 20 redirects (301), 10 not-found pages (404), 15 JPEG images, 6 PDFs
       10  broken page records: 4 with a Content-Encoding: gzip body that is not gzip, 3 with an
           HTTP status line that is not HTTP, 2 text/html bodies that are binary, 1 empty 200 page
  65   revisit records
  1    a last response record cut off by the end of the file

Documents (what hadath reads as one): the 261 response records that hold (or should hold) an
HTML or text page with status 2xx, and the cut-off record; passed over: the other 739 records.

Deterministic: the same bytes on every run (fixed seed, fixed dates, gzip mtime 0).
Usage: tools/make-ccnews-warc.py [OUT]  (run from the repository root)
"""
import gzip, random, sys, uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "hadath-core/src/test/resources/ingest"
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "hadath-app/src/test/resources/warc/cc-news-1000.warc.gz"

rng = random.Random(20261125)
NS = uuid.UUID("6f0c1d4e-2a5b-4c7d-9e8f-0a1b2c3d4e5f")
counter = [0]


def rid():
    counter[0] += 1
    return "<urn:uuid:%s>" % uuid.uuid5(NS, str(counter[0]))


def date(i):
    return "2023-06-%02dT%02d:%02d:%02dZ" % (1 + i % 28, i % 24, (i * 7) % 60, (i * 13) % 60)


def record(wtype, rec_id, when, body, extra):
    head = ["WARC/1.0", "WARC-Type: " + wtype, "WARC-Date: " + when, "WARC-Record-ID: " + rec_id]
    head += ["%s: %s" % kv for kv in extra]
    head.append("Content-Length: %d" % len(body))
    return ("\r\n".join(head) + "\r\n\r\n").encode("utf-8") + body + b"\r\n\r\n"


def http_response(status, reason, ctype, body, headers=()):
    h = ["HTTP/1.1 %d %s" % (status, reason)]
    if ctype:
        h.append("Content-Type: " + ctype)
    h += ["%s: %s" % kv for kv in headers]
    if not any(k.lower() == "transfer-encoding" for k, _ in headers):
        h.append("Content-Length: %d" % len(body))
    h.append("Server: nginx")
    return ("\r\n".join(h) + "\r\n\r\n").encode("latin-1") + body


# ---- invented reports -------------------------------------------------------------------------

AR_PLACES = ["إدلب", "حلب", "درعا", "دير الزور", "الرقة", "حماة", "حمص", "القامشلي", "منبج", "عفرين",
             "الموصل", "كركوك", "الفلوجة", "تكريت", "الرمادي", "صنعاء", "تعز", "مأرب", "الحديدة", "عدن",
             "بنغازي", "طرابلس", "سرت", "مصراتة", "الخرطوم", "نيالا", "الفاشر", "غزة", "رفح", "جنين"]
AR_ACTORS = ["قوات النظام", "فصائل المعارضة", "قوات سوريا الديمقراطية", "تنظيم الدولة", "الجيش الوطني",
             "قوات الدعم السريع", "الجيش السوداني", "جماعة الحوثي", "القوات الحكومية", "مسلحون مجهولون",
             "الطيران الروسي", "طيران التحالف", "الجيش الإسرائيلي", "قوات الأمن", "الحشد الشعبي"]
AR_WEAPONS = ["قصف مدفعي", "غارة جوية", "عبوة ناسفة", "سيارة مفخخة", "قذائف هاون", "طائرة مسيرة",
              "صواريخ", "رصاص قناص", "هجوم مسلح", "اشتباكات عنيفة"]
AR_DAYS = ["السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة"]
AR_NUMS = ["اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "عشرة", "أحد عشر", "خمسة عشر"]
AR_SOURCES = ["مصادر محلية", "ناشطون", "الدفاع المدني", "مصدر طبي", "مراسلنا", "مصدر عسكري",
              "المرصد السوري لحقوق الإنسان", "شهود عيان", "مسؤول محلي", "منظمة إنسانية"]
AR_TARGETS = ["سوق شعبي", "حي سكني", "مدرسة", "مستشفى ميداني", "حاجز عسكري", "مقر أمني", "مخيم للنازحين",
              "محطة وقود", "جسر رئيسي", "مبنى البلدية"]
AR_OUTLETS = [("عنب بلدي", "enabbaladi"), ("المرصد الأردني", "almarsad-jo"), ("الجنوب اليوم", "aljanoub"),
              ("شبكة النيلين الإخبارية", "alnilain"), ("صوت الفرات", "sawt-alfurat"), ("اليمن الآن", "yemen-now")]

EN_PLACES = ["Aleppo", "Idlib", "Deir ez-Zor", "Raqqa", "Mosul", "Kirkuk", "Fallujah", "Sanaa", "Taiz", "Marib",
             "Hodeidah", "Benghazi", "Tripoli", "Khartoum", "Nyala", "El Fasher", "Gaza", "Jenin", "Azaz", "Afrin"]
EN_ACTORS = ["government forces", "rebel fighters", "Islamic State militants", "Houthi fighters",
             "the Rapid Support Forces", "Sudanese army units", "coalition aircraft", "unidentified gunmen",
             "Turkish-backed fighters", "security forces", "Israeli troops", "tribal fighters"]
EN_WEAPONS = ["an air strike", "artillery shelling", "a roadside bomb", "a car bomb", "mortar fire",
              "a drone strike", "a rocket attack", "sniper fire", "an armed attack", "heavy clashes"]
EN_DAYS = ["Saturday", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
EN_SOURCES = ["local activists", "a medical source", "the civil defence", "a security official",
              "residents", "a provincial council member", "a monitoring group", "hospital staff"]
EN_TARGETS = ["a crowded market", "a residential block", "a school", "a field hospital", "a checkpoint",
              "a police station", "a displacement camp", "a fuel station", "a bridge", "a bakery"]
EN_OUTLETS = [("Levant Monitor", "levant-monitor"), ("Red Sea Wire", "redseawire"), ("Tigris Daily", "tigris-daily"),
              ("Sahel Observer", "sahel-observer"), ("Nile Dispatch", "nile-dispatch")]

AR_AUTHORS = ["محمد حمص", "ليث العبادي", "ريما خليل", "سامر العلي", "هبة الأحمد", "عمر الشيخ", "نور الدين محمود"]
EN_AUTHORS = ["Sara Haddad", "Nadia Al-Sharjabi", "Omar Jabbar", "Lina Mansour", "Karim Idris", "Hassan Yousef"]


def c(xs):
    return rng.choice(xs)


def arabic_story(i):
    place, actor, weapon, day = c(AR_PLACES), c(AR_ACTORS), c(AR_WEAPONS), c(AR_DAYS)
    n, m, src, target = c(AR_NUMS), c(AR_NUMS), c(AR_SOURCES), c(AR_TARGETS)
    place2, actor2, src2 = c(AR_PLACES), c(AR_ACTORS), c(AR_SOURCES)
    title = "مقتل %s مدنيين ب%s على %s في %s" % (n, weapon, target, place)
    body = [
        "قتل %s مدنيين وأصيب %s آخرون يوم %s جراء %s استهدف %s في مدينة %s، بحسب ما أفاد به %s."
        % (n, m, day, weapon, target, place, src),
        "وقال %s إن %s كثفت عملياتها خلال الأيام الماضية في محيط %s وريفها، وسط نزوح عشرات العائلات نحو %s."
        % (src2, actor, place, place2),
        "واتهم %s عناصر %s بالوقوف وراء الهجوم، في حين لم يصدر أي تعليق رسمي حتى ساعة إعداد هذا الخبر رقم %d."
        % (c(AR_SOURCES), actor2, 1000 + i),
        "وتشهد منطقة %s منذ مطلع الشهر تصعيداً متواصلاً أدى إلى تضرر %s منشآت خدمية وانقطاع المياه عن أحياء %s."
        % (place, c(AR_NUMS), c(AR_PLACES)),
    ]
    rng.shuffle(body)
    return title, place, body


def english_story(i):
    place, actor, weapon, day = c(EN_PLACES), c(EN_ACTORS), c(EN_WEAPONS), c(EN_DAYS)
    n, m, src, target = rng.randint(2, 30), rng.randint(1, 40), c(EN_SOURCES), c(EN_TARGETS)
    title = "%s kills %d near %s in %s" % (weapon[0].upper() + weapon[1:], n, target, place)
    body = [
        "%s hit %s in %s on %s, killing %d people and wounding %d others, %s said."
        % (weapon[0].upper() + weapon[1:], target, place, day, n, m, src),
        "Witnesses blamed %s, who have stepped up operations around %s since the start of the month, for report %d."
        % (actor, c(EN_PLACES), 2000 + i),
        "%s said rescue teams were still searching the rubble and that %d families had fled toward %s."
        % (c(EN_SOURCES)[0].upper() + c(EN_SOURCES)[1:], rng.randint(10, 400), c(EN_PLACES)),
        "There was no immediate comment from %s, and no group claimed responsibility for the %s attack."
        % (c(EN_ACTORS), day),
    ]
    rng.shuffle(body)
    return title, place, body


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def page(layout, lang, title, place, body, outlet, author, day):
    site, slug = outlet
    ps = "\n".join("<p>%s</p>" % esc(p) for p in body)
    dateline = ("%s - %s" % (place, site)) if lang == "ar" else ("%s —" % place.upper())
    iso = "2023-06-%02dT08:%02d:00+03:00" % (day, day)
    head = ('<meta charset="utf-8"><title>%s | %s</title><meta property="og:site_name" content="%s">'
            '<meta property="article:published_time" content="%s"><meta name="author" content="%s">'
            % (esc(title), esc(site), esc(site), iso, esc(author)))
    d = ' dir="rtl"' if lang == "ar" else ""
    if layout == "wordpress":
        return ('<!DOCTYPE html><html lang="%s"%s><head>%s</head><body><header><nav><a href="/">Home</a></nav></header>'
                '<article class="post"><h1 class="entry-title">%s</h1><div class="entry-meta">%s</div>'
                '<div class="entry-content"><p>%s</p>%s<div class="sharedaddy">Share</div>'
                '<div class="jp-relatedposts"><h3>Related</h3><p><a href="#">%s</a></p></div></div></article>'
                '<div id="comments">No comments</div><footer>&copy; %s</footer></body></html>'
                % (lang, d, head, esc(title), esc(author), esc(dateline), ps, esc(c(AR_TARGETS if lang == "ar" else EN_TARGETS)), esc(site)))
    if layout == "amp":
        return ('<!doctype html><html ⚡ lang="%s"%s><head>%s<style amp-boilerplate>body{}</style></head><body>'
                '<main><article><h1>%s</h1><div class="byline">%s</div><amp-img src="/a.jpg" width="8" height="4"></amp-img>'
                '<div class="article-body"><p>%s</p>%s<amp-ad type="x"><div fallback>Advertisement</div></amp-ad></div>'
                '</article></main><footer>%s</footer></body></html>'
                % (lang, d, head, esc(title), esc(author), esc(dateline), ps, esc(site)))
    if layout == "levant":
        return ('<!DOCTYPE html><html lang="%s"%s><head>%s</head><body><ol class="breadcrumb"><li>الرئيسية</li></ol>'
                '<div class="post-container"><h1 class="post-title">%s</h1><div class="social-share">شارك</div>'
                '<div class="post-content"><p>%s</p>%s</div><div class="read-also-box"><h3>اقرأ أيضاً</h3><ul><li>%s</li></ul></div>'
                '<div class="comments-section"><p>لا توجد تعليقات</p></div></div></body></html>'
                % (lang, d, head, esc(title), esc(dateline), ps, esc(c(AR_TARGETS))))
    if layout == "rtl":
        return ('<!DOCTYPE html><html lang="%s"%s><head>%s</head><body dir="rtl"><div class="article-wrapper">'
                '<h1>\u200f%s</h1><div class="article-text"><p>\u202b%s\u202c</p>%s</div>'
                '<div class="share-bar">Facebook X</div></div></body></html>'
                % (lang, d, head, esc(title), esc(dateline), ps))
    # broken markup: unclosed paragraphs, a stray </div>, a script with </ in it
    ps_broken = "\n".join("<p>%s" % esc(p) for p in body[:2]) + "\n</div>\n" + "\n".join("<p>%s" % esc(p) for p in body[2:])
    return ('<html lang="%s"%s><head>%s<script>var t = "<b></b>"; if (a </ b) {}</script></head><body>'
            '<div class="header"><ul><li>Home<li>News</ul></div></div><div id="story" class="story-body"><h1>%s</h1>'
            '<p>%s\n%s\n<div class="share-links">Share</div></body>'
            % (lang, d, head, esc(title), esc(dateline), ps_broken))


LAYOUTS = ["wordpress", "amp", "levant", "rtl", "broken"]


def articles():
    """240 HTML pages: fixtures verbatim, generated reports, syndicated copies, French, empty."""
    out = []
    for f in sorted((FIXTURES / "html").glob("*.html")) + [FIXTURES / "encoding/windows-1256-meta-charset.html"]:
        charset = "windows-1256" if "1256" in f.name else "utf-8"
        out.append(("https://fixtures.example/" + f.name, f.read_bytes(), "text/html; charset=" + charset))
    originals = []
    i = 0
    while len(out) < 240 - 30 - 4 - 3:
        i += 1
        lang = "ar" if i % 3 else "en"
        title, place, body = arabic_story(i) if lang == "ar" else english_story(i)
        outlet = c(AR_OUTLETS if lang == "ar" else EN_OUTLETS)
        author = c(AR_AUTHORS if lang == "ar" else EN_AUTHORS)
        layout = LAYOUTS[i % len(LAYOUTS)] if lang == "ar" else ["wordpress", "amp", "broken"][i % 3]
        day = 1 + i % 28
        html = page(layout, lang, title, place, body, outlet, author, day)
        url = "https://%s.example/news/2023/06/%02d/%d" % (outlet[1], day, 10000 + i)
        out.append((url, html.encode("utf-8"), "text/html; charset=UTF-8"))
        originals.append((lang, title, place, body, outlet))
    for k in range(30):  # syndicated copies: another site, layout and title suffix; a sentence dropped
        lang, title, place, body, outlet = originals[(k * 7) % len(originals)]
        other = [o for o in (AR_OUTLETS if lang == "ar" else EN_OUTLETS) if o != outlet][k % 4]
        html = page(LAYOUTS[(k + 2) % 3], lang, title, place, body[:3], other,
                    c(AR_AUTHORS if lang == "ar" else EN_AUTHORS), 1 + k % 28)
        out.append(("https://%s.example/syndication/%d" % (other[1], k), html.encode("utf-8"), "text/html; charset=UTF-8"))
    french = [
        ("Le festival de musique ouvre ses portes", "Le festival de musique de la ville a ouvert ses portes samedi "
         "devant un public nombreux, venu écouter des groupes locaux et des artistes invités.",
         "Les organisateurs attendent plus de dix mille visiteurs pendant les trois jours de concerts."),
        ("La saison des vendanges commence tôt", "Les viticulteurs de la vallée ont commencé les vendanges avec deux "
         "semaines d'avance à cause de la chaleur de l'été.", "Ils prévoient une récolte modeste mais de bonne qualité."),
        ("Un nouveau pont relie les deux rives", "Le nouveau pont piétonnier a été inauguré mardi par le maire en "
         "présence des habitants du quartier.", "Sa construction a duré trois ans et coûté près de douze millions."),
        ("Le club local remporte le championnat", "L'équipe de basket du club local a remporté le championnat régional "
         "dimanche soir après une finale très disputée.", "Les supporters ont fêté la victoire jusque tard dans la nuit."),
    ]
    for k, (t, a, b) in enumerate(french):  # French pages: unsupported language
        html = ('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>%s | Culture Hebdo</title></head>'
                '<body><article><h1>%s</h1><p>%s</p><p>%s</p></article></body></html>' % (t, t, a, b))
        out.append(("https://culture-hebdo.example/article-%d" % k, html.encode("utf-8"), "text/html; charset=UTF-8"))
    for k in range(3):  # pages with navigation only: no article text
        html = ('<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>الصفحة الرئيسية</title>'
                '</head><body><nav><a href="/">الرئيسية</a> <a href="/news">أخبار</a></nav><footer>جميع الحقوق محفوظة</footer>'
                '</body></html>')
        out.append(("https://portal-%d.example/" % k, html.encode("utf-8"), "text/html; charset=UTF-8"))
    rng.shuffle(out)
    return out


def responses():
    """The 311 responses, in capture order: (url, http bytes)."""
    out = []
    for url, body, ctype in articles():
        out.append((url, http_response(200, "OK", ctype, body)))
    for k in range(10):
        title, place, body = arabic_story(500 + k)
        text = (title + "\n" + "\n".join(body)).encode("utf-8")
        out.append(("https://text-feed.example/item/%d.txt" % k, http_response(200, "OK", "text/plain; charset=utf-8", text)))
    for k in range(20):
        out.append(("https://short.example/r/%d" % k, http_response(301, "Moved Permanently", "text/html",
                    b'<html><body><a href="https://x.example/">moved</a></body></html>', [("Location", "https://x.example/%d" % k)])))
    for k in range(10):
        out.append(("https://gone.example/missing/%d" % k, http_response(404, "Not Found", "text/html; charset=utf-8",
                    b"<html><body><h1>Not found</h1><p>The page you asked for does not exist.</p></body></html>")))
    for k in range(15):
        jpeg = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(rng.randrange(256) for _ in range(300)) + b"\xff\xd9"
        out.append(("https://img.example/photo-%d.jpg" % k, http_response(200, "OK", "image/jpeg", jpeg)))
    for k in range(6):
        pdf = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
        out.append(("https://docs.example/report-%d.pdf" % k, http_response(200, "OK", "application/pdf", pdf)))
    broken = []
    for k in range(4):  # Content-Encoding: gzip, but the body is not gzip
        broken.append(("https://broken.example/gzip-%d" % k, http_response(200, "OK", "text/html; charset=utf-8",
                       b"this is not gzip data at all " * 4, [("Content-Encoding", "gzip")])))
    for k in range(3):  # an HTTP head that is not HTTP (a proxy's garbage status line)
        broken.append(("https://broken.example/bad-head-%d" % k,
                       b"HTTP/1.1 2OO OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>half a page</p></body></html>"))
    for k in range(2):  # declared HTML, binary inside
        blob = bytes((i * 37 + k) % 256 for i in range(600))
        broken.append(("https://broken.example/binary-%d" % k, http_response(200, "OK", "text/html", blob)))
    broken.append(("https://broken.example/empty", http_response(200, "OK", "text/html; charset=utf-8", b"")))
    out += broken
    rng.shuffle(out)
    return out


def main():
    members = []
    info_id = rid()
    info = ("software: hadath tools/make-ccnews-warc.py\r\nformat: WARC File Format 1.0\r\n"
            "description: CC-NEWS-like test crawl, invented pages\r\nisPartOf: CC-NEWS-TEST\r\n").encode()
    members.append(record("warcinfo", info_id, date(0), info,
                          [("Content-Type", "application/warc-fields"), ("WARC-Filename", OUT.name)]))
    revisits = 0
    seen = []
    for n, (url, http) in enumerate(responses()):
        when = date(n + 1)
        req_id, resp_id, meta_id = rid(), rid(), rid()
        host = url.split("/")[2]
        req = ("GET /%s HTTP/1.1\r\nHost: %s\r\nUser-Agent: CCBot/2.0 (https://commoncrawl.org/faq/)\r\n"
               "Accept: text/html\r\n\r\n" % ("/".join(url.split("/")[3:]), host)).encode()
        common = [("WARC-Target-URI", url), ("WARC-Warcinfo-ID", info_id)]
        members.append(record("request", req_id, when, req, common + [("Content-Type", "application/http; msgtype=request"),
                                                                      ("WARC-Concurrent-To", resp_id)]))
        members.append(record("response", resp_id, when, http, common + [("Content-Type", "application/http; msgtype=response"),
                                                                         ("WARC-IP-Address", "192.0.2.%d" % (n % 250 + 1))]))
        meta = ("fetchTimeMs: %d\r\ncharset-detected: UTF-8\r\n" % (100 + n % 900)).encode()
        members.append(record("metadata", meta_id, when, meta, common + [("Content-Type", "application/warc-fields"),
                                                                         ("WARC-Concurrent-To", resp_id)]))
        seen.append((url, resp_id, when))
        if n % 5 == 4 and revisits < 65:  # a page fetched again, unchanged
            for _ in range(2 if n < 15 else 1):
                ourl, orig, owhen = seen[(n * 3) % len(seen)]
                head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n"
                members.append(record("revisit", rid(), date(n + 400), head, [
                    ("WARC-Target-URI", ourl), ("WARC-Warcinfo-ID", info_id),
                    ("WARC-Profile", "http://netpreserve.org/warc/1.0/revisit/identical-payload-digest"),
                    ("WARC-Refers-To", orig), ("WARC-Refers-To-Date", owhen),
                    ("Content-Type", "application/http; msgtype=response")]))
                revisits += 1
    assert revisits == 65, revisits
    # The last record: cut off by the end of the file (a crawl that was interrupted).
    last = record("response", rid(), date(999), http_response(200, "OK", "text/html; charset=utf-8",
                  ("<html><body><h1>آخر خبر</h1><p>%s</p></body></html>" % "نص طويل " * 200).encode()),
                  [("WARC-Target-URI", "https://cut.example/last"), ("Content-Type", "application/http; msgtype=response")])
    members.append(last[: len(last) // 2])
    assert len(members) == 1000, len(members)
    data = b"".join(gzip.compress(m, compresslevel=9, mtime=0) for m in members)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    print("%s: %d records, %d bytes" % (OUT, len(members), len(data)), file=sys.stderr)


if __name__ == "__main__":
    main()
