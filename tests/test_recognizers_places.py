"""Places found from their frames (villages after their towns)."""

from __future__ import annotations

from conftest import found
from sucai.analyze import Anonymizer


def test_a_village_named_with_a_word_after_its_town(engine: Anonymizer) -> None:
    text = "南部县升钟镇和平村紧邻水库，敦化市大石头镇振兴村的经验在全镇推广。"
    assert "和平村" in found(engine, text, "ADMIN")
    assert "振兴村" in found(engine, text, "ADMIN")
    # 村 opening a word after a verb is no village
    assert found(engine, "县溪镇要求村干部带头，大石头镇发展村级经济。", "ADMIN") == [
        "县溪镇",
        "大石头镇",
    ]


def test_a_district_named_like_a_common_noun_after_its_city_short_form(
    engine: Anonymizer,
) -> None:
    assert found(engine, "焦作解放区要继续抓好城市更新。", "ADMIN") == ["焦作", "解放区"]
    assert found(engine, "抗战时期的解放区人民支援前线。", "ADMIN") == []
