"""Places and dates against gold-dev (see BENCHMARKS.md, "Places and dates (gold-dev)").

  python3 tools/eval/places_dates_gold.py convert GOLD_DIR > in.jsonl
  java -jar hadath-app/target/hadath.jar extract --input jsonl in.jsonl > out.jsonl
  python3 tools/eval/places_dates_gold.py score GOLD_DIR out.jsonl [-v] [--strict]

Each gold event is matched to the predicted event of its document with the same sub_event_type
(else event_type, else any), nearest to the gold coordinates. admin1 counts when equal to the gold
name or when the gold name is an alias of the predicted unit in admin1.tsv (--strict: equal only).
"""
import json,glob,math,sys,os
gold={}
for f in sorted(glob.glob(os.path.join(sys.argv[2],'*.jsonl'))):
    for l in open(f):
        d=json.loads(l); gold[d['id']]=d
if sys.argv[1]=='convert':
    for d in gold.values():
        print(json.dumps({"id":d["id"],"text":d["text"],"published":d["published"],"language":d["lang"]},ensure_ascii=False))
    sys.exit(0)
pred={}
for l in open(sys.argv[3]):
    d=json.loads(l); pred[d['id']]=d
def km(a,b,c,d):
    if None in (a,b,c,d): return 1e9
    r=math.radians
    x=math.sin(r(c-a)/2)**2+math.cos(r(a))*math.cos(r(c))*math.sin(r(d-b)/2)**2
    return 6371*2*math.asin(math.sqrt(x))
alias={}
for l in open(os.path.join(os.path.dirname(os.path.abspath(__file__)),'../../hadath-core/src/main/resources/org/hadath/gazetteer/admin1.tsv')):
    if l.startswith('#') or l.startswith('iso2'): continue
    f=l.rstrip('\n').split('\t')
    alias[f[2]]={f[2]}|set(x for x in (f[5] if len(f)>5 else '').split('|') if x)
def same_a1(p,g):
    if g is None: return not p
    return p==g or g in alias.get(p,())
n=m=a1=loc=dt=dtn=0
verbose='-v' in sys.argv
for gid,g in gold.items():
    p=pred.get(gid,{}).get('events',[])
    for ge in g['events']:
        n+=1
        if not p:
            if verbose: print('UNMATCHED',gid,ge['sub_event_type'],ge['admin1'],ge['location'][:2]); continue
            continue
        cands=[e for e in p if e['sub_event_type']==ge['sub_event_type']] or [e for e in p if e['event_type']==ge['event_type']] or p
        best=min(cands,key=lambda e:(round(km(ge.get('lat'),ge.get('lon'),e.get('latitude'),e.get('longitude'))),e.get('event_date')!=ge.get('date')))
        m+=1
        ok1 = same_a1(best.get('admin1') or None, ge.get('admin1')) if '--strict' not in sys.argv else (best.get('admin1') or None)==ge.get('admin1')
        a1+=ok1
        dk=km(ge.get('lat'),ge.get('lon'),best.get('latitude'),best.get('longitude'))
        okl= dk<=25 or (ge.get('lat') is None)
        loc+=okl
        okd=None
        if ge.get('date'):
            dtn+=1; okd = best.get('event_date')==ge['date']; dt+=okd
        if verbose and (not ok1 or not okl or okd is False):
            print(gid, ge['sub_event_type'],'| gold',ge.get('admin1'),ge['location'][:3],ge.get('date'),repr(ge.get('date_expr')),'| pred',best.get('admin1'),best.get('location'),best.get('event_date'),repr(best.get('date_text')),'km=%.0f'%dk if dk<1e8 else 'nogeo', '' if ok1 else 'A1X', '' if okl else 'LOCX', 'DX' if okd is False else '', 'pub',g['published'])
print(f"gold events {n}, matched {m}; admin1 {a1}/{m}={a1/m:.1%}; loc<=25km {loc}/{m}={loc/m:.1%}; date exact {dt}/{dtn}={dt/max(dtn,1):.1%}")
