#!/usr/bin/env python3
"""Lists import cycles between modules: two sibling modules (files or folders under the same
parent) that use each other, directly or through others. Reads `crate::` and `super::` paths
in src/ (test modules left out), as text. Exits 1 if there is a cycle.

Usage: python3 .ci/import-cycles.py
"""
import re,os,sys,glob
from collections import defaultdict
def modpath(root,p):
    rel=os.path.relpath(p,root)[:-3].split('/')
    if rel[-1] in('mod','lib','main'): rel=rel[:-1]
    return rel
def scan(root,crate_prefix,skip):
    files=[p for p in glob.glob(root+'/**/*.rs',recursive=True) if '/bin/' not in p and not p.endswith('main.rs') and '/tests.rs' not in p and not p.endswith('crate.rs') and modpath(root,p)[:1] not in [[x] for x in skip]]
    mods={tuple(modpath(root,p)):p for p in files}
    edges=defaultdict(set)
    for m,p in mods.items():
        s=open(p).read()
        s=re.sub(r'#\[cfg\(test\)\]\s*mod tests \{.*','',s,flags=re.S)
        s=re.sub(r'//.*','',s)
        for mo in re.finditer(r'\b((?:crate|super)(?:::super)*)::([a-z_][a-z_0-9]*(?:::[a-z_][a-z_0-9]*)*)',s):
            head=mo.group(1); rest=mo.group(2).split('::')
            if head=='crate':
                base=[]
                if crate_prefix and rest[:1]==[crate_prefix]: rest=rest[1:]
                elif crate_prefix: continue
            else:
                n=head.count('super')
                base=list(m[:-n]) if n<=len(m) else []
                if p.endswith('mod.rs') or len(m)==0: pass
            tgt=base+rest
            if tgt[:1] in [[x] for x in skip]: continue
            # longest existing module prefix
            while tgt and tuple(tgt) not in mods: tgt=tgt[:-1]
            if not tgt: continue
            a=list(m); b=list(tgt)
            k=0
            while k<min(len(a),len(b)) and a[k]==b[k]: k+=1
            if k<len(a) and k<len(b):
                edges[tuple(a[:k+1])].add(tuple(b[:k+1]))
    # cycles among siblings
    found=[]
    for a in edges:
        for b in edges[a]:
            if a in edges.get(b,()) and a<b: found.append((a,b))
    # longer cycles via DFS
    def sccs(g):
        idx={};low={};st=[];on=set();res=[];c=[0]
        def vis(v):
            idx[v]=low[v]=c[0];c[0]+=1;st.append(v);on.add(v)
            for w in g.get(v,()):
                if w not in idx: vis(w);low[v]=min(low[v],low[w])
                elif w in on: low[v]=min(low[v],idx[w])
            if low[v]==idx[v]:
                comp=[]
                while True:
                    w=st.pop();on.discard(w);comp.append(w)
                    if w==v:break
                res.append(comp)
        sys.setrecursionlimit(10000)
        for v in list(g): 
            if v not in idx: vis(v)
        return [r for r in res if len(r)>1]
    return sccs(edges)
repo=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
bad=0
# The engine crate on its own (its files name each other crate::engine::...), then the app's
# crate with the engine left out (it may use the engine, never the other way round).
for root,prefix,skip in [('src/engine','engine',set()),('src',None,{'engine'})]:
    cyc=scan(os.path.join(repo,root),prefix,skip)
    for c in cyc:
        bad+=1
        print(f'{root}: import cycle between ' + ' -> '.join('::'.join(m) for m in c))
print(f'import cycles: {bad}')
sys.exit(1 if bad else 0)
