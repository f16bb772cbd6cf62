# -*- coding: utf-8 -*-
"""Case data for real-cases-v19 (texts verbatim from public captures; shells are reconstructions)."""

CASES = []


def add(**kw):
    kw.setdefault("capture", "text")
    kw.setdefault("kind", "rebuilt-from-text")
    CASES.append(kw)


# ---------------------------------------------------------------- hijacked, rebuilt from text
add(
    id="rc19-001", url="http://www.caeri-krcd.com/archives/55773", lang="zh", encoding="utf-8", shell="blog",
    hijacked=True, legit=False, injections=["lottery_signup_site_name"],
    site="9号彩票开户", h1="基于大数据的京沪人口流动流量、流向新变化",
    page_title="基于大数据的京沪人口流动流量、流向新变化 - 9号彩票开户",
    title="基于大数据的京沪人口流动流量、流向新变化", date=None, source=None, author="周晓津,姚阳",
    meta="作者:周晓津,姚阳",
    before_lines=["关注微信  |  微博  |  腾讯微博  |  RSS订阅", "人口"],
    paras=[
        "摘要:位置大数据为人口流动流量、流向及其变化研究提供了条件,大数据人口推断比人口普查更加精准且成本大幅度降低。基于大数据的人口流动分析表明,2015年末北京、上海外来人口规模稳中有降,外来人口来源构成与2010年全国第六次人口普查相比也发生了较大变化,来自于邻近省份的外来人口增加。在加快实施国家大数据战略的背景下,应加快共享公共数据,推进人口流动大数据研究,以尽快构建基于大数据的国家人口基础信息库。",
        "1 引言",
        "虽然国内外独立成篇的有关人口流量、流向研究的学术文献较少,但是有关人口流动的可搜索学术文献数量却非常巨大,其中大部分是1980年以来的著述。在中国知网上全文检索“人口流动”就有1 270 595条结果,以“人口流动”作为关键词检索有8 034条结果;在谷歌粉丝联合建立谷粉搜索中全文检索“人口流动”时,则可搜索出40余万篇文献(类似谷歌学术搜索)。基于同样的检索条件,以“上海人口流动”进行全文检索时有3 718条结果,而以“北京人口流动”进行全文检索时有3 709条结果,表明学术界对北京市和上海市研究的热度大致相当。尽管有关人口流动文献数量巨大,但基础人口数据来源却相当有限:来自人口普查和全国性大型人口抽样调查所占份额最大,以地区人口迁移或人口流动为专题的抽样调查甚至普查所占份额次之,而受成本制约的学者们小范围专题人口流动调查份额较少,但数据最为真实可信。",
    ],
    spam_strings=["9号彩票开户"],
    origin="pages corpus capture (search: '友情链接 体育投注 真人娱乐 版权所有 人民政府办公室 主办'); a big-data column's research article copied onto an unrelated archives/NNNNN host whose site name (first line of the capture) is a lottery sign-up phrase; the follow/submit lines and the tag line are kept outside the truth; <title> suffix a reconstruction; cut before the truncated paragraph; no date in the capture",
)

add(
    id="rc19-002", url="http://tazLjd.com/info/1094/89849.htm", lang="zh", encoding="gb18030", shell="webplus",
    hijacked=True, legit=False, injections=["brand_replaces_subject_in_headline"],
    site="离退休工作处", h1="足球比分直播召开二级关工委常务副主任工作会议",
    page_title="足球比分直播召开二级关工委常务副主任工作会议",
    title=None, date="2024-01-18", source="离退处", author=None,
    meta="发布日期:2024-01-18  来源:离退处   文:衡延笃 图:姚欣 审核:许群",
    paras=[
        "1月16日,校关工委在机械工程学院C302会议室召开全校二级学院(单位)关工委常务副主任工作会议。校关工委常务副主任娄国栋讲话,机械工程学院党委书记高雪梅出席并致辞,离退休党工委书记、离退休工作处处长、校关工委秘书长许群主持会议,各学院(单位)关工委常务副主任以及校关工委办公室负责同志参加会议。此次会议既是全校二级学院关工委常务副主任调整到位后的第一次会议,也是2024年第一次工作会议。会议主旨是回顾总结2023年关工委工作,交流工作经验,部署2024年工作重点,明确工作方向。",
        "会上18个二级学院(单位)关工委常务副主任或代表依次发言,全面总结了2023年各学院关工委工作开展情况和取得的工作成效,交流了特色做法、工作经验和体会。他们对新时代新要求新任务客观分析积极探索,并对2024年的工作作了初步考虑和打算。",
        "娄国栋在讲话中指出,过去一年,各学院关工委工作在党委的领导和高度重视下,“五老”骨干勇于担当、心系学子、无私奉献、工作卓有成效。他结合各学院关工委工作情况,归纳总结了全校关工委12项主要工作,以及取得的新进展新成效。他对如何做好学院关工委常务副主任岗位的工作提出意见要求,强调学院关工委常务副主任要成为学院关心下一代工作的组织者、指导者和参与者,要配合学院党委把老同志优质资源组织起来,加强队伍建设;要把关工委工作与学院工作融合在一起,打造工作品牌;要主动作为、创新发展,成为现职党政领导发挥主导作用和老同志发挥主体作用的桥梁和纽带。",
    ],
    spam_strings=["足球比分直播"],
    origin="pages corpus capture (search: '今年会 jinnianhui 学院 召开 工作会议 党委书记 出席'); a university retirees' office news item copied onto an unrelated host under a WebPlus info/NNNN path, the headline's subject (the school) replaced by a live-football-score keyword; truth title null (the true subject word is unknown); author null (writer, photographer and reviewer listed); site name in the shell a reconstruction; cut before the truncated last paragraph",
)

add(
    id="rc19-003", url="http://tanamecars.com/2024/0710/c7740a435927/page.htm", lang="zh", encoding="utf-8",
    shell="webplus", html_lang="zh-hant",
    hijacked=True, legit=False, injections=["mirror_copy_pinyin_gloss"],
    site="歡迎來到中國石油大學(xué)(華東)體育教學(xué)部",
    h1="體育教學(xué)部參加國家體育總局體育文化發(fā)展中心體育文化研究基地建設(shè)研討會",
    title="體育教學(xué)部參加國家體育總局體育文化發(fā)展中心體育文化研究基地建設(shè)研討會",
    date="2024-07-10", source=None, author=None,
    meta="發(fā)布者:姜慶林發(fā)布時間:2024-07-10瀏覽次數(shù):10",
    paras=[
        "2024年7月6日,由國家體育總局體育文化發(fā)展中心主辦、西安建筑科技大學(xué)承辦的2024年體育文化研究基地建設(shè)研討會在西安召開,體育教學(xué)部主任周偉、副主任王海濱參加會議。",
        "會議由國家體育總局體育文化發(fā)展中心研究部部長趙卓主持,國家體育總局體育文化發(fā)展中心副主任、中國體育博物館副館長吉偉東,西安建筑科技大學(xué)副校長董群雁出席會議并分別致辭。吉偉東在致辭中指出,國家體育總局體育文化發(fā)展中心立足國家體育強國、文化強國戰(zhàn)略要求,圍繞體育文化在新形勢下的使命責(zé)任,著力加強體育文化研究基地建設(shè)。多年來,體育文化發(fā)展中心與各研究基地共建,依托高校體育文化研究、人才團(tuán)隊、專家智庫等資源,推動體育文化的研究與實踐不斷走向深入。未來還將進(jìn)一步發(fā)揮體育文化的多元功能和社會價值,豐富其時代內(nèi)涵,為民族復(fù)興凝聚強大精神力量,為地方經(jīng)濟(jì)社會發(fā)展賦能增效,為培育時代新人立心鑄魂。",
    ],
    spam_strings=[], evidence=["tanamecars.com"],
    origin="pages corpus capture (search: 'bob体育 官方 学院 召开 会议 发布时间'); a university PE department's news item copied in traditional script with pinyin glosses (kept verbatim in page and truth) onto an unrelated car-named host under a WebPlus dated path; no injected string (a copy kept for a farm's ranking; `evidence` = the unrelated host in the canonical link); author null (publisher only); cut before the truncated third paragraph",
    head_inject='<link rel="canonical" href="http://tanamecars.com/2024/0710/c7740a435927/page.htm">\n',
)

add(
    id="rc19-004", url="https://ehidaka.com/wgy/info/1112/2968.htm", lang="ja", encoding="utf-8", shell="webplus",
    hijacked=True, legit=False, injections=["mirror_copy_translated"],
    site="外国語学院", h1="", page_title="外国語学院",
    title=None, date=None, source=None, author=None, meta="",
    paras=[
        "新学期のはじまり、3月2日午後、外国語学院が1階の大講義室において新学期の工作会議を開催しました。学院の指導者全員、党支部書記、系部中心所及び三办担当者、職員全員が会議に参加し、学院党委員会副書記の鄭衛国氏が会議の司会を務めました。",
        "段栄娟氏、梁頴萍氏は学校の修士人材育成大会、科技創新大会の精神を伝え、修士人材育成と科技工作会議の内容を説明し、浙江大学専門家の専題研究報告の内容を共有し、学校党委員書記の鄭強氏、学長の黄慶学氏の報告内容を学習しました。このほか、段栄娟氏は学院の「十四五」発展企画を発表し、新学期の仕事目標を設定しました。",
        "劉兵氏は新学期の党建における仕事目標を設けたうえで、会議の内容をまとめました。彼は、「十四五」(第14次五カ年計画)のはじまりを迎える新学期にあたり、本学院は学校党委のもとに党建と発展を重視し、一流の学院を構築するよう努めていきます。そして、学院の管理力およびチームの建設に取り込み、教師の思想・政治および教育・学術研究の能力を高め、国際的視野を持つ卓越した人材を育成することを目指しています。中国共産党建党100周年を迎えるにあたり、優れる成果を挙げ、ハイレベルな大学の建設に更なる貢献を望んでおります。",
    ],
    spam_strings=[], evidence=["ehidaka.com"],
    origin="pages corpus capture (search: '今年会 jinnianhui 学院 召开 工作会议 党委书记 出席'); a Chinese university school's Japanese-language news item copied onto an unrelated host under the school's wgy/info/NNNN path; no injected string (`evidence` = the unrelated host in the canonical link); no headline or date in the capture (truth title null); site name a reconstruction",
    head_inject='<link rel="canonical" href="https://ehidaka.com/wgy/info/1112/2968.htm">\n',
)

add(
    id="rc19-005", url="http://www.678oakpark.com/2657783/52863256.html", lang="en", encoding="utf-8", shell="gov",
    hijacked=True, legit=False, injections=["mirror_copy_machine_translated"],
    site="Smart Search for Traditional Chinese Add to favorites",
    h1="Xu Jun presides over the \"Work Report of the Government\" Symposium",
    title="Xu Jun presides over the \"Work Report of the Government\" Symposium",
    date="2019-12-26", source=None, author=None,
    meta="来源: 市融媒体中心 作者:周毅超毛禹哲 审核人:袁恒金 阅读次数: Date: 2019-12-26 08:55 Source: City into the media center of: Belts super hair Danson Reviewed by: Heng Yuan Gold Views: background color:",
    before_lines=["Your current location : Home > Mingguang News > Today's News"],
    paras=[
        "On the afternoon of December 25, Mayor Xu Jun hosted a forum on government work report consultation. Ye Fangbi, member of the Standing Committee of the Municipal Party Committee and executive deputy mayor, and Zhang Shengquan, president of the Municipal Court, attended the meeting. The heads of relevant municipal departments, representatives of some municipal people's congresses, and members of the CPPCC attended the forum.",
        "At the meeting, the person in charge of the government office introduced and explained the drafting process and main contents of the \"Government Work Report (Draft for Soliciting Opinions)\".",
        "Participants rushed to speak around the \"Government Work Report (Draft for Soliciting Opinions)\". Based on the city's actual situation, everyone actively provided suggestions and suggestions on optimizing the business environment, promoting rural rejuvenation, and strengthening social governance.",
    ],
    spam_strings=[], evidence=["678oakpark.com"],
    origin="pages corpus capture (search: 'PG电子 官方网站 镇 召开 会议 部署 发布时间 来源'); a city government's news item machine-translated into English (bilingual byline kept verbatim) and copied onto an unrelated numeric host under a numeric path; no injected string (`evidence` = the unrelated host in the canonical link); source and author null (garbled); cut before the truncated fourth paragraph",
    head_inject='<link rel="canonical" href="http://www.678oakpark.com/2657783/52863256.html">\n',
)
