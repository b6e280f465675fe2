#!/usr/bin/env python3
"""Builds hadath-core/src/test/resources/org/hadath/ingest/dedup/syndicated.jsonl.

Originals: 10 Arabic and 5 English gold-dev reports. Each gets syndicated copies with the small edits
real re-publishers make (title suffix, byline, a sentence added or removed, whitespace, punctuation,
diacritics, hamza spelling). Every other gold-dev report is a negative: distinct reports, many about
the same places, actors and kinds of event. Deterministic: run it again to get the same file.
Usage: tools/make-dedup-fixtures.py /path/to/gold-dev > .../syndicated.jsonl
"""
import json, re, sys

src = sys.argv[1]
docs = []
for f in ["gold-dev-ar.jsonl", "gold-dev-en.jsonl", "gold-dev-extra-ar.jsonl", "gold-dev-extra-en.jsonl"]:
    for line in open(f"{src}/{f}", encoding="utf-8"):
        d = json.loads(line)
        docs.append((d["id"], d["lang"], d["text"]))

originals = [d for d in docs if d[1] == "ar"][:10] + [d for d in docs if d[1] == "en"][:5]
orig_ids = {d[0] for d in originals}

def sentences(text):
    return [s for s in re.split(r"(?<=[.!؟?])\s+", text) if s]

def diacritise(text):
    # a fatha after every fifth Arabic letter, a shadda after every 37th
    out, n = [], 0
    for ch in text:
        out.append(ch)
        if "\u0621" <= ch <= "\u064a":
            n += 1
            if n % 5 == 0:
                out.append("\u064e")
            elif n % 37 == 0:
                out.append("\u0651")
    return "".join(out)

def hamza(text):
    return re.sub(r"(^|\s)ا", lambda m: m.group(1) + "أ", text)

AR_SUFFIX = [" - عنب بلدي", " | قناة الحدث", " – شبكة شام"]
AR_BYLINE = ["متابعات – خاص", "الرقة – (مراسل خاص)", "دمشق - وكالات"]
AR_ADD = ["وأفادت مصادر محلية بأن التوتر ما زال يسود المنطقة.",
          "يذكر أن المنطقة تشهد حوادث مماثلة بين الحين والآخر.",
          "ولم يصدر أي تعليق رسمي حتى ساعة إعداد هذا الخبر."]
EN_SUFFIX = [" | Reuters", " - Middle East Eye", " – The New Arab"]
EN_BYLINE = ["By Staff Writer", "By Sarah Jones, Beirut", "Agencies"]
EN_ADD = ["This story has been updated with new figures.",
          "Additional reporting by news agencies.",
          "The area has seen several similar incidents in recent months."]

out = []
for i, (did, lang, text) in enumerate(originals):
    out.append({"id": did, "text": text, "original": None, "edit": "original"})
    lines = text.split("\n")
    title, rest = lines[0], "\n".join(lines[1:])
    ar = lang == "ar"
    sfx, byl, add = (AR_SUFFIX, AR_BYLINE, AR_ADD) if ar else (EN_SUFFIX, EN_BYLINE, EN_ADD)
    # copy 1: title suffix, byline line added, doubled spaces
    c1 = title + sfx[i % 3] + "\n" + byl[i % 3] + "\n" + rest.replace(" ", "  ", 7)
    out.append({"id": did + "-copy1", "text": c1, "original": did,
                "edit": "title suffix, byline, whitespace"})
    # copy 2: last sentence removed; diacritics (ar) or curly quotes and dashes (en); punctuation
    s = sentences(text)
    c2 = " ".join(s[:-1]) if len(s) > 2 else text
    c2 = diacritise(c2).replace("،", ",") if ar else c2.replace('"', "\u201c").replace(",", " ,")
    out.append({"id": did + "-copy2", "text": c2, "original": did,
                "edit": "last sentence removed, diacritics/punctuation"})
    # copy 3: a sentence added, hamza spellings (ar) or upper-cased title (en), another outlet's title suffix
    c3 = (hamza(text) if ar else title.upper() + "\n" + rest) + "\n" + add[i % 3]
    c3 = c3.split("\n", 1)[0] + sfx[(i + 1) % 3] + "\n" + c3.split("\n", 1)[1] if "\n" in c3 else c3
    out.append({"id": did + "-copy3", "text": c3, "original": did,
                "edit": "sentence added, hamza/case, title suffix"})
for did, lang, text in docs:
    if did not in orig_ids:
        out.append({"id": did, "text": text, "original": None, "edit": "distinct report"})
for o in out:
    print(json.dumps(o, ensure_ascii=False))
