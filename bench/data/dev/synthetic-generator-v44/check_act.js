// run the inline scripts of a page under a few fake browsers; print what they did
const fs=require('fs'),vm=require('vm');
const [file,enc]=process.argv.slice(2);
const html=new TextDecoder(enc).decode(fs.readFileSync(file));
const scripts=[...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(m=>!/\bsrc=/.test(m[1])).map(m=>m[2]);
const envs={spider:['Mozilla/5.0 (compatible; Baiduspider/2.0)',''],mobileSearch:['Mozilla/5.0 (iPhone; CPU iPhone OS 16_0) Mobile','https://www.baidu.com/s?wd=x'],desktopSearch:['Mozilla/5.0 (Windows NT 10.0)','https://www.sogou.com/web?q=x'],desktop:['Mozilla/5.0 (Windows NT 10.0)','']};
const res={};
for(const [name,[ua,ref]] of Object.entries(envs)){
  const acts=[];
  const loc={host:'example.gov.cn',pathname:'/a.html',set href(v){acts.push('nav:'+v)},get href(){return 'https://example.gov.cn/a.html'},replace(v){acts.push('nav:'+v)}};
  const doc={referrer:ref,cookie:'',title:'',write(s){acts.push('write:'+s.slice(0,80))},writeln(s){acts.push('write:'+s.slice(0,80))},getElementById(){return {set innerHTML(v){}}},createElement(){return {}},body:{appendChild(e){acts.push('append')}}};
  const win={location:loc,atob:(s)=>Buffer.from(s,'base64').toString('utf8'),document:doc};
  win.top=win;
  const ctx={navigator:{userAgent:ua},document:doc,window:win,location:loc,top:win,setTimeout:(f)=>f(),atob:win.atob};
  vm.createContext(ctx);
  for(const s of scripts){try{vm.runInContext(s,ctx)}catch(e){acts.push('ERR:'+e.message)}}
  const t0=doc.title; if(t0) acts.push('title:'+t0);
  res[name]=acts;
}
console.log(JSON.stringify(res));
