"""Backfill: drafts placed by the sentences around them (through the extractor, which drafts them)."""

import datetime as dt

from .conftest import read


def test_the_base_is_the_one_base_the_story_named_before_and_none_of_a_towns(extractor):
    agadez = read(extractor, dt.date(2024, 8, 7), "Traders sold cement to the contractors who built Air Base 201. "
                  "The drones watched the Sahel until Niger's junta ordered the Americans out.\n\nOn Monday, the last "
                  "American C-17 lifted off from the base, the Pentagon said.")
    abeche = read(extractor, dt.date(2025, 1, 12), "Chadian troops took control of the French military base in Abeche "
                  "on Saturday. The French army said its soldiers had left the base in recent days. French forces are "
                  "due to leave the Kossei base in N'Djamena by the end of January.", "b")
    assert ("withdrawal", "completed", dt.date(2024, 8, 5), "Air Base 201") in [
        (e.type, e.subtype, e.start, e.place) for e in agadez]
    assert [e.place for e in abeche if e.start == dt.date(2025, 1, 11)] == ["Abéché"]


def test_a_new_base_is_the_base_named_next(extractor):
    agadez = read(extractor, dt.date(2019, 11, 2), "The U.S. military began flying armed drones from a new base in "
                  "central Niger on Friday, the Pentagon's Africa Command said.\n\nNigerien Air Base 201, built near "
                  "the city of Agadez at a cost of some $110 million, is the largest project of its kind.")
    assert [(e.type, e.subtype, e.start, e.place) for e in agadez] == [
        ("base", "operational", dt.date(2019, 11, 1), "Air Base 201")]
