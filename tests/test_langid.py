"""Offline language identification (core.langid): short texts, mixed scripts, target names."""

from __future__ import annotations

import pytest

from core import langid
from core.actions import load_catalog

SHORT_TEXTS = [
    ("en", "Thanks, see you Monday."),
    ("en", "Please send the report by Friday."),
    ("en", "I love this book."),
    ("zh", "谢谢，周一见。"),
    ("zh", "会议改到下午三点。"),
    ("zh", "好的"),
    ("fr", "Merci, à lundi."),
    ("fr", "Envoyez-moi le rapport avant vendredi, s'il vous plaît."),
    ("fr", "J'adore ce livre."),
    ("de", "Danke, bis Montag."),
    ("de", "Das Treffen wurde auf 15 Uhr verschoben."),
    ("de", "Ich liebe dieses Buch."),
    ("ja", "ありがとう、月曜日に会いましょう。"),
    ("ja", "この本が大好きです。"),
    ("ko", "감사합니다, 월요일에 봐요."),
    ("ko", "이 책을 정말 좋아해요."),
    ("es", "Gracias, nos vemos el lunes."),
    ("es", "Me encanta este libro."),
    ("es", "Por favor, envíame el informe antes del viernes."),
    ("ru", "Спасибо, увидимся в понедельник."),
]


@pytest.mark.parametrize(("code", "text"), SHORT_TEXTS)
def test_short_texts(code, text):
    assert langid.detect(text).code == code


def test_mixed_scripts_go_by_the_bulk_of_the_text():
    # A Latin product name inside Chinese stays Chinese; a Chinese word quoted in English stays
    # English; kana marks Japanese even among Han characters.
    assert langid.detect("请把PDF文件发给Tom，谢谢。").code == "zh"
    assert langid.detect("In Chinese, 你好 simply means hello to whoever you meet.").code == "en"
    assert langid.detect("東京の図書館に行きました。").code == "ja"
    # A stray kana character in Chinese does not make it Japanese.
    assert langid.detect("这是我的の书，我很喜欢看书。").code == "zh"


def test_confidence_reflects_length_and_mixing():
    long_en = langid.detect("The village library was built in 1952 and now holds more than six hundred books.")
    assert long_en.code == "en" and long_en.confidence > 0.9
    pure, mixed = langid.detect("村里的图书馆建于1952年。"), langid.detect("村里的 library 建于1952年 and the books")
    assert pure.confidence == 1.0 and mixed.confidence < pure.confidence


def test_nothing_to_go_by():
    for text in ("", "   ", "1952", "!!! ???", "3.14 + 2 = 5.14"):
        assert langid.detect(text) == langid.Language(langid.UNDETERMINED, 0.0)


def test_every_target_language_maps_to_a_code_the_detector_gives():
    catalog = load_catalog()
    detectable = set(langid.LATIN_LANGUAGES) | set(langid.SCRIPT_LANGUAGE.values()) | {"zh", "ja"}
    for name in catalog.language_names:
        code = langid.target_code(name)
        assert code in detectable, name
    assert langid.target_code("Simplified Chinese (简体中文)") == "zh"
    assert langid.target_code("繁體中文") == "zh"
    assert langid.target_code(" french ") == "fr"
    assert langid.target_code("法语") == "fr"
    assert langid.target_code("Klingon") is None


def test_same_language():
    assert langid.same_language("zh", "zh-tw")
    assert not langid.same_language("en", "fr")


def test_mentioned_language():
    assert langid.mentioned_language("Rewrite it in plain English, please") == "en"
    assert langid.mentioned_language("改成英文") == "en"
    assert langid.mentioned_language("make it sound French and then German") == "fr"
    assert langid.mentioned_language("make it shorter, it is too long") is None
