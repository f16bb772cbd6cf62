// Run every inline <script> of the synthetic pages in a fake browser (search referrer, mobile UA, touch, night hour) and report effects.
const fs=require('fs'),vm=require('vm'),path=require('path');
const dir=process.argv[2];const rows=fs.readFileSync(path.join(dir,'truth.jsonl'),'utf8').trim().split('\n').map(JSON.parse);
for(const r of rows){
  if(!r.injections.some(x=>x.startsWith('script_')))continue;
  const buf=fs.readFileSync(path.join(dir,'html',r.id+'.html'));
  const h=new TextDecoder(r.encoding==='utf-8'?'utf-8':'gb18030').decode(buf);
  const scripts=[...h.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map(m=>m[1]);
  const eff=[];const store={};
  const el=()=>({appendChild(x){eff.push('append '+(x.src||x.id||'node'))},setAttribute(){},set src(v){eff.push('src '+v)},get src(){return''}});
  const doc={referrer:'https://www.baidu.com/s?wd=test',title:'',readyState:'complete',getElementsByTagName:()=>[el()],getElementById:()=>null,
    createElement:()=>{const e={appendChild(){},setAttribute(k,v){if(k==='src')eff.push('src '+v)}};Object.defineProperty(e,'src',{set(v){eff.push('src '+v)}});return e},
    createTextNode:t=>({t}),addEventListener:(n,f)=>{if(n==='DOMContentLoaded')f()}};
  const loc={replace:u=>eff.push('replace '+u)};Object.defineProperty(loc,'href',{set(u){eff.push('href '+u)}});
  const win={addEventListener(){},document:doc};win.top={document:doc};
  const ctx={document:doc,window:win,navigator:{userAgent:'Mozilla/5.0 (iPhone; Mobile)',maxTouchPoints:5},location:loc,
    localStorage:{getItem:k=>store[k]||null,setItem:(k,v)=>{store[k]=String(v)}},matchMedia:()=>({matches:true}),
    atob:s=>Buffer.from(s,'base64').toString('binary'),escape,decodeURIComponent,setTimeout:f=>f(),console,JSON,Date:class extends Date{getHours(){return globalThis.__H}},String,Math};
  win.location=loc;
  for(let H=0;H<24;H++){globalThis.__H=H;
    for(const s of scripts){try{vm.runInNewContext(s,ctx)}catch(e){eff.push('ERR '+e.message)}}}
  const uniq=[...new Set(eff)];
  console.log(r.id,r.injections.filter(x=>x.startsWith('script_')).join(','),'|',uniq.slice(0,3).join(' ; '),'| title:',doc.title.slice(0,20));
}
