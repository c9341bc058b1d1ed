"""Token-aware splitting (with a whitespace token counter; the model-backed path is in test_engine)."""

from core import chunking


def words(text: str) -> int:
    return len(text.split()) + text.count("。")


def test_short_text_is_one_chunk():
    chunks = chunking.split_text("One paragraph.\n\nAnother one.", 100, words)
    assert [c.text for c in chunks] == ["One paragraph.\n\nAnother one."]


def test_paragraphs_pack_into_chunks_and_join_back():
    paragraphs = [" ".join(f"w{i}_{j}" for j in range(30)) + "." for i in range(10)]
    text = "\n\n".join(paragraphs)
    chunks = chunking.split_text(text, 70, words)
    assert len(chunks) == 5
    assert all(words(c.text) <= 70 for c in chunks)
    assert chunking.join_chunks([c.text for c in chunks], chunks) == text


def test_long_paragraph_splits_at_sentences_then_words():
    sentence = " ".join(["word"] * 12) + "."
    paragraph = " ".join([sentence] * 6)
    huge = " ".join(["x"] * 50)
    chunks = chunking.split_text(paragraph + "\n\n" + huge, 20, words)
    assert all(words(c.text) <= 20 for c in chunks)
    rebuilt = chunking.join_chunks([c.text for c in chunks], chunks)
    assert rebuilt.split() == (paragraph + " " + huge).split()
    assert "\n\n" in rebuilt  # the paragraph break survives


def test_cjk_sentences_split_without_spaces():
    text = "今天天气很好。" * 30
    chunks = chunking.split_text(text, 10, words)
    assert len(chunks) > 1
    assert "".join(c.text + c.joiner for c in chunks) == text


def test_tail_keeps_the_end_at_a_boundary():
    text = "\n\n".join(f"Paragraph {i} has some words." for i in range(20))
    kept = chunking.tail(text, 12, words)
    assert kept == "Paragraph 18 has some words.\n\nParagraph 19 has some words."
    assert chunking.tail("short", 12, words) == "short"
