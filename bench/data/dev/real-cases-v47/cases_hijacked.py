"""Hijacked real cases of real-cases-v47 (keeper k47): verbatim captures from the search tool's pages corpus.

Each case: the url the capture was stored under, the paragraphs the page shows (one per line, `body`), the spam
strings exactly as shown, and the truth fields.  `body` is what the rebuilt page prints; `keep` (when given) is the
truth text when it differs from `body` (a replaced name or interleaved keywords cut out).  Paragraphs the capture
cut off mid-sentence are dropped or end at their last whole sentence (see each `origin`).
"""

H = [
    # ---------------------------------------------------------------- porn keyword line above a copied document
    dict(
        url="http://per-better.com/rule/46420.html",
        tpl="rule_farm", lang="zh-Hant", enc="utf-8", form="porn-keyword-line-on-copy",
        injections=["porn-keyword-line", "copy-on-unrelated-host", "traditional-conversion-with-pinyin-glosses"],
        top="日韩高清亚洲日韩精品一区二区_亚洲成a人片在线观看无码_有奶水三级电视频_婷婷五月天激情综合影院",
        spam=["日韩高清亚洲日韩精品一区二区_亚洲成a人片在线观看无码_有奶水三级电视频_婷婷五月天激情综合影院",
              "日韩高清亚洲日韩精品一区二区", "亚洲成a人片在线观看无码", "有奶水三级电视频", "婷婷五月天激情综合影院"],
        title="成府發(fā)〔2014〕7號《成都市人民政府關(guān)于印發(fā)〈成都市市級財政專項資金管理暫行辦法〉的通知》",
        meta="瀏覽量:          時間:2018-11-14 08:56:07",
        date="2018-11-14", source=None, author=None,
        body="""《成都市人民政府關(guān)于印發(fā)〈成都市市級財政專項資金管理暫行辦法〉的通知》
成府發(fā)〔2014〕7號
各區(qū)(市)縣政府,市政府各部門:
《成都市市級財政專項資金管理暫行辦法》已經(jīng)市政府同意,現(xiàn)印發(fā)你們,請認真貫徹執(zhí)行。
成都市人民政府
2014年2月10日
成都市市級財政專項資金管理暫行辦法
第一章總則
第一條(目的依據(jù))為加強市級財政專項資金管理,建立科學(xué)、規(guī)范、高效的專項資金管理體制和運行機制,提高財政資金使用效益,根據(jù)《中華人民共和國預(yù)算法》、《成都市人民代表大會常務(wù)委員會關(guān)于加強市級預(yù)算審查監(jiān)督的決定》等有關(guān)法律、法規(guī),結(jié)合實際,制定本辦法。
第二條(適用范圍)本辦法所稱市級財政專項資金(以下簡稱專項資金)是指由市級財政性資金安排,用于支持經(jīng)濟社會發(fā)展、實現(xiàn)特定政策目標(biāo)或者完成重大工作任務(wù),在一定時期內(nèi)具有專門用途的資金。不包括用于滿足部門履行職能和自身特殊事項需要的專項業(yè)務(wù)費。
市級依法征收的各類政府性基金、專項收入安排的支出,參照本辦法規(guī)定管理。上級財政補助的專項資金,有明確規(guī)定的,從其規(guī)定;沒有明確規(guī)定的,按照本辦法規(guī)定管理。""",
        origin="hijacked: a city government's notice on special-fund management copied onto an unrelated host (a "
               "'/rule/N.html' document farm) in traditional script with pinyin readings glued after some characters "
               "(發(fā)), under a line of porn keywords joined by underscores; the keyword line is what makes it hijacked "
               "(and the copy is a mirror too). The date is the copy's own stamp (時間) on the page; the notice's own "
               "date stays in the text. The capture breaks off in Article 3, which is dropped.",
    ),
    dict(
        url="http://m.dadifans.com/2021/06/03/ARTI1622713533096349.shtml",
        tpl="party_farm", lang="zh-Hant", enc="utf-8", form="porn-keyword-line-on-copy",
        injections=["porn-keyword-line", "copy-on-unrelated-host", "traditional-conversion-with-pinyin-glosses"],
        top="国产日韩强奸无码av网址,综合伊人亚洲,四虎免费网址,天天色官网,在线儿黄色网址,91三级视频在线观看,日韩免费",
        spam=["国产日韩强奸无码av网址,综合伊人亚洲,四虎免费网址,天天色官网,在线儿黄色网址,91三级视频在线观看,日韩免费",
              "国产日韩强奸无码av网址", "综合伊人亚洲", "四虎免费网址", "天天色官网", "在线儿黄色网址", "91三级视频在线观看"],
        title="【中國共產(chǎn)黨的“十萬個為什么”】政治局課程“上新”,百年中共為什么始終愛學(xué)習(xí)?",
        meta_source="共產(chǎn)黨員網(wǎng)",
        date=None, source="共產(chǎn)黨員網(wǎng)", author=None,
        body="""5月的最后一天,“中南海課堂”再次開課——十九屆中共中央政治局進(jìn)行第30次集體學(xué)習(xí),主題是加強中國國際傳播能力建設(shè)。
這是中共中央政治局時隔1個月的又一次集體學(xué)習(xí)。
對于中共“決策中樞”的“定期上課”,人們并不陌生。近年來,大約每隔1個半月,中共中央政治局都會就某一主題進(jìn)行一次集體學(xué)習(xí)。按慣例,中共中央總書記習(xí)近平主持學(xué)習(xí),同時邀請專家進(jìn)行講解。
事實上,2002年十六大后,中共就確立政治局集體學(xué)習(xí)制度,自上而下,“把學(xué)習(xí)作為全黨一項十分重要的任務(wù)”。十六屆、十七屆政治局集體學(xué)習(xí)的次數(shù)均不下30次。
十八大以來,這一制度被延續(xù),學(xué)習(xí)形式更不斷創(chuàng)新——既“請進(jìn)來”,邀請名家學(xué)者來中南海開課;也“走出去”,到中關(guān)村、人民日報等實地“學(xué)習(xí)+調(diào)研”。
而集體學(xué)習(xí)的“課程設(shè)置”,也展現(xiàn)出中共立足當(dāng)下,謀劃長遠(yuǎn)的特點。""",
        origin="hijacked: a party-member portal's explainer copied onto an unrelated host (the portal's own "
               "ARTI<timestamp>.shtml path kept) in pinyin-glossed traditional script, under a comma-joined line of porn "
               "keywords; the keyword line makes it hijacked (the copy is a mirror too). The source credit (共產(chǎn)黨員網(wǎng)) "
               "is shown in the byline; the page shows no date. The last captured paragraph is cut mid-sentence and ends "
               "here at its first whole sentence.",
    ),
    # ---------------------------------------------------------------- SEO keywords interleaved in a copied news story
    dict(
        url="https://hr.yes99.com.tw/?p=426444",
        tpl="wp_tw", lang="zh-Hant", enc="utf-8", form="seo-keywords-interleaved", legit=True,
        injections=["seo-keywords-interleaved", "copy-on-unrelated-host"],
        spam=["漸進式排名", "行銷達人", "網站租用", "專業社群行銷", "社群行銷達人"],
        title=None, date=None, source=None, author=None,
        # the page: each keyword is a link set between two commas inside the sentence
        body="""國人喜歡在農曆過年期間小賭,[[漸進式排名]],墾丁地區多家度假飯店不免俗地推出趣味博弈遊戲,[[行銷達人]],幫房客解解賭癮;賭法琳瑯滿目,[[網站租用]],從「中國風」的彈珠台、骰子到「西洋式」的撲克牌、百家樂應有盡有,[[專業社群行銷]],贏得的籌碼可兌換獎品,[[漸進式排名]],最大獎有飯店住宿券。
墾丁地區一家度假飯店主管說,[[社群行銷達人]],過年期間小賭試試手氣,是華人不成文的習俗,飯店的「交誼室」每逢農曆過年就大客滿,遊客反映能由飯店「作莊」,讓房客在度假的同時也解解賭癮;每家飯店都推出趣味博弈遊戲。
他說,飯店為滿足房客不同需求,從台灣香腸小攤打分數的的彈珠台、擲骰子,到美式的百家樂、撲克21點、俄羅斯輪盤、骰子、麻將賓果等,應有盡有;休閒部人員事前還要接受訓練,讓賓主盡歡。
飯店普遍的作法是,發給當天住宿房客每人1500點籌碼(相當於150 元),不過癮的遊客,可用現金購買籌碼,贏得的籌碼,不能兌換現金,只能換獎品或抵用館內活動消費,避開「抽頭」的法律疑慮,有飯店推出的頭獎是價值5000元的住宿券,要用5萬點兌換。
賭博在台灣尚未合法,刑法中有賭博罪章,為避免引起警方「關切」和不必要的困擾,飯店請法務人員研究遊戲規則,定名「趣味博弈」遊戲,不能兌換現金,是過年「應景」趣味性遊戲。""",
        keep="""國人喜歡在農曆過年期間小賭,墾丁地區多家度假飯店不免俗地推出趣味博弈遊戲,幫房客解解賭癮;賭法琳瑯滿目,從「中國風」的彈珠台、骰子到「西洋式」的撲克牌、百家樂應有盡有,贏得的籌碼可兌換獎品,最大獎有飯店住宿券。
墾丁地區一家度假飯店主管說,過年期間小賭試試手氣,是華人不成文的習俗,飯店的「交誼室」每逢農曆過年就大客滿,遊客反映能由飯店「作莊」,讓房客在度假的同時也解解賭癮;每家飯店都推出趣味博弈遊戲。
他說,飯店為滿足房客不同需求,從台灣香腸小攤打分數的的彈珠台、擲骰子,到美式的百家樂、撲克21點、俄羅斯輪盤、骰子、麻將賓果等,應有盡有;休閒部人員事前還要接受訓練,讓賓主盡歡。
飯店普遍的作法是,發給當天住宿房客每人1500點籌碼(相當於150 元),不過癮的遊客,可用現金購買籌碼,贏得的籌碼,不能兌換現金,只能換獎品或抵用館內活動消費,避開「抽頭」的法律疑慮,有飯店推出的頭獎是價值5000元的住宿券,要用5萬點兌換。
賭博在台灣尚未合法,刑法中有賭博罪章,為避免引起警方「關切」和不必要的困擾,飯店請法務人員研究遊戲規則,定名「趣味博弈」遊戲,不能兌換現金,是過年「應景」趣味性遊戲。""",
        origin="hijacked and legit: a Taiwanese news story on Kenting hotels' New-Year 'fun gaming' (lawful-gambling "
               "news) copied onto a company-named WordPress subdomain with SEO keywords for an SEO/marketing service "
               "(漸進式排名, 網站租用, 行銷達人…) spliced between commas inside the sentences; the keywords make it "
               "hijacked, the lawful topic makes it legit as well. The truth text cuts the keywords (and one comma each). "
               "The capture shows no headline or date.",
    ),
    # ---------------------------------------------------------------- mirrors in pinyin-glossed traditional script
    dict(
        url="http://www.ktbcc.com/info/1382/5881.htm",
        tpl="mirror_info", lang="zh-Hant", enc="utf-8", form="mirror-trad-pinyin-glossed",
        injections=["copy-on-unrelated-host", "traditional-conversion-with-pinyin-glosses"],
        spam=[], title=None, date="2021-12-30", date_shown="發(fā)布日期:2021-12-30", source=None, author=None,
        body="""本站訊(記者 董玥欣)12月21日上午,校黨委書記楊賢金在北洋園校區(qū)主持召開黨委常委會(huì),認真學(xué)習(xí)貫徹習(xí)近平總書記在中國(guó)文學(xué)藝術(shù)界聯(lián)合會(huì)第十一次全國(guó)代表大會(huì)、中國(guó)作家協(xié)會(huì)第十次全國(guó)代表大會(huì)開幕式上的重要講話精神;傳達(dá)學(xué)習(xí)全國(guó)宗教工作會(huì)議精神、天津市學(xué)校體美勞教育工作推動(dòng)視頻會(huì)議精神、天津市教育系統(tǒng)疫情防控工作視頻調(diào)度會(huì)議精神,并進(jìn)一步研究抓好貫徹落實(shí)工作。雷鳴、張鳳寶、張力新等結(jié)合分管工作提出了貫徹落實(shí)建議。
會(huì)議指出,習(xí)近平總書記在文聯(lián)十一大、作協(xié)十大上的重要講話高屋建瓴、視野宏大、內(nèi)涵豐富、思想深刻,高度評(píng)價(jià)了一百年來在黨的領(lǐng)導(dǎo)下廣大文藝工作者發(fā)揮的重要作用,充分肯定了黨的十八大以來我國(guó)文藝事業(yè)取得的巨大成就,給廣大文藝工作者提出五點(diǎn)希望,對(duì)于繁榮發(fā)展社會(huì)主義文藝、建設(shè)社會(huì)主義文化強(qiáng)國(guó)具有重大指導(dǎo)作用。學(xué)校黨委始終高度重視文化建設(shè)工作,取得了一系列文化建設(shè)成果,為學(xué)校加快推進(jìn)“中國(guó)特色、世界一流、天大品格”社會(huì)主義大學(xué)建設(shè)提供堅(jiān)強(qiáng)思想保證和強(qiáng)大精神力量。""",
        origin="mirror, not reprint: a university's party-committee news item (the university CMS's /info/1382/N.htm "
               "path kept) copied whole onto an unrelated host in traditional script with pinyin readings glued after "
               "some characters; a copy on an unrelated host is hijacked by the split rule; no injected string, so "
               "spam_strings is empty. The capture shows no headline; its third paragraph breaks off (with a mojibake "
               "run) and is dropped.",
    ),
    dict(
        url="http://m.cumufang.com/info/1047/27234.htm",
        tpl="mirror_info", lang="zh-Hant", enc="utf-8", form="mirror-trad-pinyin-glossed",
        injections=["copy-on-unrelated-host", "traditional-conversion-with-pinyin-glosses"],
        spam=[], title=None, date=None, source=None, author=None,
        body="""3月5日下午,學(xué)院在圖書(shū)館四樓會(huì )議室召開(kāi)2024年度創(chuàng )新創(chuàng )業(yè)類(lèi)大賽動(dòng)員部署會(huì ),黨委副書(shū)記黃維出席會(huì )議并講話(huà),學(xué)生工作處和團委相關(guān)負責人、各系黨總支書(shū)記、學(xué)工辦主任及全體輔導員參加會(huì )議。泰安校區學(xué)團負責人線(xiàn)上同步參會(huì )。
黃維在講話(huà)時(shí)指出,創(chuàng )新創(chuàng )業(yè)類(lèi)大賽作為周期長(cháng)、水平高、競爭強的大型賽事,不僅是對師生團隊項目核心成果的檢驗,更是對學(xué)院人才培養質(zhì)量和成果轉化成效的綜合檢驗。他對本年度創(chuàng )新創(chuàng )業(yè)類(lèi)大賽備賽提出三點(diǎn)要求。一是要高度重視、精心組織,廣泛動(dòng)員師生和校友積極參與,確保在國賽、省賽中有更大的成績(jì)突破。二是要認真做好參賽項目的挖掘和培育工作,充分挖掘專(zhuān)業(yè)優(yōu)勢、名師資源和校友資源,遴選項目時(shí)注意項目的創(chuàng )新性以及發(fā)展前景,大力開(kāi)展項目的研究與實(shí)踐。三是要增強信心,全力以赴,配備好指導教師和學(xué)生團隊,做好長(cháng)期高效的準備,全力以赴提高項目質(zhì)量及參賽水平,爭取獲得優(yōu)異的成績(jì)。
會(huì )上,學(xué)生工作處、團委賽事負責同志分別就“挑戰杯”全國大學(xué)生創(chuàng )業(yè)計劃競賽和中國國際大學(xué)生創(chuàng )新大賽(2024)的大賽工作方案和各階段重點(diǎn)工作進(jìn)行了解讀說(shuō)明。創(chuàng )新創(chuàng )業(yè)學(xué)院副院長(cháng)、跨境電子商務(wù)系徐彬就項目的挖掘和培育進(jìn)行了詳細講解。""",
        origin="mirror, not reprint: a vocational college's news item (/info/1047/N.htm path kept) copied onto an "
               "unrelated host in traditional script with pinyin glosses (some with a stray space inside the bracket, "
               "kept as captured); hijacked by the split rule; no injected string. No headline or date in the capture.",
    ),
    dict(
        url="https://gdstone88.com/show593_130762.html",
        tpl="mirror_cn", lang="zh-Hant", enc="utf-8", form="mirror-trad-pinyin-glossed",
        injections=["copy-on-unrelated-host", "traditional-conversion-with-pinyin-glosses"],
        spam=[], title=None, date=None, source=None, author=None,
        body="""4月21日,我校在行政樓609召開(kāi)第八屆中國(guó)國(guó)際“互聯(lián)網(wǎng)+”大學(xué)生創(chuàng)新創(chuàng)業(yè)大賽籌備工作第二次推進(jìn)會(huì),學(xué)校黨委副書記鐘真宜出席會(huì)議并講話。會(huì)議由學(xué)校創(chuàng)新創(chuàng)業(yè)學(xué)院負(fù)責(zé)人李可主持,各二級(jí)學(xué)院和中職教育部分管雙創(chuàng)工作負(fù)責(zé)人、創(chuàng)新創(chuàng)業(yè)學(xué)院全體人員采取線上與線下相結(jié)合的方式參加了會(huì)議。
會(huì)上,創(chuàng)新創(chuàng)業(yè)學(xué)院劉浩宇老師針對(duì)國(guó)賽和省賽發(fā)布的通知對(duì)大賽進(jìn)行了解讀,他分別從大賽主要變化、學(xué)校備賽情況、賽事安排等方面進(jìn)行了詳細(xì)說(shuō)明,同時(shí)各二級(jí)學(xué)院主管創(chuàng)業(yè)的副院長(zhǎng)就第八屆大賽院內(nèi)選拔賽進(jìn)度做了匯報(bào),各部門(mén)針對(duì)匯報(bào)進(jìn)行討論并提出建議。""",
        origin="mirror, not reprint: a polytechnic's innovation-contest news item copied onto an unrelated host "
               "(show<column>_<id>.html path) in pinyin-glossed traditional script; hijacked by the split rule; no "
               "injected string. The third paragraph breaks off before its first full stop and is dropped; no headline "
               "or date in the capture.",
    ),
    dict(
        url="http://m.014i.cn/news/170789.html",
        tpl="mirror_cn", lang="zh-Hant", enc="utf-8", form="mirror-trad-pinyin-glossed",
        injections=["copy-on-unrelated-host", "traditional-conversion-with-pinyin-glosses"],
        spam=[], title=None, date=None, source=None, author=None,
        body="""本網(wǎng)訊(記者 龍貽鑫)10月17日,區(qū)政協(xié)民主評議安居鎮(zhèn)工作專題調(diào)研座談會召開。區(qū)政協(xié)主席嚴(yán)永超、區(qū)政協(xié)副主席張學(xué)農(nóng)參加座談會。區(qū)委常委、安居古城景區(qū)黨工委書記、管委會主任歐漢東陪同調(diào)研和座談。
會前,嚴(yán)永超帶隊調(diào)研了安居鎮(zhèn)烏木溪、國家濕地公園、四面村蔬菜種植基地等地,現(xiàn)場聽取了相關(guān)負(fù)責(zé)人的情況介紹,實地了解了安居鎮(zhèn)部分經(jīng)濟(jì)社會發(fā)展情況。在座談會上,安居鎮(zhèn)匯報了2017年以來全鎮(zhèn)工作開展情況,與會人員隨后分別作了交流發(fā)言,提出了一些意見建議。
嚴(yán)永超對安居鎮(zhèn)各項工作開展情況和區(qū)政協(xié)民主評議小組工作給予了肯定。他指出,安居鎮(zhèn)近年來在區(qū)委、區(qū)政府的堅強(qiáng)領(lǐng)導(dǎo)下,狠抓鄉(xiāng)村振興行動、古城景區(qū)開發(fā)、生態(tài)環(huán)境保護(hù)等,各項工作思路務(wù)實、作風(fēng)扎實、成果真實。區(qū)政協(xié)民主評議小組要始終實事求是,進(jìn)一步找準(zhǔn)問題、提準(zhǔn)建議,確保本次民主評議工作達(dá)到預(yù)期目的。
嚴(yán)永超強(qiáng)調(diào),安居鎮(zhèn)要繼續(xù)緊緊圍繞全區(qū)工業(yè)振興、鄉(xiāng)村振興和城市提質(zhì)三大重點工作,結(jié)合發(fā)展實際,不斷推動各項工作實現(xiàn)新突破。要始終高標(biāo)準(zhǔn)、嚴(yán)要求推進(jìn)安居古城開發(fā)保護(hù),全面總結(jié)過往經(jīng)驗教訓(xùn),切實把各項工作落到實處。""",
        origin="mirror, not reprint: a district news item on a CPPCC review of a town's work copied onto an unrelated "
               "host in pinyin-glossed traditional script; hijacked by the split rule; no injected string. The fourth "
               "paragraph breaks off and ends here at its last whole sentence; no headline or date in the capture.",
    ),
    dict(
        url="https://yiwoad.com/info/1181/4511.htm",
        tpl="mirror_info", lang="zh-Hant", enc="utf-8", form="mirror-trad-pinyin-glossed",
        injections=["copy-on-unrelated-host", "traditional-conversion-with-pinyin-glosses"],
        spam=[], title=None, date=None, source=None, author=None,
        body="""本網訊(文/圖 邊輯 占文)3月29日上午,俄中文化教育發(fā)展基金會會長崔姍女士一行蒞臨我校訪問,就相關教育交流與合作項目的推進與我校校長云國宏座談,張海峰副校長主持座談會。
崔珊女士首先向云國宏校長介紹了近期的工作情況及訪問圣彼得堡國立影視大學的相關事宜。隨后,雙方確定了合作專業(yè)以及后續(xù)的合作方向。云國宏校長表示:近期學校將派遣合作專業(yè)負責人等代表訪問圣彼得堡國立影視大學,就教育教學、學術交流等相關問題進行協(xié)商。
云國宏校長希望雙方在中國“一帶一路”倡議政策的指引下,與俄羅斯院校開展更多領域的合作,為中俄友好和平發(fā)展貢獻力量。同時,他也希望借助俄中文化教育發(fā)展基金會這一平臺,在足球方面與俄羅斯院校建立合作關系,組織多國大學足球賽,并將合作領域延伸到藝術教育等領域。
雙方還就其他領域的合作事項進行了友好溝通,并達成初步共識。
會后,俄中文化教育發(fā)展基金會一行在學校領導的陪同下,參觀了國際現(xiàn)代設計藝術學院創(chuàng)客教學空間。""",
        origin="mirror, not reprint: a normal university's news item on a Russian foundation's visit copied onto an "
               "unrelated host (/info/1181/N.htm) in traditional script with a few pinyin glosses; the same item is "
               "stored from the university's own news site (not used here); hijacked by the split rule; no injected "
               "string. No headline or date in the capture.",
    ),
    # ---------------------------------------------------------------- mirrors of lawful-gambling / anti-gambling news
    dict(
        url="http://www.www26h2.com/xwzx/201912/t20191225_320890.html",
        tpl="news_trad", lang="zh-Hant", enc="utf-8", form="mirror-of-gambling-news", legit=True,
        injections=["copy-on-unrelated-host", "traditional-conversion-with-pinyin-glosses"],
        spam=[], title="我市依法取締營利性麻將館棋牌室", date=None, source=None, author=None,
        body="""2020年元旦前,我市營利性麻將館、棋牌室需自行關(guān)閉,逾期不予關(guān)閉的,公安機(jī)關(guān)將依法進(jìn)行查處,并從嚴(yán)予以處罰。
12月23日,“平安仙桃”微信公眾號發(fā)布《關(guān)于依法取締營利性麻將館、棋牌室的通告》,依法取締以營利為目的聚眾賭博的麻將館、棋牌室,通告落款為仙桃市公安局。通告提及,近段時間,我市營利性麻將館、棋牌室滋生賭博違法犯罪和噪音擾民等問題,引起社會各界強(qiáng)烈不滿。
通告指出,對查處的賭具、賭資,一律依據(jù)《中華人民共和國治安管理處罰法》第十一條的規(guī)定,進(jìn)行扣押、收繳。對參與賭博的人員,一律依據(jù)《中華人民共和國治安管理處罰法》第七十條的規(guī)定,予以治安處罰。對經(jīng)營者,一律依據(jù)《中華人民共和國治安管理處罰法》第七十條的規(guī)定,予以治安拘留,并追繳全部違法所得;構(gòu)成犯罪的,依據(jù)《中華人民共和國刑法》第三百零三條的規(guī)定,追究刑事責(zé)任。
此外,凡涉及黨員干部組織、參與賭博或為賭博提供條件的,在依法查處的同時,一律移送紀(jì)檢監(jiān)察機(jī)關(guān)處理。(記者 胡純波)""",
        origin="mirror, not reprint, of lawful anti-gambling news: a city news site's report on the police closing "
               "for-profit mahjong parlours (the site's own /xwzx/YYYYMM/tDATE_N.html path kept) copied onto a "
               "betting-looking host in pinyin-glossed traditional script; hijacked by the split rule, legit for its "
               "topic. The 'official WeChat' line after the text is not article text. No date shown.",
    ),
    dict(
        url="http://www.zhangxuzone.com/conn/2025-05/30/content_343193.htm",
        tpl="news_trad", lang="zh-Hant", enc="utf-8", form="mirror-of-gambling-news", legit=True,
        injections=["copy-on-unrelated-host", "traditional-conversion-with-pinyin-glosses"],
        spam=[], title=None, date="2025-05-30", date_shown=None, source="晉中日報", author=None,
        meta="來源:晉中日報時間:2025-05-30",
        body="""5月28日上午,省公安廳、省文化和旅游廳、中國人民銀行山西省分行聯(lián)合山西中醫(yī)藥大學(xué)、市公安局、市文化和旅游局、中國人民銀行晉中市分行舉辦拒絕跨境賭博“高校行”活動。省公安廳副廳長劉春安,副市長、市公安局局長靳潤喜出席。
此次活動是山西公安機(jī)關(guān)聚焦防范跨境賭博精準(zhǔn)宣傳的有力舉措。活動通過播放拒絕跨境賭博宣傳片、開展“拒賭反賭、你我同行”簽名、學(xué)生代表集中倡議、防賭知識和典型案例宣介等多種方式載體,深入揭批賭博“十賭十騙、十賭十輸”的害人本質(zhì),及時跟進(jìn)曝光跨境賭博犯罪最新手段,提升高校師生拒賭防賭安全意識和能力,全力護(hù)航校園凈土,切實(shí)維護(hù)社會和諧穩(wěn)定。
劉春安指出,跨境賭博嚴(yán)重危害人民群眾合法權(quán)益,嚴(yán)重危害經(jīng)濟(jì)安全、社會穩(wěn)定和國家形象。近年來,全省公安機(jī)關(guān)認(rèn)真落實(shí)打擊治理跨境賭博相關(guān)工作要求,堅持打防并舉、綜合施策,集中力量資源,加強(qiáng)協(xié)同配合,強(qiáng)力推進(jìn)打擊治理跨境賭博各項工作。他表示,將持續(xù)推出一系列形式多樣、內(nèi)容豐富、互動性強(qiáng)、參與度高的社會教育宣傳活動,把打擊治理跨境賭博社會宣傳教育融入各類法治宣傳陣地,在全社會大力營造打擊治理跨境賭博的濃厚氛圍。
記者 毛靜""",
        origin="mirror, not reprint, of lawful anti-gambling news: a city daily's report on a provincial police "
               "'reject cross-border gambling' campus campaign (the paper's /conn/YYYY-MM/DD/content_N.htm path kept) "
               "copied onto an unrelated host in pinyin-glossed traditional script; hijacked by the split rule, legit "
               "for its topic. 來源 and 時間 are shown in one run above the text; the reporter's line ends the text.",
    ),
    dict(
        url="http://m.nbnewpower.cn/sh/news/2007/12-28/1117843.shtml",
        tpl="news_trad", lang="zh-Hant", enc="utf-8", form="mirror-of-gambling-news", legit=True,
        injections=["copy-on-unrelated-host", "traditional-conversion"],
        spam=[], title="市民打麻將被派出所處罰 收繳賭資20元罰款500元", date="2007-12-28",
        date_shown="2007年12月28日 11:13", source="南海網(wǎng)-南國都市報", author=None,
        crumb="本頁位置:首頁新聞中心社會新聞",
        deck="白沙派出所對參與玩一、二元小麻將的市民進行處罰 8人認為不算賭博不應(yīng)受罰",
        caption="手執(zhí)行政處罰單",
        body="""12月21日晚,?诎咨撑沙鏊窬,突然查處在海口文明東路、板橋路等2處小店打麻將點,并把參與打麻將的8個市民帶到派出所調(diào)查處理,并分別罰款200元和500元才放行。此舉引起這些市民不滿,他們認為打一、二元錢的麻將不算賭博行為,派出所民警不應(yīng)該抓,更不應(yīng)該罰款。
2桌小麻將突遭抓賭8名市民被帶到派出所
據(jù)市民李女士介紹,她在?谖拿鳀|路開了一家“東沈小店”,賣一些食品和經(jīng)營長途電話。小店擺了2張麻將桌,給周圍市民提供打麻將場所。
12月21日晚9點多,附近幾個鄰居到她的小店里打麻將,這些人年齡都比較大,最小的40多歲,最大的六七十歲,都是在家閑著沒事干的。
他們當(dāng)晚打小麻將,每局輸贏一、二元。打一晚上麻將給李女士8元的“抽水費”(場地服務(wù)費)。后來,其中一個牌友離開,李女士接上去打。
他們打到晚上12點時,突然幾名男子沖了進來。他們稱是?诎咨撑沙鏊窬,是抓賭博的,要求李女士等打麻將的人不要動。隨后,民警將李女士等打麻將的人全部帶到白沙派出所進行調(diào)查。
當(dāng)晚被抓賭的,還有在板橋路打麻將的劉女士等一桌4人。他們也是打一、二元的小麻將。""",
        origin="mirror, not reprint, of lawful gambling-enforcement news: a news agency's reprint of a Hainan "
               "paper's report on residents fined for small-stakes mahjong (the agency's /sh/news/YYYY/MM-DD/N.shtml "
               "path and its 本頁位置 line kept) copied onto an unrelated host in traditional script with some pinyin "
               "glosses and mojibake runs (?诎咨撑沙鏊窬 = 海口白沙派出所民警), kept as captured; hijacked by the split "
               "rule, legit for its topic. The deck and photo caption are not text; the last subhead and its cut "
               "paragraph are dropped.",
    ),
    dict(
        url="https://cpu-data.info/read/2023/07/20/12572817/cara-kominfo-perangi-judi-online-blokir-alamat-ip-dan-rangkul-operator-seluler",
        tpl="id_read", lang="id", enc="utf-8", form="mirror-of-gambling-news", legit=True,
        injections=["copy-on-unrelated-host"],
        spam=[], title="Cara Kominfo Perangi Judi Online, Blokir Alamat IP dan Rangkul Operator Seluler",
        date=None, source=None, author=None,
        readalso=["Baca juga: Menilik Black Hat SEO, Praktik Licik Situs Judi Online Nebeng Situs Pemerintah dan Universitas"],
        body="""- Kementerian Komunikasi dan Informatika (Kominfo) terus memerangi konten perjudian online di Indonesia.
Menteri Kominfo, Budi Arie Setiadi mengungkapkan, pihaknya melakukan beberapa tindakan preventif alias pencegahan terkait judi online. Salah satunya akan bekerja sama dengan operator seluler.
Pasalnya, saat ini masyarakat Indonesia masih kerap mendapatkan ajakan judi online lewat SMS atau WhatsApp blast.
"Kami akan koordinasikan dengan operator seluler, agar mereka punya sistem/mekanisme supaya SMS dan WhatsApp tidak digunakan untuk (menyebar ajakan) berbau perjudian online," kata Budi Arie dalam konferensi pers yang disiarkan secara virtual di saluran YouTube KemenkominfoTV, Kamis (20/7/2023).
"Kami tengarai konten judi online ini berpusat di luar negeri di negara yang melegalkan judi. Begitu masuk ke Indonesia, kami blokir," kata pria yang akrab disapa Semmy.
Semmy merinci, Kominfo memblokir domain website yang dinilai berisi judi online. Kemudian, alamat IP situs dan aplikasi judi online juga diblokir agar tidak bisa diakses di Indonesia. Selanjutnya, Kominfo memblokir domain website dan aplikasi judi online.
"Rekening yang digunakan oleh situs judi online juga kami blokir. Hal ini bertujuan untuk mempersempit ruang gerak mereka melakukan kegiatan ilegal ini (judi online)," lanjut Semmy.
Selain pemblokiran, kata Semmy, Kominfo juga melaporkan konten judi online di media sosial ke aparat hukum. Dengan begitu, promotor yang mempromosikan konten judi online di media sosial itu berpotensi diringkus kepolisian.
Budi Arie mengungkapkan, sejak 2018 hingga 19 Juli 2023, Kominfo sudah berhasil melakukan take down 846.047 konten perjudian online. Selama seminggu terakhir (13-19 Juli 2023), Kominfo melakukan pemutusan akses ke 11.333 konten perjudian online.""",
        origin="mirror, not reprint, of lawful anti-gambling news: a national news portal's technology story on the "
               "ministry blocking online-gambling sites (the portal's own /read/YYYY/MM/DD/N/slug path kept, its "
               "dateline stripped to a dash) copied onto an unrelated host; hijacked by the split rule, legit for its "
               "topic. 'Baca juga' links and the 'Terkini Lainnya' list are not text.",
    ),
    # ---------------------------------------------------------------- synonym-spun copy
    dict(
        url="https://www.sdmengshiyuan.com/pub/bjgsdx/news/zhxw/137815.htm",
        tpl="mirror_cn", lang="zh", enc="utf-8", form="synonym-spun-copy",
        injections=["copy-on-unrelated-host", "synonym-spinning"],
        spam=[], title=None, date=None, source=None, author=None,
        body="""5月29日上午,学校召开2018年第13次党委常委会/校长办公会。
集会学习了习近平总书记在中国科学院第十九次院士大会、中国工程院第十四次院士大会上的讲话精神,要求认真组织学习,深入领会实质,进一步提升学校学科建设和科研事情水平;听取并安排了“首都百万师生同上一节课”有关安排;研究确定了学校学科建设大集会程安排等相关事情,要求增强领导、精心组织,以此为契机,进一步推动学校“双一流”建设和各学科水平再上台阶;研究了第八届首都民族团结进步奖推荐人;集会还研究了其他事项。
集会由党委书记谭向勇主持,校领导张德玉、谢志华、张耘、郑文红、董竹娟加入集会。党委常委王小艺、张国龙加入党委常委集会。相关部分卖力人列席集会。""",
        origin="mirror, not reprint: a Beijing university's meeting notice (its own /pub/<school>/news/zhxw/N.htm path "
               "kept) copied onto an unrelated host after synonym spinning (会议→集会, 工作→事情, 加强→增强, 参加→加入, "
               "负责人→卖力人, 部门→部分); no injected string, so spam_strings is empty; hijacked by the split rule; the "
               "text is kept as the page shows it.",
    ),
    # ---------------------------------------------------------------- mirrors in simplified script
    dict(
        url="http://m.szmico.com/info/1163/26470.htm",
        tpl="mirror_info", lang="zh", enc="utf-8", form="mirror-simplified",
        injections=["copy-on-unrelated-host"],
        spam=[], title=None, date=None, source=None, author=None,
        body="""3月30日,党委书记王维主持召开2023年第9次党委会会议,党委副书记、院长杨敬涛,党委委员王顺波、贾维忠、颜秀霞、刘秋生参加会议,有关部门负责人列席会议。
作为第一议题,会议首先集体学习了习近平总书记在俄罗斯媒体上发表的署名文章,致中国发展高层论坛2023年年会的重要贺信。会议指出,学院党委要及时跟进学习习近平总书记重要讲话精神,结合学院实际,加强中外合作项目建设,全力推进学院内涵式高质量发展。
会议研究并原则同意学院六届三次教代会关于提案交办工作安排意见。
会议研究并原则同意学院2023年校企合作办学项目。会议要求,要按照上级有关要求按时做好相关材料的报送工作。
会议还研究了其他事项。(审核:刘秋生)""",
        origin="mirror, not reprint: a college's party-committee meeting notice (/info/1163/N.htm path kept) copied "
               "onto an unrelated mobile host; hijacked by the split rule; no injected string. No headline or date in "
               "the capture; the reviewer's credit closes the text as captured.",
    ),
    dict(
        url="http://www.scjcdjw.com/dz/2022-04-02/23180.html",
        tpl="county_copy", lang="zh", enc="gbk", form="mirror-simplified",
        injections=["copy-on-unrelated-host"],
        spam=[], title=None, date=None, source=None, author=None,
        body="""今年3月28日是第27个“全国中小学安全教育日”,本周末又正值清明节放假之际,为了保障学生假期安全,增强学生自我安全保护意识,4月2日上午,长田中心小学特邀请到回龙派出所一行人为全体师生开展了一场安全知识教育专题讲座。
黄金海指导员主要从森林防火、文明祭扫、交通安全、防溺水、防诈骗、防校园欺凌、食品安全等当前最突出的安全问题进行了详细的知识普及。并提醒学生要从小养成良好的行为习惯,增强遵纪守法观念,时时刻刻把“安全”二字放在心中,随时随地为着安全而约束自己的行为,机智勇敢地处置遇到的各种异常情况或危险。随后学校安办主任也对清明节前的各项安全教育做了强调。
清明节前安全教育活动的开展,让同学们进一步认识到安全教育的重要,增强了同学们的安全意识和法治观念,提高了同学们的安全防范能力,为师生安全度过清明假期提供了有力的保障。""",
        origin="mirror, not reprint: a rural primary school's safety-day news item (a county portal's "
               "/dz/YYYY-MM-DD/N.html path kept) copied onto an unrelated host; hijacked by the split rule; no "
               "injected string. Served GBK here. No headline or date in the capture.",
    ),
    dict(
        url="http://www.guanghuibz.com/html/jwzxjsyw.201801t20180119_80550.html",
        tpl="gov_dept", lang="zh", enc="utf-8", form="mirror-simplified",
        injections=["copy-on-unrelated-host"],
        spam=[], title=None, date=None, source=None, author=None,
        body="""1月18日,佛山市公安局联合市教育局举办2017年度“创建平安校园争当平安之星”(第二届)颁奖仪式,分别授予玫瑰小学等31所中小学校、华材职业技术学校高中一年级等50个班级、狮山镇显纲小学李世杰等100名学生“平安校园”、“平安班级”和“平安之星”荣誉称号。
副市长、市公安局局长邓建伟为获奖代表颁奖。
31所中小学获评“平安校园”
2017年,佛山市公安局、教育局以全市“四校长”创建活动为契机,在全市中小学开展第二届“创建平安校园争当平安之星”评选活动。
市公安局创新青少年安全防范宣传教育模式,推出线上“佛山市公安局安全教育云平台”,内容涵盖防溺水、交通安全、消防安全、法制教育、禁毒教育、防电信诈骗等各个方面的安全知识,把安全教育融入到线上游戏,吸引了广大中小学生和家长积极参与。
根据各学校学生在佛山市公安局安全教育云平台答题竞赛中的参与率和成绩等多项评选指标竟逐,玫瑰小学等31所中小学校、华材职业技术学校高中一年级等50个班级、狮山镇显纲小学李世杰等100名学生最终脱颖而出,分别被授予“平安校园”、“平安班级”和“平安之星”荣誉称号。
荣获全市“平安之星”荣誉称号的狮山镇显纲小学李世杰作为代表,上台分享自己在市公安局安全教育云平台学习经验时说,学习安全知识是自己参加评选活动的目的,以后将用行动带动身边的同学、家人一起学习安全知识。
安全教育要让孩子能理解记得住
据悉,近年来全市公安机关和教育部门紧密配合,全力推进我市平安校园创建工作,未成年人违法犯罪率持续下降,全市校园周边治安环境、交通秩序明显改善。""",
        origin="mirror, not reprint: a city police bureau's news item on a safe-campus award (the bureau site's "
               "column and tYYYYMMDD_N file name folded into one path) copied onto an unrelated host; hijacked by the "
               "split rule; no injected string. The subheads are kept; the paragraph cut after them is dropped. No "
               "headline or date in the capture.",
    ),
    dict(
        url="https://www.maketvwork.com/info/1007/3007.html",
        tpl="mirror_info", lang="zh", enc="utf-8", form="mirror-simplified",
        injections=["copy-on-unrelated-host"],
        spam=[], title=None, date=None, source=None, author=None,
        body="""11月26日晚,我们“一站式”学生社区功能型党支部、心理辅导站联合体育学院共同策划的“强健心智筑堡垒,拓展赋能强担当”红色体育文化主题活动在学校体育馆举行。学院党委副书记张力,辅导员王媛、钟玉彬以及来自各年级的40余名学生代表共同参与此次活动,体育学院红色体育工作室研究专家王海英教授应邀指导活动。
活动伊始,张力发表致辞,全面系统地阐述了本次活动的背景、重要意义及目标任务。王海英教授从专业角度出发,深刻阐释了党史学习教育融入育人实践的重要性和创新性路径。
简单的热身活动后,40余名学生组成的四个团队迅速进入状态,投入到一系列精心设计的红色主题体育项目中。在抢收南瓜、伤员互助、飞夺泸定桥、破译密电码、拔河等项目比赛中,各队队员相互协作、通力配合,活动现场气氛热烈。经过数轮激烈角逐,各参赛团队均表现出色,取得了良好成绩。比赛过程还原了历史场景,让学生更直观、更深刻地理解党在艰苦卓绝的奋斗岁月中所形成的艰苦奋斗、团结互助、不畏艰险、乐观向上的精神谱系,实现思想启迪、意志磨炼与团队协作能力的同步提升。
此次活动的成功举办,是我们党建育人工作路径的一次有益尝试和成功实践,将红色文化教育、体育健身锻炼、心理素质拓展、团队精神培育融为一体,有效实现了“以赛促学”“以赛促教”“以赛育人”教育目标。下一步,我们将持续深化“一站式”学生社区文化建设,推动功能型党支部活动常态化、品牌化,为培育时代新人注入源源不断的“心”动能与“体”动能。(化学与材料工程学院 文/王媛、钟玉彬 图/张以水 审核/张力)""",
        origin="mirror, not reprint: a university school's news item (/info/1007/N.html path kept) copied onto an "
               "unrelated host, the school's name rewritten as 我们 ('we') by the copier; no spam string, so hijacked "
               "by the split rule only. The credit line closes the text as captured.",
    ),
    dict(
        url="http://zgcswhcbw.com/kj/2017-09-11/9426.html",
        tpl="county_copy", lang="zh", enc="gbk", form="mirror-simplified",
        injections=["copy-on-unrelated-host"],
        spam=[], title=None, date=None, source=None, author=None,
        body="""本网讯 9月11日,秋风送爽 金桂飘香,潢川县卫计系统“2017年服务百姓健康行动”大型义诊活动在弋阳人口文化广场举行,这也标志着潢川县今年主题大型义诊活动周正式启动,县政府领导徐宝才、卫计委主任郑先刚参加活动。
据悉,本次活动与往年不同,除进行内科、外科、妇科、儿科和骨科等常见病的诊疗咨询外,本次义诊活动还增加了眼科、中医现场针灸、小儿推拿、心肺复苏操作,糖尿病、骨质疏松风险筛查等内容。此次义诊把健康知识宣传和初步筛查病情融为一体,倡导市民健康生活方式,引导市民科学就医。
同时,在为期一周的活动过程中还将开展城乡医院对口支援义诊、深入贫困地区义诊、义诊活动到基层和举办健康大讲堂等丰富多彩的各类公益活动,在“2017年服务百姓健康行动”大型义诊活动周期间,全县预计将有25个医疗卫生单位、50多名医务人员参与义诊活动,义诊群众数量将达3000余人次,发放宣传资料7000余份,义诊期间减免患者费用(挂号费、诊疗费等)10000余元。""",
        origin="mirror, not reprint: a county health commission's news item on a free-clinic week copied onto an "
               "unrelated host (/kj/YYYY-MM-DD/N.html); hijacked by the split rule; no injected string. Served GBK "
               "here. No headline or date in the capture.",
    ),
    # ---------------------------------------------------------------- mirror in plain traditional script
    dict(
        url="http://www.sijioo.com/info/1341/65171.htm",
        tpl="mirror_info", lang="zh-Hant", enc="utf-8", form="mirror-trad-plain",
        injections=["copy-on-unrelated-host", "traditional-conversion"],
        spam=[], title=None, date=None, source=None, author=None,
        body="""本網訊 7月19、20日,政法學院97級政史1、2班校友分批返校,舉辦畢業25周年聚會。校友們重游校園故地,與師生歡聚一堂,暢敘情誼,共話發展。
座談會上,原政法學院領導謝佐永、溫天權與校友們親切交流。學院黨委副書記羅江鵬介紹了學校及學院的發展情況,特別提到今年是學校辦學55周年,并誠摯邀請全體校友屆時重返母校,共慶華誕,為母校的發展建言獻策。校友們深情追憶求學時光,感恩母校的培養,并結合自身經歷為人才培養提出寶貴建議。
此次返?;顒?,不僅讓校友們重溫了青春記憶,更為母校與校友之間搭建了協同發展的橋梁。政法學院將以此為契機,進一步完善校友聯絡機制,推動資源聯動,深化合作,充分發揮校友力量,為學校的高質量發展添磚加瓦。""",
        origin="mirror, not reprint: a university school's alumni-reunion news item (/info/1341/N.htm path kept) "
               "copied onto an unrelated host in traditional script without glosses; one mojibake run (返?活動) is kept "
               "as captured; hijacked by the split rule; no injected string. No headline or date in the capture.",
    ),
    # ---------------------------------------------------------------- institution name replaced by a betting brand
    dict(
        url="https://jjwd.cn/info/1021/5434.htm",
        tpl="campus_cms", lang="zh-Hant", enc="utf-8", form="brand-replaced-name-with-emoji-noise",
        injections=["brand-replaced-institution-name", "emoji-noise", "copy-on-unrelated-host",
                    "traditional-conversion"],
        spam=["LD乐动体育", "LD乐动"], title=None, date=None, source=None, author=None,
        body="""4月23日至24日🥅,LD乐动体育在懷遠校區LD乐动体育館舉辦第七屆教職工乒乓球比賽,校領導李星、周震、史金龍,黨委常委、組織部長張立傑、校工會主席孫建軍、副主席蔣誌忠到比賽現場看望了運動員,部分領導參加了比賽♉️。
全校共計27個代表隊260余名參賽選手參加了本次比賽⛓。我院工會主席馬艷軍擔任領隊,鹹雲龍院長擔任教練,謝愛軍、樊琛等老中青三代共計8名教師代表LD乐动參賽☎。經過兩天的激烈角逐,最終我院榮獲混合團體第七名,樊琛獲女子單打第一名🚠。
成績榮譽固然重要🖕,但是在此次比賽中展現了LD乐动体育更為難能可貴的一面⚡️🥂。王誌霄書記多次親臨比賽現場,為運動員加油打氣🦹♀️;鹹雲龍院長更是親歷親為🕋,在關鍵時刻親自披掛上陣,為LD乐动團體賽晉級拿下最為關鍵的一分;古雅輝副院長送去溫暖祝福🗻;徐赟副院長提供了強大的後勤保障🤦🏿🙍🏼♂️;謝愛軍、王雅麗兩位作為即將退休的老教師🗞,站好最後一班崗,積極請戰👐🏿,敢打敢拼,為年輕教師做出了很好的榜樣🧝🏻♂️;沙艷茹老師還在產假期間,組織有需要,立馬趕過來;還有樊琛老師,作為年輕教師代表,充分展現了LD乐动体育專業技術優勢,不驕不躁,尊重每一個對手𓀌,沉著冷靜👨🏻🦰、勇奪女單冠軍🧑🏽🚒!
LD乐动体育在本次賽事中⌚️,不僅承擔了運動員角色,更重要的是協助校工會在場地👨🏻🦽、器材、裁判員等方面完成了本次賽事的籌備和組織。乒乓球作為國球運動🤾♂️,有著非常廣泛的群眾基礎,也深受LD乐动体育教職工的喜愛和歡迎。""",
        keep="""4月23日至24日,在懷遠校區館舉辦第七屆教職工乒乓球比賽,校領導李星、周震、史金龍,黨委常委、組織部長張立傑、校工會主席孫建軍、副主席蔣誌忠到比賽現場看望了運動員,部分領導參加了比賽。
全校共計27個代表隊260余名參賽選手參加了本次比賽。我院工會主席馬艷軍擔任領隊,鹹雲龍院長擔任教練,謝愛軍、樊琛等老中青三代共計8名教師代表參賽。經過兩天的激烈角逐,最終我院榮獲混合團體第七名,樊琛獲女子單打第一名。
成績榮譽固然重要,但是在此次比賽中展現了更為難能可貴的一面。王誌霄書記多次親臨比賽現場,為運動員加油打氣;鹹雲龍院長更是親歷親為,在關鍵時刻親自披掛上陣,為團體賽晉級拿下最為關鍵的一分;古雅輝副院長送去溫暖祝福;徐赟副院長提供了強大的後勤保障;謝愛軍、王雅麗兩位作為即將退休的老教師,站好最後一班崗,積極請戰,敢打敢拼,為年輕教師做出了很好的榜樣;沙艷茹老師還在產假期間,組織有需要,立馬趕過來;還有樊琛老師,作為年輕教師代表,充分展現了專業技術優勢,不驕不躁,尊重每一個對手,沉著冷靜、勇奪女單冠軍!
在本次賽事中,不僅承擔了運動員角色,更重要的是協助校工會在場地、器材、裁判員等方面完成了本次賽事的籌備和組織。乒乓球作為國球運動,有著非常廣泛的群眾基礎,也深受教職工的喜愛和歡迎。""",
        origin="hijacked: a university sports school's staff table-tennis report copied onto an unrelated host in "
               "traditional script, every mention of the school (and of 體育 in 體育館) replaced by a betting brand and "
               "emoji sprinkled between clauses; the replaced names cannot be restored, so the truth text cuts the "
               "brand and the emoji. Note: dev spam strings contain other names of the same brand family (none equal "
               "to, containing or contained in these two). The last captured sentence is cut and dropped.",
    ),
    dict(
        url="https://www.rugby1st.com/info/1012/2473.html",
        tpl="campus_cms", lang="zh", enc="utf-8", form="brand-replaced-institution-name",
        injections=["brand-replaced-institution-name", "copy-on-unrelated-host", "synonym-spinning"],
        spam=["伟德源自英国始于1946"], title=None, date=None, source=None, author=None,
        body="""2025年3月31日下午,伟德源自英国始于1946在1103教室成功举办了2025年学校体育联赛动员大会。此次大会旨在为即将到来的体育联赛做好充分准备,确保比赛的顺利进行,并提升运动员的竞技水平和安全意识。
大会由学院团委书记罗霞主持。动员大会上,罗霞详细介绍了联赛的相关事宜,并强调了赛前准备的重要性。大会内容涵盖了准备阶段、赛前注意事项、后勤保障等多个方面。
此次动员大会的成功举办,为即将到来的体育联赛奠定了坚实的基础。学院希望通过此次联赛,能进一步提升员工的体育素养,增强团队合作精神,展示学院的体育风采,并预祝所有参赛的运动员在比赛中取得优异成绩,赛出风格,赛出水平。""",
        keep="""2025年3月31日下午,在1103教室成功举办了2025年学校体育联赛动员大会。此次大会旨在为即将到来的体育联赛做好充分准备,确保比赛的顺利进行,并提升运动员的竞技水平和安全意识。
大会由学院团委书记罗霞主持。动员大会上,罗霞详细介绍了联赛的相关事宜,并强调了赛前准备的重要性。大会内容涵盖了准备阶段、赛前注意事项、后勤保障等多个方面。
此次动员大会的成功举办,为即将到来的体育联赛奠定了坚实的基础。学院希望通过此次联赛,能进一步提升员工的体育素养,增强团队合作精神,展示学院的体育风采,并预祝所有参赛的运动员在比赛中取得优异成绩,赛出风格,赛出水平。""",
        origin="hijacked: a college school's sports-league briefing copied onto a rugby-named host with the school's "
               "name replaced by a betting brand's slogan name (and 学生→员工 spun); the truth text cuts the brand. "
               "Note: dev spam strings contain other names of this brand family (none equal to, containing or "
               "contained in this one). No headline or date in the capture.",
    ),
    dict(
        url="http://jurugroup.com/info/1028/20399.htm",
        tpl="campus_cms", lang="zh", enc="utf-8", form="brand-replaced-institution-name",
        injections=["brand-replaced-institution-name", "brand-in-site-name", "copy-on-unrelated-host"],
        spam=["网易体育"],
        shown_title="网易体育:举办第一届“心怀荣耀 勇往直前”“王者荣耀”电竞比赛",
        title="举办第一届“心怀荣耀 勇往直前”“王者荣耀”电竞比赛",
        crumb="当前您的位置: 网易体育 > 院部新闻 > 正文", column="院部新闻",
        date="2024-05-29", date_shown="发布时间:2024-05-29 浏览量:", source=None, author=None,
        body="""为促进校园文化多样化,引导在校学生树立正确的电竞游戏观,5月26日,网易体育:在薛城校区增信楼报告厅113、市中校区理工楼2305分别举办第一届“心怀荣耀 勇往直前”“王者荣耀”电竞比赛活动。活动由共青团枣庄学院委员会主办,信息科学与工程学院团总支、数学与统计学院团总支承办。
本届大赛设置了初赛、复赛、决赛环节,比赛现场气氛热烈,参赛选手凭借精湛的游戏技能和默契的团队合作,为观众们呈现了一场场精彩的比赛。经过两周的激烈角逐,旅游与资源环境学院、外国语学院、数学与统计学院分别获得薛城校区前三名;信息科学与工程学院、化学化工与材料科学学院、机电工程学院和初等教育学院凭借出色的表现,获得市中校区前三名。
此次“王者荣耀”电竞比赛,激发了同学们合作拼搏的热情,增强团队凝聚力与协作能力。同时,对于同学们树立正确的电竞观念,培养健康生活方式起到了引导促进作用。
(文图/数学与统计学院   编辑/邵清清   审核/徐海波)""",
        keep="""为促进校园文化多样化,引导在校学生树立正确的电竞游戏观,5月26日,在薛城校区增信楼报告厅113、市中校区理工楼2305分别举办第一届“心怀荣耀 勇往直前”“王者荣耀”电竞比赛活动。活动由共青团枣庄学院委员会主办,信息科学与工程学院团总支、数学与统计学院团总支承办。
本届大赛设置了初赛、复赛、决赛环节,比赛现场气氛热烈,参赛选手凭借精湛的游戏技能和默契的团队合作,为观众们呈现了一场场精彩的比赛。经过两周的激烈角逐,旅游与资源环境学院、外国语学院、数学与统计学院分别获得薛城校区前三名;信息科学与工程学院、化学化工与材料科学学院、机电工程学院和初等教育学院凭借出色的表现,获得市中校区前三名。
此次“王者荣耀”电竞比赛,激发了同学们合作拼搏的热情,增强团队凝聚力与协作能力。同时,对于同学们树立正确的电竞观念,培养健康生活方式起到了引导促进作用。
(文图/数学与统计学院   编辑/邵清清   审核/徐海波)""",
        origin="hijacked: a university's e-sports contest news copied onto an unrelated host with the university's "
               "name replaced, in the headline, the breadcrumb and the text, by a sports-portal name used as a betting "
               "lure (the organiser line still names the university's youth league); the truth title and text cut the "
               "name and its colon.",
    ),
    dict(
        url="https://wdlcsdmq.com/xwgg/xyxw/f27a5d664281491490e461a224fa7bca.html",
        tpl="campus_cms", lang="zh", enc="utf-8", form="brand-replaced-institution-name",
        injections=["brand-replaced-institution-name", "copy-on-unrelated-host"],
        spam=["15vip太阳集团"], title=None, date=None, source=None, author=None,
        meta="供稿:谷天硕 审核:谷天硕",
        body="""2023年1月13日,我院举办了主题为“相聚三十年”秩年返校校友活动。学院党委书记王坚、执行院长刘祥磊、党委副书记谷天硕,退休教师陆立、陈健、崔宝贵以及测91级、测92级和测93级合计40名校友和老师参加了活动。
13日下午,校友们共同前往西城校区参观,与退休教师陈健、崔宝贵老师共同在志愿者的带领下参观了图书馆、科研楼、宿舍以及校园。在参观过程中,大家共同追忆当年美好的求学时光,共同回忆当年的点点滴滴。
参观结束后,大家齐聚教1-226教室,由执行院长刘祥磊为校友们上课,向大家介绍学院的发展历史和现状,让校友们再一次感受到了当年上课的感觉。刘祥磊首先代表学院对校友们的返校表示欢迎,他指出,学院向来关注校友发展,并坚持“扶上马、送一程、爱一生”的人才培养理念。学院对校友取得的各项成绩表示认可,同时也随时准备为校友发展提供各种帮扶。校友们对学院的快速发展表示欣慰,同时也纷纷表示愿意为学院的未来发展出谋划策并给予各种支持。
15vip太阳集团高度重视校友工作,并将校友工作纳入学院工作的重要部分。目前在组织架构、人员配备、活动开展等方面在稳步推进,校友工作的成效也在逐步提升。下一步,学院将持续加大校友工作力度,做好对校友的关心关怀,同时充分发挥校友的作用,提高学院人才培养质量。""",
        keep="""2023年1月13日,我院举办了主题为“相聚三十年”秩年返校校友活动。学院党委书记王坚、执行院长刘祥磊、党委副书记谷天硕,退休教师陆立、陈健、崔宝贵以及测91级、测92级和测93级合计40名校友和老师参加了活动。
13日下午,校友们共同前往西城校区参观,与退休教师陈健、崔宝贵老师共同在志愿者的带领下参观了图书馆、科研楼、宿舍以及校园。在参观过程中,大家共同追忆当年美好的求学时光,共同回忆当年的点点滴滴。
参观结束后,大家齐聚教1-226教室,由执行院长刘祥磊为校友们上课,向大家介绍学院的发展历史和现状,让校友们再一次感受到了当年上课的感觉。刘祥磊首先代表学院对校友们的返校表示欢迎,他指出,学院向来关注校友发展,并坚持“扶上马、送一程、爱一生”的人才培养理念。学院对校友取得的各项成绩表示认可,同时也随时准备为校友发展提供各种帮扶。校友们对学院的快速发展表示欣慰,同时也纷纷表示愿意为学院的未来发展出谋划策并给予各种支持。
高度重视校友工作,并将校友工作纳入学院工作的重要部分。目前在组织架构、人员配备、活动开展等方面在稳步推进,校友工作的成效也在逐步提升。下一步,学院将持续加大校友工作力度,做好对校友的关心关怀,同时充分发挥校友的作用,提高学院人才培养质量。""",
        origin="hijacked: a university school's alumni-day report copied onto an unrelated host (/xwgg/xyxw/<hash>.html) "
               "with the school's name replaced by a numbered casino-brand name in the last paragraph; the truth text "
               "cuts it. The contributor line (供稿/审核) is shown above the text but names no 来源 or author field. "
               "Note: dev spam strings contain other numbered names of this brand family (none equal to, containing "
               "or contained in this one). No headline in the capture.",
    ),
    dict(
        url="https://thaijobsgov.com/jobs/274158",
        tpl="th_news", lang="th", enc="utf-8", form="mirror-of-gambling-news", legit=True,
        injections=["copy-on-unrelated-host"],
        spam=[], title="กองสลากแนะ แก้สลากแพง ต้อง “เลิกซื้อ” หรือแจ้งตำรวจ", date=None, source=None, author=None,
        body="""ฆษกสำนักงานสลากกินแบ่งรัฐบาล พร้อมแจ้งตำรวจดำเนินคดี หากพบผู้ค้าสลากขายเกินราคาจริง แนะประชาชนร่วมมือแก้สลากแพง คือ “เลิกซื้อ”หรือแจ้งความกับเจ้าหน้าที่ตำรวจ ให้เข้าไปจับกุม ผู้แจ้งเบาะแสก็จะได้รับรางวัลนำจับ
จากกรณีมีการเผยแพร่ภาพแผงล็อตเตอรี่แห่งหนึ่ง บริเวณสนามบินน้ำ ใกล้ กองสลาก ซึ่งเป็นภาพสลากกินแบ่งเลข 22 ที่ถูกขายเป็นชุดในมูลค่าที่สูงกว่าราคาที่กำหนด 3-4 เท่าตัวโดยหมายเลขที่ลงท้ายด้วย 22 มีการจำหน่ายเป็นหวยชุด 15 ใบ ราคา 4,000 บาท, ชุด 10 ใบ ราคา 2,500 บาท และชุด 5 ใบ ราคา 1,500 บาท
ล่าสุด นายธนวรรธน์ พลวิชัย โฆษกสำนักงานสลากกินแบ่งรัฐบาล เปิดเผยกับเนชั่นทีวี ว่า สำนักงานสลากได้แจ้งเจ้าหน้าที่ตำรวจแล้ว เพื่อให้เข้าไปตรวจสอบ""",
        origin="mirror, not reprint, of lawful lottery-enforcement news: a TV channel's report on the state lottery "
               "office calling the police on over-priced ticket sets, copied onto a jobs-board host with no relation "
               "to the channel or the office; hijacked by the split rule, legit for its topic. The capture breaks off "
               "in the third paragraph, which ends here at a clause boundary.",
    ),
]
