from sahelmap.articles import Article
from sahelmap.story import lead_index, recalled


def test_the_lead_is_the_first_full_sentence_that_tells_news():
    art = Article(id="a", body="Gabon officers say they have seized power\n\nBy Staff\n\n"
                  "The military rulers say the presence of foreign troops is illegal and unwelcome.\n\n"
                  "Army officers in Gabon said they had taken power in the early hours of Wednesday.")
    assert lead_index(art, art.sentences()) == 3
    plain = Article(id="b", body="A quiet day in the capital, where nothing at all happened to anyone.")
    assert lead_index(plain, plain.sentences()) == 0


def test_what_a_sentence_recalls():
    s = "The coup follows a mutiny on Sunday; the junta took power after ousting the government."
    assert recalled(s) == [s.index("mutiny")]


def test_a_sentence_that_goes_on_with_the_one_before():
    import re

    from sahelmap.story import anaphora, continues

    s = "The deployment, which began in late August, follows a mine's nationalisation."
    trig = re.search("deployment", s)
    assert anaphora(s, trig) and continues(s, trig, "deployment")
    s = "A plane carrying the instructors landed in Niamey."
    assert continues(s, re.search("landed", s), "deployment") and not anaphora(s, re.search("landed", s))
    s = "About 100 servicemen landed in Ouagadougou and a further 200 are expected."
    assert continues(s, re.search("landed", s), "deployment")
    s = "Turkey sent drones to Niger."
    assert not continues(s, re.search("sent", s), "deployment")
