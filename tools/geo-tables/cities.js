const c=require('city-timezones').cityMapping;
const hipo=require(process.env.HIPO || '../../../shared/data/hipo/world_universities_and_domains.json');
const norm=s=>s.normalize('NFD').replace(/\p{M}/gu,'').toLowerCase().replace(/['’]/g,'').replace(/[^\p{L}\p{N}]+/gu,' ').trim();
// words frequent in institution names are not places (Centre, Central, Mobile ...)
const freq={}; for(const h of hipo) for(const t of new Set(norm(h.name).split(' '))) freq[t]=(freq[t]||0)+1;
const stop=new Set(process.argv[2].split(','));
const isWordy=k=>stop.has(k) || (!k.includes(' ') && (freq[k]||0)>=1e9 && !isPlaceHeavy(k));
function isPlaceHeavy(k){ return false; }
const groups=(field,minPop)=>{ const m={}; for(const x of c){ if(field=='city' && x.pop<minPop) continue; const n=field=='city'?x.city_ascii:x.province; if(!n) continue;
  for(const v of new Set([norm(n), norm(field=='city'?x.city:n)])){ if(v.length<4) continue; (m[v]=m[v]||{}); m[v][x.iso2]=Math.max(m[v][x.iso2]||0,x.pop);} } return m; };
function emit(m,file,ratio){ const byCc={}; const dropped=[];
  for(const [k,v] of Object.entries(m)){ if(isWordy(k)){dropped.push(k);continue;} const e=Object.entries(v).sort((a,b)=>b[1]-a[1]);
    const keep=e.filter(([cc,p])=>p*ratio>=e[0][1]); for(const [cc] of keep) (byCc[cc]=byCc[cc]||[]).push(k); }
  require('fs').writeFileSync(file,Object.keys(byCc).sort().map(cc=>cc+'\t'+byCc[cc].sort().join('|')).join('\n')+'\n'); console.error(file,'dropped',dropped.join(','));}
emit(groups('city',40000),'cities.gen.tsv',10);
const prov=groups('province',0); emit(prov,'regions.gen.tsv',1e9);
