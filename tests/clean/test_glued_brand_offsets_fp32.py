"""An artist's name between enumeration commas (…知更、9m88、甜約翰…, a music-news page of dev-v40-bearmercury,
bm40-013) read as glued to its neighbours: glued_brands asked the normalised line at the written line's
offsets. Read where the name stands, it is glued to nothing; a brand glued into a sentence still is, and its
tail takes no numbers of the sentence after it."""
from __future__ import annotations

from scraper.clean.brandshapes import glued_brands


def test_a_name_between_enumeration_commas_on_a_spaced_line_is_no_glued_brand():
    line = ("将有入围本届「最佳新人奖」等多项大奖的 ØZI、许书豪、Karencici、知更、9m88、甜约翰、瑞玛席丹等 10 组艺人参演，"
            "预计於 6 月 28 日至 6 月 29 日举行。")
    assert glued_brands([line]) == []
    # the same name glued into a sentence is still read, without the sentence's numbers after it
    assert glued_brands(["学校9m88学生会于5月14日晚17时在教一103举行活动"]) == ["9m88"]
