import logging

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sahelmap.articles import (Article, decode, iter_sentences, load_articles, read_article, with_date,
                               split_front_matter)
from sahelmap.exc import ArticleError

from .conftest import SEEDS


def test_seeds_load_with_sidecar_metadata():
    arts = {a.id: a for a in load_articles([SEEDS])}
    assert len(arts) == 5
    a = arts["004_5a9b877ad30be908"]
    assert a.date.isoformat() == "2024-05-20"
    assert a.body == (SEEDS / "004_5a9b877ad30be908.txt").read_text(encoding="utf-8")


def test_front_matter_wins_over_sidecar_and_offsets_count_from_body(tmp_path):
    (tmp_path / "articles.yaml").write_text("a1:\n  date: 2020-01-01\n  outlet: Sidecar\n  title: Side\n")
    (tmp_path / "a1.txt").write_text("---\ndate: 2024-04-19\ntitle: Front\n---\nTroops left Agadez.\n")
    art = load_articles([tmp_path])[0]
    assert (art.date.isoformat(), art.title, art.outlet) == ("2024-04-19", "Front", "Sidecar")
    assert art.body.startswith("Troops")
    start = art.body.index("Agadez")
    assert art.body[start:start + 6] == "Agadez"


def test_boilerplate_lines_are_recognised_not_removed():
    art = read_article(SEEDS / "000_b67b63b4f05d383d.txt")
    furniture = [art.body[s:e] for s, e in art.boilerplate]
    assert furniture == ["Share.", "Exit mobile version"]
    sentences = [art.body[s:e] for s, e in art.sentences()]
    assert "Share." not in sentences and all("Exit mobile" not in s for s in sentences)
    art2 = read_article(SEEDS / "002_0c93480edaaab725.txt")
    assert {art2.body[s:e] for s, e in art2.boilerplate} == {"author-image", "Updated On", "New Update"}


def test_related_headlines_under_read_more_are_furniture(tmp_path):
    (tmp_path / "a.txt").write_text("Troops left Niger.\n\nRead More:\nRussia Sends Instructors To Niger\n"
                                    "Mali Ends Accord\n\nThe base closed.\n")
    art = read_article(tmp_path / "a.txt")
    assert [art.body[s:e] for s, e in art.boilerplate] == [
        "Read More:", "Russia Sends Instructors To Niger", "Mali Ends Accord"]
    assert [art.body[s:e] for s, e in art.sentences()] == ["Troops left Niger.", "The base closed."]


def test_archive_photo_captions_and_wire_credits_are_furniture_but_a_days_photo_is_news(tmp_path):
    (tmp_path / "a.txt").write_text(
        "PHOTO: A convoy leaves the base in Ouallam on Tuesday.\n\nThe last troops left Mali on Monday.\n\n"
        "FILE PHOTO: French soldiers patrol in Gao, Mali, August 1, 2019. REUTERS/Benoit Tessier/File Photo\n\n"
        "Reporting by Tangi Salaün in Paris; Editing by Alex Richardson\n\n"
        "Our Standards: The Thomson Reuters Trust Principles.\n\n___\n\n"
        "Associated Press writer Baba Ahmed in Bamako, Mali, contributed to this report.\n")
    art = read_article(tmp_path / "a.txt")
    assert [art.body[s:e] for s, e in art.sentences()] == [
        "PHOTO: A convoy leaves the base in Ouallam on Tuesday.", "The last troops left Mali on Monday."]


def test_sentences_keep_abbreviations_together():
    text = "Maj. Gen. Pat Ryder said the U.S. would leave. Russia's Africa Corps arrived."
    spans = list(iter_sentences(text))
    assert [text[s:e] for s, e in spans] == [
        "Maj. Gen. Pat Ryder said the U.S. would leave.", "Russia's Africa Corps arrived."]


def test_a_clock_time_ends_a_sentence_only_before_a_sentences_first_word():
    text = "Today at 1 p.m. Paris time, the last detachment crossed. It left at 3 p.m. The army said so."
    assert [text[a:b] for a, b in iter_sentences(text)] == [
        "Today at 1 p.m. Paris time, the last detachment crossed.", "It left at 3 p.m.", "The army said so."]


def test_a_footnote_mark_ends_its_sentence():
    text = "France handed over two camps.[1] The ceremony was brief."
    assert [text[a:b] for a, b in iter_sentences(text)] == ["France handed over two camps.", "The ceremony was brief."]


def test_a_transcripts_speaker_label_is_not_part_of_the_sentence():
    text = ("CORRESPONDENT: The handover ceremony lasted an hour.\nMARY LOUISE KELLY, HOST: Why leave?\n"
            "MAJ. GEN. PAT RYDER: We left.\nNIAMEY: Troops left. Q: When?")
    assert [text[a:b] for a, b in iter_sentences(text)] == [
        "The handover ceremony lasted an hour.", "Why leave?", "We left.", "NIAMEY: Troops left.", "Q: When?"]


def test_a_factboxs_labelled_lines_are_one_account_and_other_labels_stay_lines():
    text = ("Key facts\n- Who: about 100 Russian personnel\n- Where: Ouagadougou\n- When: arrived on Wednesday\n\n"
            "Note: no date given. Source: the ministry.")
    assert [text[a:b] for a, b in iter_sentences(text)] == [
        "Key facts", "- Who: about 100 Russian personnel\n- Where: Ouagadougou\n- When: arrived on Wednesday",
        "Note: no date given.", "Source: the ministry."]


def test_an_undated_article_is_read_as_of_the_last_day_it_names(tmp_path, caplog):
    caption = "Biden boards Air Force One, April 19, 2024. Talks began on March 2, 2024."
    (tmp_path / "a.txt").write_text("The US will withdraw, a source said late Friday. " + caption)
    (tmp_path / "b.txt").write_text("After the July 2023 coup: On Monday, May 20th, the US agreed to go.")
    (tmp_path / "c.txt").write_text("The Pentagon said Monday that troops would leave.")
    (tmp_path / "d.txt").write_text("---\ndate: 2024-04-20\n---\nOn April 19, 2024 troops left.")
    loaded = load_articles([tmp_path])
    assert all(a.date is None for a in loaded if a.id != "d")  # reading a file guesses nothing
    with caplog.at_level(logging.WARNING, logger="sahelmap"):
        arts = {a.id: a for a in with_date(loaded)}
    assert (arts["a"].date.isoformat(), arts["a"].date_from_text) == ("2024-04-19", True)
    assert arts["b"].date.isoformat() == "2024-05-20"  # the year in which May 20 is a Monday
    assert arts["c"].date is None and arts["d"].date_from_text is False
    assert [r.getMessage().split(":")[0] for r in caplog.records] == [
        "2 article(s) have no date and are read as of the latest full date they name",
        "1 article(s) have no date and name none, so days such as \"on Monday\" cannot be placed"]
    assert "a.txt (2024-04-19), b.txt (2024-05-20)" in caplog.records[0].getMessage()


def test_a_lower_cased_article_is_named_in_a_warning(tmp_path, caplog):
    body = ("OUAGADOUGOU -- france's special forces have ended their mission in burkina faso, the french army said "
            "on sunday, after the country's military rulers gave them a month to leave. the last soldiers of "
            "operation sabre left the camp in kamboinsin, near ouagadougou, on saturday.")
    (tmp_path / "low.txt").write_text("---\ndate: 2023-02-20\n---\n" + body)
    (tmp_path / "cased.txt").write_text("---\ndate: 2023-02-20\n---\n" + ". ".join(
        s.strip().capitalize() for s in body.split(". ")).replace("france", "France").replace("burkina", "Burkina"))
    with caplog.at_level(logging.WARNING, logger="sahelmap"):
        with_date(load_articles([tmp_path]))
    assert [r.getMessage().split(":")[0] for r in caplog.records] == [
        "1 article(s) have no capital letters, so their place names and sentence ends cannot be told from other words"]
    assert "low.txt" in caplog.records[0].getMessage() and "cased.txt" not in caplog.records[0].getMessage()


def test_unclosed_front_matter_names_the_file(tmp_path):
    p = tmp_path / "x.txt"
    p.write_text("---\ndate: 2024-01-01\nno end\n")
    with pytest.raises(ArticleError, match=r"x.txt:1: front matter"):
        read_article(p)


def test_bad_files_warn_by_name_and_the_rest_loads(tmp_path, caplog):
    (tmp_path / "good.txt").write_text("Troops left Niamey.")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04")
    (tmp_path / "latin.txt").write_bytes("Troupes à Niamey, café.".encode("latin-1"))
    (tmp_path / "huge.txt").write_bytes(b"a" * 2048)
    (tmp_path / "notes.docx").write_bytes(b"x")
    with caplog.at_level(logging.WARNING, logger="sahelmap"):
        arts = load_articles([tmp_path], max_bytes=1024)
    assert sorted(a.id for a in arts) == ["good", "latin"]
    assert next(a for a in arts if a.id == "latin").body.startswith("Troupes à Niamey")
    text = caplog.text
    for name in ("empty.txt", "binary.txt", "latin.txt", "huge.txt", "notes.docx"):
        assert name in text


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_decoding_random_bytes_gives_text_or_a_named_error(raw):
    try:
        text = decode(raw, "fuzz.txt")
    except ArticleError as e:
        assert "fuzz.txt" in str(e)
    else:
        assert isinstance(text, str)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_front_matter_split_never_loses_the_body(text):
    try:
        meta, body = split_front_matter(text, "p.txt")
    except ArticleError:
        return
    assert text.endswith(body)
    art = Article(id="p", body=body)
    for s, e in art.sentences():
        assert 0 <= s < e <= len(body) and body[s:e].strip() == body[s:e]
