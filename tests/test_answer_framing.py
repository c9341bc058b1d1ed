"""What a small model wraps around an answer is left out: lead-ins, greetings, sign-offs."""

from __future__ import annotations

from core.answer_framing import strip_framing
from core.quality import greetings

EMAIL = "Dear Ken,\n\nCould you send me the sales figures by Wednesday?\n\nThank you,\nPriya"


def test_a_summary_loses_every_greeting_and_sign_off():
    answer = "Dear Ken,\n\nPriya asks Ken for the sales figures by Wednesday.\n\nBest regards,\n[Your Name]"
    text, removed = strip_framing(EMAIL, answer, "all")
    assert text == "Priya asks Ken for the sales figures by Wednesday."
    assert removed == ["Dear Ken,", "Best regards,", "[Your Name]"]
    assert greetings(text) == []
    # Chinese, and a sign-off the model put first.
    assert strip_framing("各位同事：下周一搬家。", "谢谢！\n李娜说会议改到周四。", "all") == ("李娜说会议改到周四。", ["谢谢！"])
    assert strip_framing("x", "各位同事，\n下周一搬家。\n\n此致\n行政部", "all") == ("下周一搬家。", ["各位同事，", "此致", "行政部"])


def test_a_lead_in_goes_unless_the_text_starts_the_same_way():
    answer = "Here's a rewritten version of the text with some minor edits:\n\nThe release fixes three bugs."
    assert strip_framing("The release fixes bugs.", answer, "added") == (
        "The release fixes three bugs.", ["Here's a rewritten version of the text with some minor edits:"])
    assert strip_framing("x", "4.2 版用中文回答：\n\n账簿通 4.2 版发布说明", "all")[0] == "账簿通 4.2 版发布说明"
    agenda = "Agenda:\n- budget\n- hiring"
    assert strip_framing(agenda, "Agenda:\n- the budget\n- new hires", "added") == ("Agenda:\n- the budget\n- new hires", [])


def test_a_rewrite_keeps_the_greeting_and_sign_off_its_text_had():
    rewritten = "Dear Ken,\n\nPlease send me the sales figures by Wednesday.\n\nThank you,\nPriya"
    assert strip_framing(EMAIL, rewritten, "added") == (rewritten, [])
    added = "Hi there,\n\nThe figures are due on Wednesday.\n\nBest regards,\n[Your Name]"
    assert strip_framing("The figures are due on Wednesday.", added, "added") == (
        "The figures are due on Wednesday.", ["Hi there,", "Best regards,", "[Your Name]"])


def test_only_whole_lines_at_the_edges_go_and_never_the_whole_answer():
    inline = "Hi Tom, the meeting moves to Friday at 2 pm, and thanks for the notes."
    assert strip_framing("x", inline, "all") == (inline, [])
    assert strip_framing("x", "Thank you,", "all") == ("Thank you,", [])
    middle = "The bridge closes in March.\nThanks to the council, cyclists can still cross.\nIt reopens in May."
    assert strip_framing("x", middle, "all") == (middle, [])
    # A long last line is content, not a signature.
    story = "The train stopped.\nBest of all, the snow kept falling on the quiet fields all night long."
    assert strip_framing("x", story, "all") == (story, [])
