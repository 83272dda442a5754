"""Forms of news text that held-out round 8 showed `init --from-article` misreading, written as
invented sentences from many topics (none from the benchmark's articles): vessels named after their
kind, a coast guard, "and" inside a place's name, "St." before a name, short country names; who says
it when a quote, a title and a description come before "said in a statement", when a relative clause
stands between subject and verb, when "the release" or "the statement" speaks for the body that
issued it; and lines of a page that name no actor and count nothing (addresses, copyright lines, a
headline in title case). Each is drafted with the real command's drafting."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from drafted import claimants

from generator.authoring.drafting import Draft, draft, read_article
from generator.checking.text import LONGEST, SENTENCE_END
from generator.format.numbers import number_in_text


def _draft(tmp_path: Path, body: str, head: str = "A day of news\n\nThe day began quietly.\n\n") -> Draft:
    path = tmp_path / "report.txt"
    path.write_text(f"{head}{body}\n", encoding="utf-8")
    return draft(read_article(path), "report", "report.txt", dt.date(2020, 1, 1))


def _actor(result: Draft, name: str) -> dict[str, Any] | None:
    return next(
        (a for a in result.actors if a["name"].removeprefix("the ").removeprefix("The ") == name), None
    )


KINDS = [
    # a vessel named after its kind, before or after the name
    ("The crew of the fishing vessel Northern Star was rescued near Dover.", "Northern Star", "object"),
    ("The tanker Ocean Pride ran aground off the coast of Kenya on Monday.", "Ocean Pride", "object"),
    ("The ferry Spirit of Tasmania was held in port by the storm.", "Spirit of Tasmania", "object"),
    ("The Polar Dawn, a research vessel, carried 40 scientists to the ice shelf.", "Polar Dawn", "object"),
    ("Two passing yachts — Sea Breeze and Blue Heron — picked up the swimmers.", "Blue Heron", "object"),
    ("The cutter Resolute towed the barge to the harbour.", "Resolute", "object"),
    # a coast guard is a state's service, not an armed group
    ("The Japan Coast Guard sent two planes to search the area.", "Japan Coast Guard", "government-body"),
    ("Divers from the Coast Guard searched the wreck on Tuesday.", "Coast Guard", "government-body"),
    # "and" inside a place's name
    ("Fishing boats from Trinidad and Tobago joined the search.", "Trinidad and Tobago", "place"),
    ("The ferry sails to the Lark and Heron Islands every week.", "Lark and Heron Islands", "place"),
    # "St." before a name
    ("Flights from St. Louis were cancelled because of the snow.", "St. Louis", "place"),
    # short names of countries
    ("Exports of lamb to the UK fell sharply last year.", "UK", "place"),
    # an island named with its kind
    ("The boat capsized near Grand Moreland island in the early morning.", "Grand Moreland", "place"),
    ("Walkers on the Isle of Mull found the stranded whale.", "Isle of Mull", "place"),
    # a storm's name, a board or a unit of a state
    ("Schools closed as Hurricane Odile moved up the coast.", "Hurricane Odile", "object"),
    ("Roofs were torn off when Typhoon Kammuri made landfall.", "Typhoon Kammuri", "object"),
    (
        "The National Transport Board ordered the airline to ground its jets.",
        "National Transport Board",
        "government-body",
    ),
    (
        "The Regional Malaria Control Unit sprayed the district.",
        "Regional Malaria Control Unit",
        "government-body",
    ),
    # a ground or a port named with its kind; a company named after what it makes
    ("Rangers counted 30 rhinos in the Lomba Wildlife Sanctuary.", "Lomba Wildlife Sanctuary", "place"),
    ("Tourists crowded the Silver Falls Bird Park on Sunday.", "Silver Falls Bird Park", "place"),
    ("Dockers walked out at the Port of Kestrel on Monday.", "Port of Kestrel", "place"),
    (
        "The film was made by Harbour Light Productions in two months.",
        "Harbour Light Productions",
        "organisation",
    ),
    # a title after a body's name, before a one-word name
    ("Lomba Wildlife Sanctuary Conservator Okello said the fence was cut.", "Okello", "person"),
    ("The Silver Falls Museum Curator Adeyemi found the letters in a box.", "Adeyemi", "person"),
    # a customs service is a state's body
    (
        "Heroin was seized at the port by Norland Customs & Excise on Friday.",
        "Norland Customs & Excise",
        "government-body",
    ),
    # a town's name written without its accents ("Zurich" for "Zürich")
    ("Officials said Zurich would host the talks in May.", "Zurich", "place"),
    # a branch of a company ("an Acme in ..."); a one-letter word in a name; "New" before a name
    ("The winning ticket was sold at a Brightmart in Lakeside on Friday.", "Brightmart", "organisation"),
    ("Shoppers queued outside Games R Fun in the mall on Saturday.", "Games R Fun", "organisation"),
    ("Trawlers from New Caledon joined the search on Monday morning.", "New Caledon", "place"),
    # a country whose name also opens a company's is still the country
    ("Kenya’s competition regulator fined Kenya Cements and two other firms on Monday.", "Kenya", "place"),
    # a first name with a people's ending ("Sebastian"), the family name written alone later
    (
        "Adrian Kowal works at the city museum. Last year, Kowal found the bones in a quarry.",
        "Adrian Kowal",
        "person",
    ),
    # a company's legal form spelled out
    (
        "Shares of Norgate Telecom Limited rose sharply on Monday morning.",
        "Norgate Telecom Limited",
        "organisation",
    ),
    # round 11: "and" between the subjects of one state body
    (
        "The Norland Parks and Wildlife Service counted the herd on Monday.",
        "Norland Parks and Wildlife Service",
        "government-body",
    ),
    (
        "The Fish and Game Department fined the trawler on Monday.",
        "Fish and Game Department",
        "government-body",
    ),
    # a company told by its legal form, its chief executive, or what it is before its name
    ("Orbital Freight, Inc. said it would cut 40 jobs at the depot.", "Orbital Freight", "organisation"),
    ("Former Brightmart CEO Dana Cole sold her shares in March.", "Brightmart", "organisation"),
    ("Hedge fund Larkspur says it backs the merger.", "Larkspur", "organisation"),
    ("The crypto exchange Bitvale froze all withdrawals on Monday night.", "Bitvale", "organisation"),
    # a cape, and a place's name before its type in lower case
    ("The ferry sails past Cape Marlow each morning.", "Cape Marlow", "place"),
    ("Trawlers crowded the Dunmore Bank zone in spring.", "Dunmore Bank", "place"),
    # an honorific written without a stop; a person "of" a body named after the honorific
    ("Ms Aroha Tane opened the bakery, her cousin Mr Rangi Tane Walker said.", "Rangi Tane Walker", "person"),
    ("Mr Tomas Brandt of Blue Ridge Guides said the trail was closed.", "Blue Ridge Guides", "organisation"),
]


KINDS += [
    # round 12: a county's executive is a title before a person's name
    ("Harbour County Executive Dana Whitlock said the pier would reopen.", "Dana Whitlock", "person"),
    # a society, a parish, a daily paper, a facility
    (
        "Members of the Northern Rowing Society cleared the river bank.",
        "Northern Rowing Society",
        "organisation",
    ),
    ("Floodwater reached homes in Bellmont Parish on Monday.", "Bellmont Parish", "place"),
    ("A photograph in the Kestrel Daily showed the flooded square.", "Kestrel Daily", "media-outlet"),
    ("Workers at the Kestrel Pumping Facility were sent home.", "Kestrel Pumping Facility", "place"),
]

KINDS += [
    # round 19: a company's shares that move; a side in a game with a score
    ("Brennick Holloway shares fell 9 percent on Friday.", "Brennick Holloway", "organisation"),
    ("In the other game, Eastvale drew 1-1 at home to Northtown.", "Eastvale", "organisation"),
    ("In the other game, Eastvale drew 1-1 at home to Northtown.", "Northtown", "organisation"),
    ("Rovers earned a 2-0 victory over local rivals Kestrel Albion.", "Kestrel Albion", "organisation"),
    ("The officer beat Ana Ruiz with a baton, the court heard.", "Ana Ruiz", "person"),
]

KINDS += [
    # round 21: a mountain's top, a hospital named as a centre, an industry's council, a committee for
    # emergencies, what a charity's or a company's "Services" provide
    ("Climbers reached the top of Kessel Peak on Monday.", "Kessel Peak", "place"),
    ("Snow closed the trail below Orwell Peak for a week.", "Orwell Peak", "place"),
    ("The boy was taken to Orwell Medical Center on Friday.", "Orwell Medical Center", "organisation"),
    (
        "Nurses at the Kessel Valley Medical Centre went on strike.",
        "Kessel Valley Medical Centre",
        "organisation",
    ),
    ("The Dairy Council of Norland said milk prices would rise.", "Dairy Council of Norland", "organisation"),
    ("Complaints to the Better Business Bureau doubled in May.", "Better Business Bureau", "organisation"),
    (
        "The Harbour Emergency Committee said 40 homes were flooded.",
        "Harbour Emergency Committee",
        "government-body",
    ),
    ("Donors can call Orwell Aid Blood Services on Monday.", "Orwell Aid Blood Services", "organisation"),
    (
        "Brill Property Claim Services counted 900 claims after the storm.",
        "Brill Property Claim Services",
        "organisation",
    ),
    ("The Norland Weather Service warned of hail on Tuesday.", "Norland Weather Service", "government-body"),
]


@pytest.mark.parametrize(("text", "name", "kind"), KINDS)
def test_the_kind_of_each_name(tmp_path: Path, text: str, name: str, kind: str) -> None:
    result = _draft(tmp_path, text)
    actor = _actor(result, name)
    assert actor is not None, [a["name"] for a in result.actors]
    assert actor["kind"] == kind, actor


SPEAKERS = [
    # a quote, an abbreviated title, a description after the name, "said in a statement"
    (
        "“We will rebuild the school,” Supt. Mary Olsen, head of the district's schools, said in a statement.",
        "Mary Olsen",
        "We will rebuild the school",
    ),
    # a long sentence whose own "who said" is not the speaker
    (
        "Firefighters were called at midnight by neighbours who said they smelled smoke from the bakery, "
        "the Springfield Fire Department said in a press release.",
        "Springfield Fire Department",
        "Firefighters were called at midnight",
    ),
    # a relative clause between the subject and the verb
    (
        "Acme Foods, which employs more than 900 people in the valley, said on Monday that the plant would close.",
        "Acme Foods",
        "the plant would close",
    ),
    # a quote opened with one mark and closed with another
    (
        '“Nobody was hurt in the blast," Fire Chief Dana Cole said.',
        "Dana Cole",
        "Nobody was hurt in the blast",
    ),
    # the release or the statement speaks for the body that issued it
    (
        "The Dairy Board issued a press release on Tuesday. “Milk prices will rise in spring,” the release said.",
        "Dairy Board",
        "Milk prices will rise in spring",
    ),
    (
        "The Wildlife Service released a statement on Friday. Two wolves were seen near the village, "
        "according to the statement.",
        "Wildlife Service",
        "Two wolves were seen near the village",
    ),
    (
        "Riverside Rovers issued a statement on Sunday. “We are shocked by the news,” the statement reads.",
        "Riverside Rovers",
        "We are shocked by the news",
    ),
    # a body described by what it is, named before only by its name; its acronym
    (
        "Lakeside Markets closed 12 stores. The grocery chain, which has 80 outlets in the state, said in "
        "a statement that the stores would reopen on Friday.",
        "Lakeside Markets",
        "the stores would reopen",
    ),
    (
        "Northern Grain Cooperative cut its prices. NGC said in a statement that the harvest was late. "
        "No farmer has lost a contract, according to the statement, which did not name the buyers.",
        "Northern Grain Cooperative",
        "No farmer has lost a contract",
    ),
    # verbs that state something only before "that"
    ("Coach Lisa Park maintained that her players had done nothing wrong.", "Lisa Park", "her players had"),
    ("Judge Omar Haddad indicated that a verdict could come next week.", "Omar Haddad", "a verdict could"),
    (
        "Senator Paula Reyes vowed that the bill would pass before the summer.",
        "Paula Reyes",
        "the bill would",
    ),
    ("Witness Carla Duarte testified that she saw the driver run the red light.", "Carla Duarte", "she saw"),
    # a report released by a body, its finding
    (
        "The report, released on Tuesday by the Institute for Fiscal Studies, found that taxes would rise.",
        "Institute for Fiscal Studies",
        "taxes would rise",
    ),
    # a quote of two sentences opened with one mark and closed with another, then one more quote
    (
        '“The bridge is closed. Engineers will inspect it tonight," acting Mayor Lena Holt said. '
        '"This is a serious crack."',
        "Lena Holt",
        "This is a serious crack",
    ),
    # a body's name before "officials say": the body speaks
    (
        "The Harbour Board closed the north quay on Monday. Harbour Board officials say the quay will "
        "reopen in June.",
        "Harbour Board",
        "the quay will reopen in June",
    ),
    # a second statement in a participle after the speaker
    (
        "“The fire is contained,” said Omar Velez, a spokesman for the park service, adding the trails "
        "would stay closed until the weekend.",
        "Omar Velez",
        "the trails would stay closed",
    ),
    # "issued a statement," and the quote after it
    (
        "In a short statement, Brightwater Rail, which runs the night trains, issued a statement, “All "
        "services will run normally from Friday.”",
        "Brightwater Rail",
        "All services will run normally",
    ),
    # a body described with a word of its name and an adjective of its country
    (
        "The runway was closed, the Civil Aviation Authority of Norland said. “No one was hurt,” the "
        "Norlandic aviation agency said in a statement.",
        "Civil Aviation Authority of Norland",
        "No one was hurt",
    ),
    # a family name of two words, written alone after the full name
    (
        "The court fined Ana Ruiz Ortega for fraud on Monday. Ruiz Ortega told reporters that the "
        "verdict was unfair.",
        "Ana Ruiz Ortega",
        "the verdict was unfair",
    ),
    # a country's body written in lower case, of three words before its noun
    (
        "Norland’s national flood warning agency said the river would crest on Sunday.",
        "Norland’s national flood warning agency",
        "the river would crest",
    ),
    # an act and its object: "has announced discovery of"
    (
        "The National Mint has announced discovery of a forged coin in circulation.",
        "National Mint",
        "has announced discovery of a forged coin",
    ),
    # round 11: a body told, then what it was told; a participle inside what was said
    (
        "The Water Board has notified the city council that the dam repairs will start in June.",
        "Water Board",
        "the dam repairs will start",
    ),
    (
        "The Rail Authority has notified the operators that timetables announced Feb. 3 will change in May.",
        "Rail Authority",
        "timetables announced Feb. 3 will change",
    ),
    # "estimates" and "expressed that"
    (
        "The Crop Bureau estimates farmers will lose a third of the harvest.",
        "Crop Bureau",
        "farmers will lose",
    ),
    (
        "Mayor Ines Duarte expressed that the new bridge would open in spring.",
        "Ines Duarte",
        "the new bridge would open",
    ),
    # a company's legal form between its name and the verb
    ("Orbital Freight, Inc. said it would cut 40 jobs at the depot.", "Orbital Freight", "cut 40 jobs"),
    # a long description between the name and the verb
    (
        "“The vaccine is safe,” Dr Lena Ortiz, director of the Office of Vaccine Safety and Quality "
        "Assurance in the Norland Ministry of Health and Welfare Services, said in a statement.",
        "Lena Ortiz",
        "The vaccine is safe",
    ),
    # "The Department" capitalised inside a quote, "the department" outside: the body named in full
    (
        "The Roads Department of Norland closed the mountain pass on Friday. “The Department regrets the "
        "delay to travellers,” the department said in a statement.",
        "Roads Department of Norland",
        "The Department regrets the delay",
    ),
    # "and says" after a clause of the sentence's subject; "the 61-year-old" for the one named with 61
    (
        "Ms Ana Costa runs the inn by the lake. She moved to Norland in 2009 and says she plans to open a "
        "bakery.",
        "Ana Costa",
        "she plans to open a bakery",
    ),
    (
        "Ms Ana Costa, 61, opened the inn in June. “I wanted a quiet life,” the 61-year-old said last month.",
        "Ana Costa",
        "I wanted a quiet life",
    ),
    # a statement named by its noun, the speaker after "from" or "by"
    (
        "Shares fell after claims from the troubled lender Harbour Credit that it had been insolvent since "
        "March, adding to the gloom.",
        "Harbour Credit",
        "it had been insolvent since March",
    ),
    (
        "The town rejected warnings by the Norland Weather Office that the river would flood, the mayor said.",
        "Norland Weather Office",
        "the river would flood",
    ),
    # the person "of" a body, with a relative clause before the verb
    (
        "The ridge was closed to all climbers, Mr Tomas Brandt of Blue Ridge Guides, who runs the huts, said.",
        "Tomas Brandt",
        "The ridge was closed",
    ),
    # round 12: an audience told, a few quoted words inside what was said, a body's report
    (
        "The pier will stay shut until Friday, Mayor Ana Ruiz told a morning news conference.",
        "Ana Ruiz",
        "pier will",
    ),
    ("The crew was tired but in “good heart”, Captain Ana Ruiz said.", "Ana Ruiz", "The crew was tired"),
    (
        "Ferry crossings fell 12 percent last year, according to a new Harbour Safety Council report.",
        "Harbour Safety Council",
        "Ferry crossings fell",
    ),
]


SPEAKERS += [
    # round 21: a title's or an initial's stop after "according to"; a seat and a post in capitals set
    # off before the name; "according to the X website", then "the website said"
    (
        "According to Dr. Lena Ortiz, the patient may need more surgery.",
        "Lena Ortiz",
        "the patient may need more surgery",
    ),
    (
        "The ward will reopen in May, according to Gov. Ana P. Ruiz.",
        "Ana P. Ruiz",
        "The ward will reopen in May",
    ),
    ("“We will fix the road,” said District 4 Council Member, Ana Ruiz.", "Ana Ruiz", "We will fix the road"),
    ("In reply, Ward 3 Council Member Bo Lund said, “We have a plan for it.”", "Bo Lund", "We have a plan"),
    # "with X saying (...) that ...": what X says in a participle's clause
    (
        "Eighty people remain missing after a ferry sank off Kessel, with the Harbour Board saying the "
        "vessel had capsized.",
        "Harbour Board",
        "the vessel had capsized",
    ),
    # "&" inside a body's name before "officials say"
    (
        "Ana Ruiz, Customs and Harbour Protection Area Director of Kessel, said the ship docked on Monday. "
        "U.S. Customs & Harbour Protection officials say it was their largest seizure in 21 years.",
        "U.S. Customs & Harbour Protection",
        "largest seizure",
    ),
    # an act, then ", saying ...": what the act's subject says
    (
        "Teachers in the Kessel School District went on strike on Monday. Earlier, the district had "
        "expressed hope in a Facebook post, saying a deal was within reach.",
        "Kessel School District",
        "a deal was within reach",
    ),
    (
        "The Harbour Board issued a notice on Friday, saying the pier would stay shut until May.",
        "Harbour Board",
        "the pier would stay shut",
    ),
    # a station's call sign and band opening a sentence
    (
        "It was not clear how many were hurt. KXYZ-AM reported that one body was seen in the river.",
        "KXYZ-AM",
        "one body was seen",
    ),
    (
        "Fares rose 4 percent last year, according to the Harbour Ferry Company website.",
        "Harbour Ferry Company",
        "Fares rose 4 percent",
    ),
    (
        "Hiking is risky in summer, according to the Kessel National Park website, which lists tips. "
        "“Stay below the ridge in a storm,” the website said.",
        "Kessel National Park",
        "Stay below the ridge",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "phrase"), SPEAKERS)
def test_the_speaker_of_each_form(tmp_path: Path, text: str, speaker: str, phrase: str) -> None:
    result = _draft(tmp_path, text)
    names = {actor["id"]: actor["name"] for actor in result.actors}
    claims = [c for c in result.claims if phrase.lower() in c["statement"].lower()]
    assert claims, [c["statement"] for c in result.claims]
    who = [names[c["claimants"][0]] if "claimants" in c else None for c in claims]
    assert any(w is not None and w.removeprefix("The ").endswith(speaker) for w in who), (who, names)


def test_a_list_of_addresses_names_no_actor_and_counts_nothing(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "The bakery chain recalled its rye bread on Friday at these stores:\n\n"
        "  • Harbor Mall – 1420 Harbor Boulevard, Riverton, OR 97001\n"
        "  • 2200 County Road 12 W, Millbrook, AL 36054\n"
        "  • Lake Plaza – 11241 S.W. 40th Street, Lakeside, FL 33165\n"
        "  • 5600 West Sample Road, Coral Creek\n\n"
        "The chain said no one had fallen ill.\n",
    )
    names = [a["name"] for a in result.actors]
    assert not {"Street", "County Road", "Harbor Boulevard", "West Sample Road", "S.W"} & set(names), names
    assert not {"Harbor Mall", "Lake Plaza", "Riverton", "Millbrook"} & set(names), names
    assert not {1420, 2200, 11241, 5600, 40, 12} & {n["value"] for n in result.numbers}, result.numbers


def test_a_copyright_line_and_a_headline_in_title_case_name_no_actor(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "Crews rescued 12 hikers from the canyon on Saturday, the county sheriff said.\n\n"
        "™ & © 2021 Example Media Network, Inc., a Big Studio Company. All rights reserved.",
        head="Sheriff Crews Rescue Stranded Hikers\n\n",
    )
    names = [a["name"] for a in result.actors]
    assert not [n for n in names if "Rescue" in n or "Example" in n or "Studio" in n or n == "Inc"], names


def test_a_word_opening_a_sentence_that_the_article_writes_in_lower_case_is_no_actor(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "Hospitals are frequent targets of cyberattacks. Many hospitals keep paper files.\n\n"
        "Glaciers are melting faster, and glaciers in the Alps lost a tenth of their ice.",
    )
    names = [a["name"] for a in result.actors]
    assert "Hospitals" not in names and "Glaciers" not in names, names
    assert _actor(result, "Alps") is not None, names


def test_it_was_reported_is_said_by_no_one_named(tmp_path: Path) -> None:
    result = _draft(tmp_path, "It was reported the ferry Blue Star was taking on water near Crete.")
    claims = [c for c in result.claims if "taking on water" in c["statement"]]
    assert claims and claims[0].get("unattributed") is True, result.claims
    assert claims[0]["statement"].startswith("The ferry Blue Star"), claims


def test_a_number_opening_the_slug_after_year_and_month_is_no_day(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "Rescuers pulled 13 people from a sinking boat on Friday, the harbour police said.",
        head="https://news.example.org/coast/2022/10/13-people-rescued-from-sinking-boat\n\n",
    )
    assert result.source.get("published") in (None, "TODO"), result.source
    assert not [e for e in result.events if str(e["date"]).startswith("2022")], result.events


def test_a_date_line_ending_with_its_publisher(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "Published Apr 2, 2015 8:10 AM by The Harbour Review\n\n"
        "The Sector Galveston command of the coast guard closed the channel on Tuesday after a spill.",
        head="Channel Closed After Spill\n\n",
    )
    assert result.source.get("published") == "2015-04-02", result.source
    outlet = _actor(result, "Harbour Review")
    assert outlet is not None and outlet["kind"] == "media-outlet", result.actors
    sector = _actor(result, "Sector Galveston")
    assert sector is not None and sector["kind"] == "government-body", result.actors


def test_sentences_glued_by_a_stop_are_two(tmp_path: Path) -> None:
    """A page that drops the space after a stop ("the harbour.Officials said ...") still has two
    sentences: neither claim runs on into the next one."""
    result = _draft(
        tmp_path,
        "Rangers said a herd of 40 deer had crossed the frozen river and wandered into the town of "
        "Northfield in the night, where residents woke to find them grazing on lawns and in the park "
        "beside the harbour.Park officials said the herd would be guided back across the river in the "
        "morning by wardens on foot, with help from volunteers and the town's fire crews.",
    )
    statements = [c["statement"] for c in result.claims]
    assert any(s.startswith("A herd of 40 deer") for s in statements), statements
    assert all("harbour.Park" not in s and len(s.split()) <= 40 for s in statements), statements


HEADS = [
    # a header's day with an ordinal and a second date after a bar
    (
        "Published: 04th March 2016 07:15 AM  |   Last Updated: 04th March 2016 07:15 AM   |  A+A-\n\n",
        "2016-03-04",
    ),
    # a header's day in figures, month first as American pages write it
    ("by Dana Whitlock\nPosted 03/09/15, 9:40 am\n\n", "2015-03-09"),
    # a day that cannot be a month first is read day first
    ("Updated 25/11/13\n\n", "2013-11-25"),
    # round 11: a label and its date after a repeated headline; an empty byline before a date; a wire's
    # date line with the day at its end
    ("Ferry fares cut on all routes Published:  4 March, 2016\n\n", "2016-03-04"),
    ("by: - June 9, 2018\n120 Views\n\n", "2018-06-09"),
    ("Lisbon, May 4 (AFP) May 04, 2017\n", "2017-05-04"),
    # round 12: fields cut by bars, a source's name and a date with its time among them
    ("Source: Harbour Wire| 2016-03-04 10:15:00|Editor: Ann Lee\n\n", "2016-03-04"),
]


HEADS += [
    # round 21: a reporter's name and the day on one line; a credit closed by a semicolon
    ("Ana Ruiz 5 July 2017\n\n", "2017-07-05"),
    ("Ana P. Ruiz May 4, 2016\n\n", "2016-05-04"),
    ("By Ana Ruiz;\nMarch 4, 2016\n\n", "2016-03-04"),
]


@pytest.mark.parametrize(("head", "published"), HEADS)
def test_the_date_of_each_header(tmp_path: Path, head: str, published: str) -> None:
    result = _draft(
        tmp_path,
        "The ferry company cut its fares on Tuesday, its chief executive said.",
        head=f"Ferry fares cut\n\n{head}",
    )
    assert result.source.get("published") == published, result.source
    assert [e["date"] for e in result.events if "fares" in e["title"]], result.events


def test_a_span_of_days_ago_gives_no_day(tmp_path: Path) -> None:
    """ "10-12 days ago" is no one day: the event is left for the reviewer to date."""
    result = _draft(
        tmp_path,
        "A rare orchid was found in the gorge, and botanists said it had flowered 10-12 days ago.",
        head="Orchid found\n\nPublished: 14 May 2017\n\n",
    )
    dates = [e["date"] for e in result.events if "flowered" in e["title"] or "span" in e.get("date_note", "")]
    assert dates == ["TODO"], result.events


def test_a_towns_dateline_with_a_colon_names_a_place(tmp_path: Path) -> None:
    """ "SALEM: The ..." (a town in capitals and a colon, after a teaser) is where it was filed."""
    result = _draft(
        tmp_path,
        "Farmers fear a second dry year.\n\nSALEM: The state's reservoirs held a third of their water on "
        "Friday, officials said.",
    )
    salem = _actor(result, "Salem")
    assert salem is not None and salem["kind"] == "place", result.actors


def test_a_text_pasted_as_one_paragraph_is_drafted(tmp_path: Path) -> None:
    """A page copied without its headline or paragraph breaks: the first sentence stands in for the
    headline and the whole paragraph is drafted."""
    path = tmp_path / "report.txt"
    path.write_text(
        "The river authority closed 14 locks on Monday after the floods. Harbour Lines said its barges "
        "would wait at Dunmore for a week. “We cannot move a single boat,” said Ines Carvalho, the "
        "company’s director.\n",
        encoding="utf-8",
    )
    result = draft(read_article(path), "report", "report.txt", dt.date(2020, 1, 1))
    title = result.source["title"]
    assert title.startswith("The river authority closed 14 locks") and len(title) <= 300, title
    assert 14 in {n["value"] for n in result.numbers}, result.numbers
    assert _actor(result, "Ines Carvalho") is not None, result.actors


def test_a_weather_widget_above_the_headline_is_furniture(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "Updated May 2, 2019 - 8:05 am\n\nThe town council voted 5 to 2 on Tuesday to close the pool.",
        head="54°F\nweather icon Partly Cloudy\n\nTown votes to close its pool\n\n",
    )
    assert result.source["title"] == "Town votes to close its pool", result.source
    assert result.source.get("published") == "2019-05-02", result.source
    assert 54 not in {n["value"] for n in result.numbers}, result.numbers


def test_a_conviction_stated_by_a_group_is_unattributed(tmp_path: Path) -> None:
    """ "the inspectors are certain that ...": a claim, by a group that names no one."""
    result = _draft(
        tmp_path,
        "After a week at the mill, the inspectors are certain that the fire was started on purpose.",
    )
    claims = [c for c in result.claims if "started on purpose" in c["statement"]]
    assert claims and claims[0].get("unattributed") is True, result.claims


NOT_ACTORS = [
    # a title alone, after the name it ends ("Secretary General of ...")
    ("“We found it intact,” said Dr Lena Ortiz, Secretary General of the Heritage Council.", "General"),
    # a photo's credit
    ("Lava flows down the slope, July 3, 2015. Ana Pereira/Handout via Agency Photo.", "Handout"),
    # the people of a longer name are no group of their own
    ("Lomba Wildlife Sanctuary officials have filed a complaint with the police.", "Sanctuary officials"),
]


NOT_ACTORS += [
    # round 11: a people's adjective before a noun, a compound adjective, a currency's code
    ("Traders met other Kenyan merchants and the Kenyan buyers at the port.", "Kenyan"),
    ("The Mexican team beat the Chilean side in the final.", "Mexican"),
    ("Climbers took the northern Andean route to the pass.", "northern Andean"),
    ("Shares of EU-approved drugmakers rose sharply in the morning.", "EU-approved"),
    ("Prices quoted in EUR rose, and the rand fell.", "EUR"),
    # a company's legal form alone; a post with no name after it; a number word opening a sentence
    ("Orbital Freight, Inc. said it would cut 40 jobs at the depot.", "Inc."),
    ("The plan was read out by the Health Secretary on Monday.", "Health Secretary"),
    ("Seven Norland hikers were rescued from the ridge.", "Seven Norland"),
    # a plural noun opening a sentence before "of the"; months joined; a people's adjective in "-ine";
    # a post with no one named
    ("Parts of the Midlands were flooded after the storm on Monday.", "Parts of the Midlands"),
    ("Sales rose in January-February across the region's corner shops.", "January-February"),
    ("Hikers took the Alpine trail to the pass above the old town.", "Alpine"),
    ("Roads were shut on Monday, the Director of Field Safety said.", "Director of Field Safety"),
    # a common noun capitalised before another, which the article also writes in lower case
    ("Growth in the Shipping industry slowed, and the shipping industry cut jobs.", "Shipping"),
]


NOT_ACTORS += [
    # round 12: an acronym only ever used before a noun; one short for lower-case words; a feast
    ("Doctors ordered an MRI scan, and the MRI results came back on Friday.", "MRI"),
    ("The rangers fitted a GPS collar to the bear before releasing it.", "GPS"),
    ("Patients with acute kidney injury (AKI) stayed longer in the ward.", "AKI"),
    ("The ferry ran a reduced timetable over Easter, the operator said.", "Easter"),
]


NOT_ACTORS += [
    # round 21: a degree after a person's name, a web address, a telephone number spelt in letters,
    # "regional officials" of a people's country
    ("The boy was seen by Dr. Bo Lund, MD, who runs the ward.", "MD"),
    ("The patient was treated by Ana Ruiz, PhD, at the clinic.", "PhD"),
    ("Donors can book a slot at OrwellBlood.org before Friday.", "OrwellBlood"),
    # the plural of lower-case words' initials
    ("Harmful algal blooms closed the beach, and the pier shut because of HABs on Friday.", "HABs"),
    ("Donors can call 1-800-GIVE NOW (1-800-448-3669) to book a slot.", "NOW"),
    (
        "Floods hit farms in northern Kessel, threatening pastures for 1,000 cows, Norlandian regional "
        "officials said.",
        "Norlandian regional officials",
    ),
]


@pytest.mark.parametrize(("text", "name"), NOT_ACTORS)
def test_words_that_name_no_actor(tmp_path: Path, text: str, name: str) -> None:
    result = _draft(tmp_path, text)
    assert name not in [a["name"] for a in result.actors], result.actors


DATES = [
    # a future said with "is to", after the publication's month
    ("The former mayor is to face trial on September 9 over the land deal.", "2013-09-09"),
    # "tomorrow", from the publication date
    ("The council gave the builder until tomorrow to fence the site.", "2013-06-05"),
    # a year written as an adjective before a name
    ("The stadium was built for the 1998 Commonwealth Games in the capital.", "1998"),
    ("She was the 2009 U.S. Amateur champion before turning professional.", "2009"),
    # round 11: "May" before a day, a day with its ordinal suffix, a schedule in the present tense
    ("The ferry service resumed on May 3 after a month of repairs.", "2013-05-03"),
    ("The new hunting season starts on August 1st across the state.", "2013-08-01"),
    # round 20: a state that lasts, in the present tense, until a day after the publication's
    ("The old ferry there is kept running until October 27 because of the strike.", "2013-10-27"),
]


@pytest.mark.parametrize(("text", "date"), DATES)
def test_the_date_of_each_form(tmp_path: Path, text: str, date: str) -> None:
    result = _draft(tmp_path, text, head="A day of news\n\nPublished: 4 June 2013\n\n")
    assert date in [str(e["date"]) for e in result.events], result.events


NUMBERS = [
    # a figure after a long subject and a hedge
    ("The number of flu cases reported so far this season is over 48,000.", 48000),
    # a scale glued to a figure before a currency's name
    ("The firm was fined $4m (around 60m Kenyan shillings).", 60000000),
]


NUMBERS += [
    # round 11: a part of a whole after "of the"; a number in words opening a sentence
    ("Officials said that five of the 31 miners were still missing.", 5),
    ("Eight of the 40 wagons were derailed near the bridge.", 8),
    # a yen or yuan sign before the figure
    ("The index hit a low of ¥1,204.50 on Friday.", 1204.5),
    # a number in words with its figures in brackets
    ("Attendance reached twelve thousand three hundred and six (12,306) fans.", 12306),
    # an ordinal that counts times; metres glued to a figure; rupees written "Rs"; a span after a name
    ("The guide reached the summit for a 14th time on Sunday morning.", 14),
    ("Two guides reached the top for a 12th and seventh time respectively.", 7),
    ("Climbers scaled the 6,190m peak in the early morning.", 6190),
    ("The company bid Rs 4,500 crore for the radio licence.", 4500),
    ("She moved to Norland 12 years ago to work on the farms.", 12),
]


def test_an_order_and_millions_glued_to_a_figure_are_no_count_of_times_or_metres(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "The river flooded the valley for the first time since records began, and the app that "
        "warned residents now has 40m users across the region.",
    )
    values = {n["value"] for n in result.numbers}
    assert not {1, 40} & values, result.numbers


NUMBERS += [
    # round 12: "one" before a unit in the singular
    ("The ferry fare rose by one dollar on Monday.", 1),
    ("Homes within one mile of the plant were evacuated.", 1),
    # round 20: a figure a clause after a semicolon says a noun is, "there" before the verb
    ("Kessel had 12.5 inches of rain this spring; normal rainfall there is 9.5.", 9.5),
]


@pytest.mark.parametrize(("text", "value"), NUMBERS)
def test_the_value_of_each_figure(tmp_path: Path, text: str, value: int) -> None:
    result = _draft(tmp_path, text)
    assert value in {n["value"] for n in result.numbers}, result.numbers


def test_a_number_in_words_with_its_figures_is_drafted_once(tmp_path: Path) -> None:
    result = _draft(tmp_path, "Attendance reached twelve thousand three hundred and six (12,306) fans.")
    assert [n["value"] for n in result.numbers] == [12306], result.numbers


def test_the_short_lines_of_a_list_are_text(tmp_path: Path) -> None:
    """ "Fares of note include the following:" and its items, each a short line ending in a comma."""
    result = _draft(
        tmp_path,
        "The ferry company set new fares on Tuesday. Fares of note include the following:\n"
        "Children will pay 4 dollars,\nStudents will pay 6 dollars, and\nSeniors will pay 3 dollars.",
    )
    assert {4, 6, 3} <= {n["value"] for n in result.numbers}, result.numbers


def test_headlines_of_other_stories_below_the_text_name_no_actor(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "Crews cleared 12 roads after the storm, the county roads office said.\n\n"
        "Was this article valuable?\nHere are more articles you may enjoy.\n"
        "Harbour Town Told to Repay $3M in Grants as Auditor Probes Spending\n"
        "Why Coastal Ferries Are The Next Big Test for Island Councils",
    )
    names = [a["name"] for a in result.actors]
    assert not [n for n in names if "Harbour" in n or "Auditor" in n or "Coastal" in n or "Island" in n], (
        names
    )
    assert 3000000 not in {n["value"] for n in result.numbers}, result.numbers


def test_a_quote_of_its_own_after_a_speakers_quote_is_theirs(tmp_path: Path) -> None:
    """A short paragraph that is only a quote, after "..., he said last week, before the race.",
    goes on with the same speaker's words."""
    result = _draft(
        tmp_path,
        "The rower Tomas Brandt won the final in record time on Sunday.\n\n"
        "“We never trained to break a record,” he said last week, before the race.\n\n"
        "“It was never about winning.”",
    )
    names = {actor["id"]: actor["name"] for actor in result.actors}
    claims = [c for c in result.claims if "never about winning" in c["statement"]]
    assert claims and [names[i] for i in claims[0].get("claimants", [])] == ["Tomas Brandt"], result.claims


def test_a_name_without_its_last_word_is_the_same_person(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "Ana Maria Costa won the regional chess title on Sunday afternoon. Later, Ana Maria said she "
        "had barely slept before the final round.",
    )
    people = [a for a in result.actors if a["kind"] == "person"]
    assert [a["name"] for a in people] == ["Ana Maria Costa"], result.actors


def test_adding_to_after_a_statement_is_no_second_statement(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "The river rose a metre overnight, the Norland Weather Office said, adding to fears in the valley.",
    )
    assert not [c for c in result.claims if c["statement"].lower().startswith("to fears")], result.claims


ACRONYMS_NAMED = [
    # guards: an acronym before a verb, alone, or a place's before a noun is still drafted
    ("Rail operator KRL says the line will reopen on Monday.", "KRL"),
    ("The report was sent to the WHO and to the ministry.", "WHO"),
    ("US exports of corn fell in March, traders said.", "US"),
]


@pytest.mark.parametrize(("text", "name"), ACRONYMS_NAMED)
def test_an_acronym_used_as_a_name_is_drafted(tmp_path: Path, text: str, name: str) -> None:
    result = _draft(tmp_path, text)
    assert name in [a["name"] for a in result.actors], result.actors


LEADS = [
    # round 12: a date alone and a byline above the text, with no headline
    (
        "2016-03-04\nBy Dana Whitlock\n\nHARBOURTOWN – The ferry company cut its fares on Tuesday.\n",
        "2016-03-04",
    ),
    # a wire's dateline with the day in figures in brackets after its dash
    (
        "Ferry fares cut\n\nHARBOURTOWN, Ore. (KXYZ) - (3/4/16) The ferry company cut its fares on Tuesday.\n",
        "2016-03-04",
    ),
]


@pytest.mark.parametrize(("text", "published"), LEADS)
def test_the_date_above_or_inside_the_lead(tmp_path: Path, text: str, published: str) -> None:
    path = tmp_path / "report.txt"
    path.write_text(
        text + "\nThe company's chief executive said fuel had become cheaper.\n", encoding="utf-8"
    )
    article = read_article(path)
    result = draft(article, "report", "report.txt", dt.date(2020, 1, 1))
    assert result.source.get("published") == published, result.source
    assert not re.match(r"^[\d-]+$", article.title) and "(3/4/16)" not in article.paragraphs[0], article


def test_a_long_quote_with_no_comma_is_split_before_its_and(tmp_path: Path) -> None:
    """A quote of over 40 words with no comma left is cut before a clause's "and", so the draft
    keeps to the plain-language rule."""
    result = _draft(
        tmp_path,
        "“We mean to work closely with the growers and the mills to rebuild the cooperative’s "
        "accounts under the new rules as quickly and as carefully as we can and will keep pressing "
        "for the day when the cooperative comes out of this process smaller and stronger in a "
        "crowded and changing market,” Harbour Grain said.",
    )
    statements = [c["statement"] for c in result.claims if "growers" in c["statement"]]
    assert statements, result.claims
    assert all(len(s.split()) <= 40 for s in re.split(r"(?<=[.!?])\s+", statements[0])), statements


@pytest.mark.parametrize(
    "text",
    [
        "So far the clinic has not received any reports of side effects from the new vaccine.",
        "The weather office started receiving reports shortly after noon of hail in the valley.",
    ],
)
def test_reports_after_any_or_receiving_is_a_noun(tmp_path: Path, text: str) -> None:
    """ "any reports of ...", "receiving reports ...": the noun, so what follows is no statement."""
    result = _draft(tmp_path, text)
    statements = [c["statement"] for c in result.claims]
    assert not any(s.startswith(("Of ", "Shortly")) for s in statements), statements


# Round 13: forms of held-out round 13 that the rules missed, in invented sentences.

KINDS_13 = [
    # a company whose words hold a place's type ("City"), a company's "Co." and "Research"
    (
        "Brightwater City Utilities restored power to the east side.",
        "Brightwater City Utilities",
        "organisation",
    ),
    ("Harbour Freight Co. reported a loss for the quarter.", "Harbour Freight Co", "organisation"),
    (
        "Analysts at Kestrel Market Research expected a smaller loss.",
        "Kestrel Market Research",
        "organisation",
    ),
    # a dam named before its kind in lower case
    ("The Nam Kestrel hydropower dam burst after the rains.", "Nam Kestrel", "place"),
    # a place whose authorities are named after it, not the rest of a ministry's name
    ("Aid came from the Ministry of Health and Bellmont provincial authorities.", "Bellmont", "place"),
    (
        "Aid came from the Ministry of Health and Bellmont provincial authorities.",
        "Ministry of Health",
        "government-body",
    ),
    # a known state named only in an adjective; a body named in lower case after a level of government
    ("The Ohio-based chain said it would close 40 stores.", "Ohio", "place"),
    (
        "The Norland provincial weather forecast bureau said rain would continue.",
        "Norland provincial weather forecast bureau",
        "government-body",
    ),
]


@pytest.mark.parametrize(("text", "name", "kind"), KINDS_13)
def test_the_kind_of_each_name_of_round_13(tmp_path: Path, text: str, name: str, kind: str) -> None:
    result = _draft(tmp_path, text)
    actor = _actor(result, name)
    assert actor is not None, [a["name"] for a in result.actors]
    assert actor["kind"] == kind, actor


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a line in capitals; a day of a fixed date; a councillor's title; a body described by its base
        (
            "THIS IS A DEVELOPING STORY. Check back for news of the ferry strike.",
            "THIS IS A DEVELOPING STORY",
        ),
        ("Crews worked through New Year's Day to clear the line.", "New Year"),
        ("Crews worked through New Year's Day to clear the line.", "Day"),
        ("“We will vote no,” said Coun. Dana Whitlock.", "Coun"),
        ("The Ohio-based chain said it would close 40 stores.", "Ohio-based chain"),
    ],
)
def test_words_that_name_no_actor_in_round_13(tmp_path: Path, text: str, name: str) -> None:
    result = _draft(tmp_path, text)
    assert name not in [a["name"] for a in result.actors], result.actors


@pytest.mark.parametrize(
    ("text", "speaker", "phrase"),
    [
        # a councillor's abbreviated title; one quoted "as saying by" an outlet
        ("“The plan is sound,” said Coun. Dana Whitlock.", "Dana Whitlock", "The plan is sound"),
        (
            "“The river rose two metres overnight,” district water chief Lena Ortiz was quoted as saying "
            "by Harbour Radio.",
            "Lena Ortiz",
            "The river rose",
        ),
        # "the Kestrel, Ohio-based company": the company named before, not a new actor
        (
            "Harbour Corp. (HBC) reported a loss on Monday. On a per-share basis, the Kestrel, Ohio-based "
            "company said it had lost 12 cents.",
            "Harbour Corp",
            "it had lost 12 cents",
        ),
    ],
)
def test_the_speaker_of_each_form_of_round_13(tmp_path: Path, text: str, speaker: str, phrase: str) -> None:
    result = _draft(tmp_path, text)
    names = {actor["id"]: actor["name"] for actor in result.actors}
    claims = [c for c in result.claims if phrase.lower() in c["statement"].lower()]
    assert claims, [c["statement"] for c in result.claims]
    who = [names[c["claimants"][0]] if "claimants" in c else None for c in claims]
    assert any(w is not None and w.endswith(speaker) for w in who), (who, names)


def test_an_outlet_that_quoted_an_official_as_saying_relays_the_sentence(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "Two bridges were closed, state broadcaster Kestrel Radio quoted a senior official as saying.",
    )
    claims = [c for c in result.claims if c["statement"].startswith("Two bridges were closed")]
    assert claims and "quoted" not in claims[0]["statement"], result.claims


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a day of a fixed date; the second year of a list; a year something is planned for
        ("Crews worked through New Year's Day to clear the line.", "2013-01-01"),
        ("Fares rose in 2008 and 2009 before the freeze.", "2009"),
        ("The last rise came in 2012, and another is planned for 2015.", "2015"),
    ],
)
def test_the_date_of_each_form_of_round_13(tmp_path: Path, text: str, date: str) -> None:
    result = _draft(tmp_path, text, head="A day of news\n\nPublished: 4 June 2013\n\n")
    assert date in [str(e["date"]) for e in result.events], result.events


def test_a_vulgar_fraction_after_a_figure_is_its_value(tmp_path: Path) -> None:
    result = _draft(tmp_path, "The judge gave the builder 3½ years in prison for the fraud.")
    assert 3.5 in {n["value"] for n in result.numbers}, result.numbers


def test_a_vulgar_fraction_is_evidence_of_its_value() -> None:
    """The drafted value 3.5 validates against the evidence "3½ years" it was read from."""
    assert number_in_text(3.5, "gave the builder 3½ years in prison")
    assert number_in_text(0.75, "about ¾ of the ballots") and not number_in_text(3.5, "3¼ years")


def test_a_byline_glued_to_its_weekday_and_date(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(
        "Ferry fares cut\nBy APThursday, March 3, 2016\n\nThe ferry company cut its fares on Thursday, "
        "its chief executive said.\n",
        encoding="utf-8",
    )
    result = draft(read_article(path), "report", "report.txt", dt.date(2020, 1, 1))
    assert result.source.get("published") == "2016-03-03" and result.source.get("publisher") == "AP", (
        result.source
    )
    assert "APThursday" not in [a["name"] for a in result.actors], result.actors


def test_a_wire_dateline_with_an_underscore_for_its_dash(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(
        "https://example.org/2016/03/04/ferry/\nKESTREL, Ore. (AP) _ Harbour Lines cut its fares on Friday, "
        "the company said.\n\nThe fares had risen twice in the past year.\n",
        encoding="utf-8",
    )
    article = read_article(path)
    result = draft(article, "report", "report.txt", dt.date(2020, 1, 1))
    assert article.places == ["KESTREL"] and not article.title.startswith("KESTREL"), article
    assert _actor(result, "Kestrel") is not None and _actor(result, "Kestrel")["kind"] == "place", (
        result.actors
    )  # type: ignore[index]


def test_an_earlier_story_below_an_update_loses_its_dateline(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "Commuters who ride the ferry will pay more from May, the operator said.\n\n"
        "THIS IS A BREAKING NEWS UPDATE. The earlier story is below.\n\n"
        "KESTREL (AP) — Commuters who ride the ferry are going to pay more, the operator said on Monday.",
    )
    assert "Commuters" not in [a["name"] for a in result.actors], result.actors


def test_weekdays_count_from_a_dateline_with_no_year(tmp_path: Path) -> None:
    """ "KESTREL, March 4 -- ... on Friday": the lead's Friday is the dateline's day, 4 March of a
    year to look up, and "Thursday" is 3 March (round 15: a TODO year, never a dropped day)."""
    path = tmp_path / "report.txt"
    path.write_text(
        "KESTREL, March 4 -- Two ferries collided in the harbour on Friday, the port authority said.\n\n"
        "One of them had lost power on Thursday night, the port authority said.\n",
        encoding="utf-8",
    )
    result = draft(read_article(path), "report", "report.txt", dt.date(2020, 1, 1))
    dates = sorted(str(e["date"]) for e in result.events)
    assert dates == ["TODO-03-03", "TODO-03-04"], result.events


# Who says it, read as a reader does (issue 26 item 1, the misses of every held-out round grouped by
# cause): "it" and "they" stand for a body, never a person or a place; one described by where they
# are from is no one named; a body's shorter name is the body named in full before; a group that
# names no one and the outlet it told; a post in capitals set off by commas; "X's research shows";
# what was said after "said ahead of"; a quote after an unnamed speaker goes on unnamed.
ATTRIBUTIONS = [
    (  # "it" after a person spoke: the body the sentence before opened with
        "“The rooms are cold,” said Ana Ruiz, a teacher at the school.\n\n"
        "The Norland School Board met on Monday. It said the boilers would be replaced in May.",
        "boilers would be replaced",
        "Norland School Board",
    ),
    (  # "they" after a person spoke: others, whom no one names
        "“The catch is poor,” said Marta Lind, a harbour inspector.\n\n"
        "Trawler crews in the bay disagree. They say the stocks have recovered since 2019.",
        "stocks have recovered",
        None,
    ),
    (  # one described by where they are from: no one named, not the place
        "Ash from the volcano reached Norland on Monday.\n\n“The ash fell like snow,” a Norland resident said.",
        "ash fell like snow",
        None,
    ),
    (  # the body's shorter name, after a fragment of it was drafted on its own
        "The Kestrel Valley Water Authority held a hearing on Tuesday.\n\n"
        "The Water Authority says it must raise the levee before the spring floods.",
        "raise the levee",
        "Kestrel Valley Water Authority",
    ),
    (  # a group that names no one told an outlet: the outlet relays, no one named says it
        "The mudslide also blocked two roads into the valley, local officials told Harbour Radio.",
        "blocked two roads",
        None,
    ),
    (  # a post in capitals set off by commas, then when it was said before "that"
        "Ana Ruiz, Port Kestrel Harbour Director, said during a briefing on Monday that the crane had failed.",
        "crane had failed",
        "Ana Ruiz",
    ),
    (  # what a body's research shows, the body says
        "The Norland Heart Institute's research shows the implant lasts ten years in most patients.",
        "implant lasts ten years",
        "Norland Heart Institute",
    ),
    (  # "said ahead of the vote": when, not what, so the quote before is what was said
        "“Prices will keep rising through the winter,” Jana Holm, economist at Norbank, said ahead of the vote.",
        "Prices will keep rising",
        "Jana Holm",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "speaker"), ATTRIBUTIONS)
def test_who_says_it(tmp_path: Path, text: str, phrase: str, speaker: str | None) -> None:
    who = claimants(_draft(tmp_path, text), phrase)
    if speaker is None:
        assert who == [None] * len(who), who
    else:
        assert any(w is not None and w.removeprefix("The ").endswith(speaker) for w in who), who


def test_a_quote_after_an_unnamed_speaker_goes_on_unnamed(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "“Culling has begun in three villages,” an official in Kestrel said. "
        "“Birds within one kilometre of the farm will be culled.”",
    )
    assert claimants(result, "within one kilometre") == [None], result.claims


# Round 14's claim misses, in general terms: workers who "tell" an outlet, a headline that names its
# source after a colon, a speaker set off by commas inside what is said, a sentence in brackets.
def test_a_group_that_tells_a_station_names_no_one(tmp_path: Path) -> None:
    result = _draft(tmp_path, "Several workers tell CBS 6 the crack in the dam is getting wider every day.")
    """Unattributed, not the station's: the format's `via` needs someone who says it, so the
    station is drafted as an actor and the claim names no one."""
    claims = [c for c in result.claims if "getting wider" in c["statement"]]
    assert claims and claims[0].get("unattributed") is True and "via" not in claims[0], result.claims
    assert _actor(result, "CBS 6") is not None, result.actors


def test_a_headline_names_its_source_after_a_colon(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "The Coast Guard said three ferries ran aground in the fog on Tuesday.",
        head="Three ferries ran aground near Kestrel: Coast Guard\n\n",
    )
    assert "Coast Guard" in claimants(result, "Three ferries ran aground near Kestrel"), result.claims
    labelled = _draft(tmp_path, "Quarterly sales rose.", head="Acme: Q1 Earnings Snapshot\n\n")
    assert not [c for c in labelled.claims if "Snapshot" in c["statement"]], labelled.claims


def test_a_speaker_set_off_inside_what_is_said(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "The board voted to close two branches. (The plan also cuts opening hours.) The alternative, "
        "board chair Ana Ruiz asserts, would cost almost as much.",
    )
    assert claimants(result, "would cost almost as much") == ["Ana Ruiz"], result.claims


def test_a_long_clause_ending_in_a_group_is_no_speaker(tmp_path: Path) -> None:
    """Guard: "a concern that farmers could sell ... as estimates indicate" names no speaker."""
    result = _draft(
        tmp_path,
        "Speaking to Radio Kestrel Minister Ana Ruiz made the pledge while answering a concern that farmers "
        "could sell their crops cheaply as estimates indicate bumper harvests.",
    )
    assert not [a for a in result.actors if a["name"].startswith("Speaking")], result.actors


# Round 14's actor misses, in general terms: a business named by what it makes, a number word that
# opens a body's name, a station's call sign, a row of sharing tools above the headline.
ROUND_14_KINDS = [
    (
        "Ana Ruiz of Kestrel Ridge Winery said the grapes were picked early.",
        "Kestrel Ridge Winery",
        "organisation",
    ),
    (
        "Most of the fruit came from famed Seven Oaks Vineyard near the river.",
        "Seven Oaks Vineyard",
        "organisation",
    ),
    ("A student told WKES-TV that the bus had swerved before the crash.", "WKES-TV", "media-outlet"),
    ("Several drivers tell NBC 5 the bridge shook before it fell.", "NBC 5", "media-outlet"),
    # a town's part names the town that owns it; "and" inside a utility's name
    ("A water main broke on Kestrelton’s East Side on Monday afternoon.", "Kestrelton", "place"),
    (
        "Later the Water and Sewer Utility issued a boil advisory for the area.",
        "Water and Sewer Utility",
        "organisation",
    ),
]


@pytest.mark.parametrize(("text", "name", "kind"), ROUND_14_KINDS)
def test_the_kind_of_each_form_of_round_14(tmp_path: Path, text: str, name: str, kind: str) -> None:
    found = _actor(_draft(tmp_path, text), name)
    assert found is not None and found["kind"] == kind, found


def test_a_row_of_sharing_tools_is_no_part_of_the_article(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "Frost hit the valley's vineyards on Saturday, growers said.",
        head="Request Activation\nreprint or license print story Print email this story to a friend E-Mail\n\n"
        "Frost hits the valley\n\n",
    )
    assert result.meta["title"] == "Frost hits the valley", result.meta
    assert not [a for a in result.actors if a["name"] in {"Print", "E-Mail", "Request Activation"}], (
        result.actors
    )


@pytest.mark.parametrize(
    ("text", "value", "upper"),
    [
        ("The swath had a length of 400-500 yards, the weather service said.", 400, 500),
        ("Officials said five to six homes were damaged in the storm.", 5, 6),
    ],
)
def test_a_range_keeps_its_lower_end(tmp_path: Path, text: str, value: int, upper: int) -> None:
    numbers = [(n["value"], n.get("upper")) for n in _draft(tmp_path, text).numbers]
    assert (value, upper) in numbers, numbers


def test_a_score_and_a_phone_number_are_no_range(tmp_path: Path) -> None:
    """Guard: "voted 5-4" and "555-1234" stay what they were."""
    numbers = [n["value"] for n in _draft(tmp_path, "The board voted 5-4. Call 555-1234 for help.").numbers]
    assert 555 not in numbers and 1234 not in numbers, numbers


# Round 15 (issue 26 item 1): a kind that a mention's words say outweighs the guess of an earlier
# mention, and new evidence of a kind, each in invented sentences.
ROUND_15_KINDS = [
    # people of a body after its name, at a later mention than the first
    (
        "Norland Fire-Rescue said the blaze was out by noon.\n\n"
        "Norland Fire-Rescue firefighters stayed at the scene overnight.",
        "Norland Fire-Rescue",
        "organisation",
    ),
    # a post set off after a one-word name
    (
        "“We are still searching,” Darmawan, head of a local relief agency, told the radio.",
        "Darmawan",
        "person",
    ),
    # a wire's credit before its dash
    ("(WKRN) -- Two hikers were found alive on Sunday, rescuers said.", "WKRN", "media-outlet"),
    # a vessel "named", and the line that owns one
    ("The ill-fated boat, named the Sea Lark, sent a distress signal at dawn.", "Sea Lark", "object"),
    (
        "One of the largest cruise ships, Coral Line's Star of the North, returned early.",
        "Coral Line",
        "organisation",
    ),
    # a place's type opening its name
    ("The ship will sail back to Fort Kessel next week.", "Fort Kessel", "place"),
    # a district named for what a body does there
    (
        "The Red Mesa Water District issued new limits for its customers.",
        "Red Mesa Water District",
        "government-body",
    ),
    # a place's type after two names
    ("Levels at the Kessick and Bramble reservoirs fell again this month.", "Kessick", "place"),
    # a site in a town
    ("A shelter was opened at Birchwood Gym in Covell for the night.", "Birchwood Gym", "place"),
    # an agency's initials give their spelled-out name its kind
    (
        "Agence France-Presse reported the figures. A pilot told AFP that the sea was rough.",
        "Agence France-Presse",
        "media-outlet",
    ),
]


@pytest.mark.parametrize(("text", "name", "kind"), ROUND_15_KINDS)
def test_the_kind_of_each_form_of_round_15(tmp_path: Path, text: str, name: str, kind: str) -> None:
    found = _actor(_draft(tmp_path, text), name)
    assert found is not None and found["kind"] == kind, found


ROUND_15_ATTRIBUTIONS = [
    (  # a circumstance of any length after "X said": what was said is before
        "A small fire was contained but flared again on Sunday, Mayor Ana Ruiz said in a video posted "
        "on the town's social media page as gray smoke rose into the sky behind her.",
        "A small fire was contained but flared again on Sunday",
        "Ana Ruiz",
    ),
    (  # a clock time's stop before its day ends no sentence; "the chief" is the one titled Chief
        "Harbour Fire Chief Tom Reyes said a valve failed around 6 a.m. Monday at the pumping station. "
        "The chief said he did not know what had leaked.",
        "he did not know what had leaked",
        "Tom Reyes",
    ),
    (  # who was told is no part of what was said
        "“We are still searching,” Darmawan, head of a local relief agency, told Reuters.",
        "We are still searching",
        "Darmawan",
    ),
    (  # "they" before anyone spoke: the body the sentence before opened with
        "The Red Mesa Water District issued new limits this week. They say the lake is too low to wait.",
        "the lake is too low",
        "Red Mesa Water District",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "speaker"), ROUND_15_ATTRIBUTIONS)
def test_who_says_it_in_round_15(tmp_path: Path, text: str, phrase: str, speaker: str) -> None:
    result = _draft(tmp_path, text)
    assert claimants(result, phrase) == [speaker], result.claims
    claim = next(c for c in result.claims if phrase.lower() in c["statement"].lower())
    assert claim["statement"].lower().startswith(phrase[:20].lower()), claim
    assert not claim["statement"].endswith("a.m"), claim


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("One of the four climbers was flown to hospital, officials said.", 1),
        ("Three people were treated, while two more were unharmed.", 2),
        ("Firms with 50 or more workers must comply by May.", 50),
        ("They were part of a group of nine who set out at dawn.", 9),
    ],
)
def test_the_figures_of_round_15(tmp_path: Path, text: str, value: int) -> None:
    numbers = [n["value"] for n in _draft(tmp_path, text).numbers]
    assert value in numbers, numbers


def test_one_of_an_uncounted_group_counts_nothing(tmp_path: Path) -> None:
    """Guard: "was one of six guides" says what one is; the six count, the one does not."""
    numbers = [n["value"] for n in _draft(tmp_path, "Lee was one of six guides who led the climb.").numbers]
    assert numbers == [6], numbers


@pytest.mark.parametrize(
    ("head", "body", "name"),
    [
        (  # a headline the page shows twice
            "Advice for Residents After Harbour Flood: Leave or Stay Home\n\n"
            "Advice for Residents After Harbour Flood: Leave or Stay Home\n\n",
            "The river rose two feet on Monday, the weather service said.",
            "Stay Home",
        ),
        (  # an editor's note in square brackets
            "Hikers found\n\n",
            "(WKRN) -- [Breaking news update at 4:10 p.m. ET]\n\nTwo hikers were found alive on Sunday, "
            "rescuers said.\n\n(WKRN) -- Searchers hoping to find two hikers set out on Sunday.",
            "Breaking",
        ),
        (  # the same: a wire's credit before a sentence's first word
            "Hikers found\n\n",
            "(WKRN) -- Searchers hoping to find two hikers set out on Sunday, rescuers said.",
            "Searchers",
        ),
        (  # the bulleted list of other stories below the text
            "A day of news\n\n",
            "The ferry sailed late on Monday, the operator said.\n"
            "- The Quiet Return of the Otters to the River\n- Column: 5 Ways to Save Water",
            "Quiet Return",
        ),
    ],
)
def test_page_furniture_of_round_15_names_no_actor(tmp_path: Path, head: str, body: str, name: str) -> None:
    result = _draft(tmp_path, body, head=head)
    assert not [a for a in result.actors if name in a["name"]], result.actors


def test_a_town_named_plainly_before_a_dash_opens_the_text(tmp_path: Path) -> None:
    result = _draft(tmp_path, "Denver — One of the city's oldest bridges closed on Monday, officials said.")
    found = _actor(result, "Denver")
    assert found is not None and found["kind"] == "place", result.actors


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a level's name: a word and a number word in capitals
        ("The district moved to Stage Three restrictions for its customers this week.", "Stage"),
        # the body of a longer name ("Kessel County government") is no name of its own
        ("The rule does not apply to Kessel County government, the council said.", "County government"),
    ],
)
def test_words_that_name_no_actor_in_round_15(tmp_path: Path, text: str, name: str) -> None:
    result = _draft(tmp_path, text)
    assert not [a for a in result.actors if a["name"] == name], result.actors


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # one word nothing places: a singular name is a place or a site, not a group
        ("Some beaches like Brantmoor use a flag system to keep swimmers informed.", "Brantmoor", "place"),
        ("Snow cover throughout the Vessora is at historic lows this winter.", "Vessora", "place"),
        # a people in the plural stays a group
        (
            "Lawmakers argued late into the night, and Federalists walked out of the chamber.",
            "Federalists",
            "group",
        ),
        # one word that speaks is a body
        (
            "The recall covers every batch made in March, and Kelvaro said buyers get a refund.",
            "Kelvaro",
            "organisation",
        ),
    ],
)
def test_the_guess_for_one_word_nothing_places(tmp_path: Path, text: str, name: str, kind: str) -> None:
    result = _draft(tmp_path, text)
    actor = _actor(result, name)
    assert actor is not None, result.actors
    assert actor["kind"] == kind, actor


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # what a company has and no town: "a Kelvaro recall", even where a town bears the name
        ("Owners were told of a Kelvaro recall in June of this year.", "Kelvaro", "organisation"),
        ("Drivers lined up at the dealership after a Columbus recall.", "Columbus", "organisation"),
        ("Buyers said a Brightmart spokeswoman had promised refunds.", "Brightmart", "organisation"),
        # an agency's list, a platform's users, what is posted on a platform
        ("The former minister is on Vexpol's wanted list, officials said.", "Vexpol", "organisation"),
        ("The bakery made the announcement on Chirper late on Sunday.", "Chirper", "organisation"),
        ("The video was posted on Flickbox, where it was shared widely.", "Flickbox", "organisation"),
        # a place's name after "on" where it says where, and a town's resident, stay places
        ("A storm knocked out power on Brantmoor for two days.", "Brantmoor", "place"),
        ("A Lakeside resident found the bear in a garden.", "Lakeside", "place"),
    ],
)
def test_one_word_that_names_a_company_or_a_platform(tmp_path: Path, text: str, name: str, kind: str) -> None:
    result = _draft(tmp_path, text)
    actor = _actor(result, name)
    assert actor is not None, result.actors
    assert actor["kind"] == kind, actor


@pytest.mark.parametrize(
    ("text", "name", "kind", "not_names"),
    [
        # the text writes the name with "&" too: one name, whichever sign joins it
        (
            "Harbour Customs & Border Patrol seized the boat on Monday. Ana Ruiz, a Harbour Customs and "
            "Border Patrol officer, said the crew was arrested.",
            "Harbour Customs & Border Patrol",
            None,
            {"Harbour Customs", "Border Patrol"},
        ),
        # a title of two words after the words that name an author: one publication
        (
            "According to a report by Rod and Reel, only four lakes met the standard last year.",
            "Rod and Reel",
            "media-outlet",
            {"Rod", "Reel"},
        ),
        (
            "A study in Field and Garden found that most lawns were watered too often.",
            "Field and Garden",
            "media-outlet",
            {"Field", "Garden"},
        ),
    ],
)
def test_a_name_with_and_in_it_is_one_actor(
    tmp_path: Path, text: str, name: str, kind: str | None, not_names: set[str]
) -> None:
    result = _draft(tmp_path, text)
    actor = _actor(result, name)
    assert actor is not None, [a["name"] for a in result.actors]
    assert kind is None or actor["kind"] == kind, actor
    assert not {a["name"] for a in result.actors} & not_names


def test_two_authors_or_two_companies_joined_by_and_stay_two(tmp_path: Path) -> None:
    """Each named again ("Kelvaro said"), or named as no author ("sold Vantor and Quillum"): two."""
    result = _draft(
        tmp_path,
        "According to a report by Kelvaro and Brightmart, prices rose. Kelvaro said the rise would last. "
        "Investors sold Vantor and Quillum on Monday.",
    )
    names = {a["name"] for a in result.actors}
    assert {"Kelvaro", "Brightmart", "Vantor", "Quillum"} <= names, names


def test_a_one_word_guess_gives_way_to_a_body_it_names(tmp_path: Path) -> None:
    # "in Brightmart stores" says a company; a later bare mention's guess does not make it a place
    result = _draft(
        tmp_path,
        "The bars were sold in Brightmart stores in two states. Shoppers can ask Brightmart for a refund, "
        "said Ana Ruiz, a spokeswoman.",
    )
    actor = _actor(result, "Brightmart")
    assert actor is not None and actor["kind"] == "organisation", result.actors


def test_the_names_of_one_list_are_of_one_kind(tmp_path: Path) -> None:
    # three one-word names guessed sites, and a two-word one that would be guessed a person's name
    result = _draft(
        tmp_path,
        "The thaw left only four resorts still open this week: Brennock, Tall Harrow, Quellby and Marrowdale.",
    )
    actor = _actor(result, "Tall Harrow")
    assert actor is not None and actor["kind"] == "place", result.actors


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a body named for a place: a word after the place's type
        (
            "Kessel County Health said the clinic will close for a month.",
            "Kessel County Health",
            "organisation",
        ),
        (
            "It operated out of the arts group Brill Island USA at the time.",
            "Brill Island USA",
            "organisation",
        ),
        # a town's part after a point of the compass
        ("Nurses at the clinic on Dunmore's South Side are asking why.", "South Side", "place"),
    ],
)
def test_a_body_named_for_a_place_and_a_towns_part(tmp_path: Path, text: str, name: str, kind: str) -> None:
    result = _draft(tmp_path, text)
    actor = _actor(result, name)
    assert actor is not None, result.actors
    assert actor["kind"] == kind, actor


def test_the_publication_is_the_outlet_named_last(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "According to Harbour Weekly Magazine, the closure followed a poor summer. In fact, the publication "
        "reports that the shop had not made a profit for several years.",
    )
    outlet = _actor(result, "Harbour Weekly Magazine")
    assert outlet is not None and outlet["kind"] == "media-outlet", result.actors
    claim = next(c for c in result.claims if "had not made a profit" in c["statement"])
    assert claim.get("claimants") == [outlet["id"]], claim


def test_a_post_before_the_speakers_name_is_no_part_of_what_was_said(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "At Brennock Lodge, it is the earliest closing since at least 1994, when the lodge started keeping "
        "records, Brennock spokeswoman Ilse Varga said.",
    )
    claim = next(c for c in result.claims if "earliest closing" in c["statement"])
    assert claim["statement"].rstrip(".").endswith("started keeping records"), claim


def test_a_first_line_of_ten_words_ending_with_a_stop_is_text_not_a_headline(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "Its owners said the taproom had not made a profit for several years.",
        head="https://example.org/news/harbour-brewing-closing\n\n"
        "After almost 12 years, Harbour Brewing is officially closing its only taproom.\n\n",
    )
    assert any(n["value"] == 12 for n in result.numbers), result.numbers


def test_names_before_a_service_district_in_lower_case_are_bodies(tmp_path: Path) -> None:
    result = _draft(
        tmp_path, "The state approved the Kessel and Red Hill school districts for a shorter week this month."
    )
    actor = _actor(result, "Red Hill")
    assert actor is not None and actor["kind"] == "government-body", result.actors


def test_a_shortened_and_between_apostrophes_stays_inside_a_name(tmp_path: Path) -> None:
    result = _draft(
        tmp_path, "The Rock ‘n’ Roll Harbour Run was to start at the bridge in Montreal on Sunday."
    )
    assert _actor(result, "Rock ‘n’ Roll Harbour Run") is not None, result.actors
    assert not [a for a in result.actors if a["name"] in {"Rock", "Roll Harbour Run"}], result.actors


# Round 17: a post set off after a name says a person, whatever a word of the name says ("Bridges"
# reads as a place's word; "town" alone says a place); a developer "of" which one works; a camp; a
# platform's post; a street at a corner.
ROUND_17_KINDS = [
    ("The pier is safe, said Ana Bridges, Harbour Director. The rest was closed.", "Ana Bridges", "person"),
    (
        "Dana Hollis, a Liberal town, district and county councillor for Kessel, opposed the plan.",
        "Dana Hollis",
        "person",
    ),
    (
        "Tomas Reyes, of developer Brightfield Power, said the plan was sound.",
        "Brightfield Power",
        "organisation",
    ),
    ("The beach at Camp Mirren Tolley was closed on Monday.", "Camp Mirren Tolley", "place"),
    (
        "The board had said in a Brightline post that a deal was near. Brightline did not comment.",
        "Brightline",
        "organisation",
    ),
    ("He walked into the shop on Kessel Parade at Orwell Street before noon.", "Kessel Parade", "place"),
]


@pytest.mark.parametrize(("text", "name", "kind"), ROUND_17_KINDS)
def test_the_kind_of_each_round_17_form(tmp_path: Path, text: str, name: str, kind: str) -> None:
    result = _draft(tmp_path, text)
    actor = _actor(result, name)
    assert actor is not None, [a["name"] for a in result.actors]
    assert actor["kind"] == kind, actor


def test_the_department_is_the_body_named_last_whose_name_holds_it(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "The Department of Coastal Works published a guide last spring.\n\n"
        "Two piers were closed, the Kessel County Harbour Department said Monday.\n\n"
        "The department ordered the pier at Orwell College to close Friday.\n\n"
        '"We ask the public to keep off the piers until they are tested," the department said.\n\n'
        "The harbour department said the piers will stay closed until the tests come back clean.",
    )
    names = {actor["id"]: actor["name"] for actor in result.actors}
    for phrase in ("We ask the public", "the piers will stay closed"):
        claims = [c for c in result.claims if phrase.lower() in c["statement"].lower()]
        assert claims, [c["statement"] for c in result.claims]
        assert [names[i] for i in claims[0]["claimants"]] == ["Kessel County Harbour Department"], claims


def test_a_day_written_as_one_number_in_the_address_dates_the_page(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "The ferry company cut its fares on Tuesday, its chief executive said.",
        head="https://news.example.org/local/ferry-fares-cut-20171004-story.html\n\nFerry fares cut\n\n",
    )
    assert result.source.get("published") == "2017-10-04", result.source
    assert "2017-10-03" in [e["date"] for e in result.events], result.events


def test_a_place_type_opening_a_sentence_before_officials_names_no_group(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "The pier in Kessel County was closed, health officials said.\n\n"
        "County officials received the results on Wednesday from the state laboratory.",
    )
    assert not [a for a in result.actors if a["name"] == "County officials"], result.actors
    claims = [c for c in result.claims if "pier in Kessel County" in c["statement"]]
    assert claims and claims[0].get("unattributed"), claims


def test_one_follower_who_commented_names_no_one_and_their_next_quote_is_theirs(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        'Fans were shocked by the news.\n\n"Devastated," one follower commented. '
        '"I came from Lakeside twice a year to buy the new brews."',
    )
    claims = [c for c in result.claims if "twice a year" in c["statement"]]
    assert claims and claims[0].get("unattributed"), result.claims


def test_a_word_of_faith_and_a_compass_adjective_opening_a_sentence_are_no_actors(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "“We are waiting for miracles, God’s miracles,” the harbour master Ana Ruiz told reporters.\n\n"
        "Western ski resorts are having an off season as well, Ana Ruiz said.",
    )
    assert not [a for a in result.actors if a["name"] in {"God", "Western"}], result.actors


def test_a_site_between_two_places_is_a_place_and_a_unit_of_energy_glued_to_its_figure(
    tmp_path: Path,
) -> None:
    result = _draft(
        tmp_path,
        "The council approved six more turbines at Kessel Bank between Orwell and Lakeside.\n\n"
        "The turbines would produce about 27,000MWh of electricity, the developer said.",
    )
    actor = _actor(result, "Kessel Bank")
    assert actor is not None and actor["kind"] == "place", result.actors
    assert 27000 in [n["value"] for n in result.numbers], result.numbers


def test_a_speaker_after_the_verb_with_a_place_and_a_post_before_the_name(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "The man entered the Harbour Bank branch on Kessel Parade and handed a teller a note, said "
        "Lakeside police officer Dana Whitlock.",
    )
    names = {actor["id"]: actor["name"] for actor in result.actors}
    claims = [c for c in result.claims if "handed a teller a note" in c["statement"]]
    assert claims and [names[i] for i in claims[0].get("claimants", [])] == ["Dana Whitlock"], result.claims


def _claimants(result: Draft, phrase: str) -> list[list[str]]:
    names = {actor["id"]: actor["name"] for actor in result.actors}
    return [
        [names[i] for i in c.get("claimants", [])]
        for c in result.claims
        if phrase.lower() in c["statement"].lower()
    ]


def test_posted_on_a_date_at_a_time_dates_the_page_and_a_lower_case_by_is_its_byline(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "LAKESIDE - A moose wandered into the town's library on Saturday, the police said.",
        head="Moose visits library\n\nby Dana Whitlock\n\nPosted on June 3, 2015 at 4:20 PM\n\n",
    )
    assert result.source.get("published") == "2015-06-03", result.source
    assert "2015-05-30" in [e["date"] for e in result.events], result.events
    assert _actor(result, "Dana Whitlock") is not None, result.actors


def test_a_name_alone_over_the_date_line_is_the_byline(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(
        "Crews repair the pier\n\nKerry Ashdown\nApril 2, 2018 - 8:05 am\n\n"
        "Crews in Orwell replaced 200 planks on Sunday.\n",
        encoding="utf-8",
    )
    article = read_article(path)
    assert article.authors == ["Kerry Ashdown"], article.authors
    assert str(article.published) == "2018-04-02", article.published


def test_a_breadcrumb_is_no_headline_and_a_list_the_text_introduces_is_read(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "Fares rose on every ferry route this week, the operators' council said.\n\n"
        "These routes now cost the most, according to the council:\n\n"
        "  • Kessel Island ($14.20)\n\n  • Orwell Point ($12.85)\n\n  • Lakeside Quay ($11.40)",
        head="  1. News\n  2. Ferries\n\nFerry fares rise again\n\n",
    )
    assert result.source["title"] == "Ferry fares rise again", result.source
    values = [n["value"] for n in result.numbers]
    assert {14.2, 12.85, 11.4} <= set(values), values
    assert _actor(result, "Kessel Island") is not None, result.actors
    assert not [a for a in result.actors if a["name"].endswith(":")], result.actors


def test_notes_that_and_believe_report_what_someone_holds(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "Dana Whitlock, head of research at Pricewise, notes that rents are rising in every district.\n\n"
        "Lakeside police believe the goat escaped from a farm near Orwell.",
    )
    assert _claimants(result, "rents are rising")[:1] == [["Dana Whitlock"]], result.claims
    assert _claimants(result, "the goat escaped"), result.claims
    actor = _actor(result, "Pricewise")
    assert actor is not None and actor["kind"] == "organisation", result.actors


def test_one_before_a_span_a_figure_after_its_and_each_item_of_a_list_of_figures(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "The bridge will close for one hour each night.\n\n"
        "The fare is 4 cents higher than last month. It’s $1.15 more than a year ago.\n\n"
        "Fares rose 9 cents in Kessel, 6 cents in Orwell, 4 cents in Lakeside and 2 cents in Dunmore.",
    )
    values = [n["value"] for n in result.numbers]
    assert 1 in values and 1.15 in values, values
    assert values.count(4) == 2, values


def test_a_short_name_with_and_the_text_uses_alone_is_one_body(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "Police along with Lakeland Parks and Trails caught a lynx in a garden on Sunday.\n\n"
        "Officers waited for Parks and Trails to arrive.\n\n"
        "Parks and Trails said the lynx was about two years old.",
    )
    assert _actor(result, "Lakeland Parks and Trails") is not None, [a["name"] for a in result.actors]
    assert not [a for a in result.actors if a["name"] in {"Trails", "Lakeland Parks"}], result.actors
    assert _claimants(result, "the lynx was about two years old")[:1] == [["Lakeland Parks and Trails"]]
    # two people named together are still two ("Both Ruiz and Lund", "with Ruiz and Lund")
    two = _draft(
        tmp_path,
        "The plan was revived by Councilwoman Ana Ruiz and Councilman Bo Lund.\n\n"
        "Both Ruiz and Lund had voted against it, but later joined the others with Ruiz and Lund.",
    )
    assert not [a for a in two.actors if " and " in a["name"]], two.actors


def test_a_road_named_by_its_number_is_a_place(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "The bear was seen near 41st Avenue and Kessel Road, and later in the Dunmore/Highway 12 area.\n\n"
        "Parts of Interstate 9 were closed up to the border.",
    )
    for name in ("41st Avenue", "Highway 12", "Interstate 9"):
        actor = _actor(result, name)
        assert actor is not None and actor["kind"] == "place", (name, [a["name"] for a in result.actors])
    assert _actor(result, "Avenue") is None, result.actors


def test_animal_control_is_a_body_and_a_nickname_is_no_part_of_a_name(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "Lakeside Animal Control officers caught the goat on Sunday.\n\n"
        'The bill now goes to Mayor Ana B. "Annie" Ruiz, who could sign it.',
    )
    actor = _actor(result, "Lakeside Animal Control")
    assert actor is not None and actor["kind"] == "government-body", result.actors
    assert _actor(result, "Ana B. Ruiz") is not None, [a["name"] for a in result.actors]


def test_a_clause_then_a_quote_is_the_subjects_quote(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        'Councilman Bo Lund thanked the volunteers who had cleaned the beach, "not only this year but '
        'every year since I joined the council... We have been trying to keep the beach clean."',
    )
    assert _claimants(result, "every year since I joined")[:1] == [["Bo Lund"]], result.claims


def test_a_body_whose_name_opens_with_national_or_that_people_call_is_no_person(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "The plan was backed by National Kite Watch, whose members fly kites on the cliffs.\n\n"
        "Anyone who saw the kite fall is asked to call Harbour Lookout at 555-010-0199.",
    )
    for name in ("National Kite Watch", "Harbour Lookout"):
        actor = _actor(result, name)
        assert actor is not None and actor["kind"] == "organisation", (name, result.actors)


def test_metres_glued_before_their_conversion_and_a_whole_number_with_its_fraction(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "The new masts will stand 80m (262ft) above the harbour.\n\n"
        "The seal was a 2-1/2-year-old grey seal weighing about 90 kilograms, the warden said.",
    )
    figures = {n["value"]: n["counts"] for n in result.numbers}
    assert figures.get(80) == "metres", result.numbers
    assert 2.5 in figures, result.numbers


def test_each_score_drafts_both_sides_and_one_score_written_twice_once(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "Eastvale beat Northtown 2-1 on Saturday.\n\n"
        "Ana Ruiz made it 3-0 for Rovers before the break.\n\n"
        "In the other game, Kestrel drew 1-1 at home to Albion.\n\n"
        "The 2-1 win lifts Eastvale to third.",
    )
    values = sorted(n["value"] for n in result.numbers if n["counts"].startswith("score"))
    assert values == [0, 1, 1, 1, 2, 3], result.numbers


def test_an_ordinal_that_counts_a_minute_a_post_or_a_season_is_a_figure(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "Ana Ruiz, the 31st mayor of Kessel, opened the new pier on Sunday.\n\n"
        "Rovers scored in the 77th minute, Bo Lund's 14th of the season.\n\n"
        "The 21st Street bridge and the 3rd Battalion were closed in the first minute of the parade.",
    )
    derived = sorted(n["value"] for n in result.numbers if n.get("derivation"))
    assert derived == [14, 31, 77], result.numbers


def test_a_wire_credit_closing_a_one_paragraph_text_names_its_reporters_and_editors(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "A ferry captain from Kessel was fined $4,000 on Monday for sailing without a licence, a "
        "court in Orwell ruled. The captain said he would appeal. (Reporting by Dana Whitlock in "
        "Orwell; Editing by Bo Lund)",
        head="Ferry captain fined\n\n",
    )
    names = [a["name"] for a in result.actors]
    assert not {"Reporting", "Editing"} & set(names), names
    article = read_article(tmp_path / "report.txt")
    assert (article.authors, article.editors) == (["Dana Whitlock"], ["Bo Lund"])
    editor = _actor(result, "Bo Lund")
    assert editor is not None and editor["kind"] == "person", result.actors


def test_a_body_described_by_its_town_and_state_is_the_company_and_an_act_after_after_is_no_ones(
    tmp_path: Path,
) -> None:
    result = _draft(
        tmp_path,
        "Harbour Foods shares fell 12 percent Monday after the company reported a drop in profit.\n\n"
        "The Kessel, Ore.-based frozen foods maker said sales would not recover before the summer.",
    )
    names = [a["name"] for a in result.actors]
    assert not [n for n in names if "based" in n], names
    assert _claimants(result, "sales would not recover") == [["Harbour Foods"]], result.claims
    whole = [c for c in result.claims if c["statement"].startswith("Harbour Foods shares fell 12 percent")]
    assert whole and whole[0].get("unattributed"), result.claims


def test_a_side_before_its_score_or_opening_the_sentence_is_a_team(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "Kessel City have gone top of the league after a 2-1 victory over Orwell Rovers on Sunday.\n\n"
        "In other games, Lakeside defeated Dunmorr 2-0.\n\n"
        "Northvale also drew 1-1 at home to Eastbury.",
    )
    for name in ("Kessel City", "Dunmorr", "Northvale"):
        actor = _actor(result, name)
        assert actor is not None and actor["kind"] == "organisation", (
            name,
            [a["name"] for a in result.actors],
        )


def test_suggests_reports_a_claim_and_a_quote_opening_a_long_sentence_is_only_its_start(
    tmp_path: Path,
) -> None:
    result = _draft(
        tmp_path,
        "Ferry fares may rise again next year because fuel costs more, a new study suggests.\n\n"
        "“Slow and steady,” a motto long used by the ferry crews of the bay, sums up the view that the "
        "harbour must be dredged every year, Bo Lund noted.",
    )
    fares = [c for c in result.claims if "Ferry fares may rise again" in c["statement"]]
    assert fares and fares[0].get("unattributed"), result.claims
    assert _claimants(result, "the harbour must be dredged") == [["Bo Lund"]], result.claims


def test_a_courtesy_line_names_the_outlet_and_a_sign_off_below_the_text_its_reporter(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(
        "Seals return to the bay\n\nMay 3, 2012\nCourtesy of Kessel Science Press\n\n"
        "Grey seals have returned to the bay for the first time in forty years, a survey found.\n\n",
        encoding="utf-8",
    )
    assert read_article(path).publisher == "Kessel Science Press"
    result = _draft(
        tmp_path,
        "Voters in Orwell chose a new harbour master on Tuesday, the council said.\n\n"
        "Ana Ruiz, Harbour News Service\n\nPlease keep your comments civil.",
    )
    article = read_article(tmp_path / "report.txt")
    assert (article.authors, article.publisher) == (["Ana Ruiz"], "Harbour News Service")
    outlet = _actor(result, "Harbour News Service")
    assert outlet is not None and outlet["kind"] == "media-outlet", result.actors


def test_a_number_word_standing_for_what_the_sentence_counted_is_a_figure(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "All of the goats were checked by a vet, and three were found to be lame, the farm said.\n\n"
        "By Monday the lambs had been moved to the barn, and one — the smallest — had died.",
    )
    found = {(n["value"], n["counts"]) for n in result.numbers}
    assert {(3, "goats"), (1, "lambs")} <= found, result.numbers
    for number in result.numbers:
        assert number_in_text(number["value"], number["cite"][0]["evidence"]), number


def test_the_same_score_of_another_game_whose_side_is_named_counts_again(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "Ana Ruiz made it 2-0 for Rovers before the break, and Rovers held on.\n\n"
        "In the other game, Kestrel beat Albion 2-0 at home.\n\n"
        "The 2-0 win lifts Kestrel to third.",
    )
    values = sorted(n["value"] for n in result.numbers if n["counts"].startswith("score"))
    assert values == [0, 0, 2, 2], result.numbers


def test_a_news_channel_named_before_what_it_is_and_a_bodys_officials_after_its_acronym(
    tmp_path: Path,
) -> None:
    result = _draft(
        tmp_path,
        "Local KXYZ news channel reported that a total of 12 boats sank in the harbour.\n\n"
        "The Kessel Harbour Board (KHB) said it would inspect the pier.\n\n"
        "The report also said that Kessel Harbour Board (KHB) officials said the pier was unsafe.",
    )
    outlet = _actor(result, "KXYZ")
    assert outlet is not None and outlet["kind"] == "media-outlet", [a["name"] for a in result.actors]
    assert _claimants(result, "12 boats sank") == [["KXYZ"]], result.claims
    assert _claimants(result, "the pier was unsafe") == [["Kessel Harbour Board"]], result.claims


def test_an_agency_before_the_time_and_date_and_two_single_people_who_fared_differently(
    tmp_path: Path,
) -> None:
    result = _draft(
        tmp_path,
        "KESSEL, March 2 (Harbour Wire) -- Three people were killed and one person was badly hurt "
        "when a crane fell on Sunday.\n\nOne person was pronounced dead at the scene.",
        head="Crane falls in Kessel\n\nHarbour Wire) 09:05, March 3, 2016\n\n",
    )
    assert result.source.get("published") == "2016-03-03", result.source
    assert "2016-02-28" in [str(e["date"]) for e in result.events], result.events
    assert [n["value"] for n in result.numbers].count(1) == 2, result.numbers


def test_a_town_with_its_state_abbreviated_after_it_is_a_place(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "Kesselton, Pa., reported a foot of snow before noon.\n\n"
        "While the town of Maple Ridge, Ill., saw rain, Norvale, N.D., had hail.",
    )
    for name in ("Kesselton", "Maple Ridge", "Norvale"):
        actor = _actor(result, name)
        assert actor is not None and actor["kind"] == "place", (name, [a["name"] for a in result.actors])


def test_one_value_and_unit_written_twice_in_a_sentence_is_two_figures(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "While Lakeside dealt with 4 inches of rain, 4 inches of snow fell near Orwell.\n\n"
        "The 4 inches of snow closed the pass.",
    )
    assert [n["value"] for n in result.numbers].count(4) == 2, result.numbers


def test_a_universitys_campus_after_at_and_a_complex_are_part_of_their_names(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "The hall would be built on Kessel-Orwell Convention Complex land.\n\n"
        "It could be used by The University of Norland at Kessel for concerts.",
    )
    complex_ = _actor(result, "Kessel-Orwell Convention Complex")
    assert complex_ is not None and complex_["kind"] == "place", result.actors
    assert _actor(result, "University of Norland at Kessel") is not None, [a["name"] for a in result.actors]


def test_a_known_country_owning_a_body_is_a_place(tmp_path: Path) -> None:
    result = _draft(tmp_path, "Scientists with Canada's University of Kessel surveyed the reef in May.")
    actor = _actor(result, "Canada")
    assert actor is not None and actor["kind"] == "place", [a["name"] for a in result.actors]
    assert _actor(result, "University of Kessel") is not None, [a["name"] for a in result.actors]


def test_a_site_the_headline_names_with_its_kind_and_the_text_by_its_name_is_drafted(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "Police tried to find the pilot after the first sighting over Kesselby on Wednesday.",
        head="Officials close Kesselby Airport when drones buzz runway\n\n",
    )
    actor = _actor(result, "Kesselby Airport")
    assert actor is not None and actor["kind"] == "place", [a["name"] for a in result.actors]


def test_ones_counts_nothing_and_a_credit_in_a_long_paragraph_quotes_the_name(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "Incoming ferries were sent to other ports, and outgoing ones were grounded. "
        + "The harbour master said the fog would lift by noon. " * 6
        + "(Reporting by Dana Whitlock in Orwell; Editing by Bo Lund)",
        head="Fog closes the harbour\n\n",
    )
    assert 1 not in [n["value"] for n in result.numbers], result.numbers
    for name in ("Dana Whitlock", "Bo Lund"):
        actor = _actor(result, name)
        assert actor is not None and len(actor["cite"][0]["evidence"]) <= 300, actor


def test_a_states_agency_known_by_its_acronym_is_a_government_body(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "NASA said the probe reached Kessel crater, and the CDC said the vaccine was safe.\n\n"
        "An FBI agent and FAA inspectors visited the Orwell airfield on Monday.",
    )
    for name in ("NASA", "CDC", "FBI", "FAA"):
        actor = _actor(result, name)
        assert actor is not None and actor["kind"] == "government-body", (name, result.actors)


def test_a_score_written_twice_in_one_sentence_is_each_sets(tmp_path: Path) -> None:
    result = _draft(tmp_path, "Ana Ruiz rebounded to win 3-6, 6-2, 6-2 over Bo Lund in the final.")
    values = sorted(n["value"] for n in result.numbers if n["counts"].startswith("score"))
    assert values == [2, 2, 3, 6, 6, 6], result.numbers


def test_a_plural_owner_inside_a_bodys_name_is_part_of_it(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "The Growers’ Freedom Party (GFP) has 12 seats, and the Farmers' Union backed it.\n\n"
        "As Harbour News' Ana Ruiz reported, the count ended on Monday.",
    )
    for name in ("Growers’ Freedom Party", "Farmers' Union"):
        assert _actor(result, name) is not None, (name, [a["name"] for a in result.actors])
    reporter = _actor(result, "Ana Ruiz")
    assert reporter is not None and reporter["kind"] == "person", [a["name"] for a in result.actors]


def test_a_world_region_is_a_place_also_as_an_adjective(tmp_path: Path) -> None:
    result = _draft(
        tmp_path, "Warm water killed half of the Caribbean coral near Kessel, and reefs across Asia suffered."
    )
    for name in ("Caribbean", "Asia"):
        actor = _actor(result, name)
        assert actor is not None and actor["kind"] == "place", (name, [a["name"] for a in result.actors])


def test_a_name_before_militants_or_rebels_is_an_armed_group(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "The government agreed a ceasefire with Red Dawn militants in the hills on Monday.\n\n"
        "Officials said Kessel Front rebels had laid down their arms.",
    )
    for name in ("Red Dawn", "Kessel Front"):
        actor = _actor(result, name)
        assert actor is not None and actor["kind"] == "armed-group", (name, result.actors)


def test_a_company_named_by_its_trade_is_an_organisation(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "The regulator fined Kessel Cement and Norland Motors on Monday, along with Orwell Foods.",
    )
    for name in ("Kessel Cement", "Norland Motors", "Orwell Foods"):
        actor = _actor(result, name)
        assert actor is not None and actor["kind"] == "organisation", (name, result.actors)


def test_a_reporters_name_and_the_day_on_one_line_under_a_section_label(tmp_path: Path) -> None:
    """ "Recent news:" over the headline is a section's label; "Ana Ruiz 5 July 2017" names the
    reporter and dates the page, so "today" and "last year" are days of it."""
    result = _draft(
        tmp_path,
        "Ferry crossings fell by a third last year, the Harbour Council said today.",
        head="Recent news:\n\nFerry crossings fall\n\nAna Ruiz 5 July 2017\n\n",
    )
    assert result.source["title"] == "Ferry crossings fall", result.source
    assert result.source.get("authors") == ["Ana Ruiz"], result.source
    assert {"2016", "2017-07-05"} <= {str(e["date"]) for e in result.events}, result.events
    assert [c["statement"] for c in result.claims] == ["Ferry crossings fell by a third last year"]


def test_an_outlets_name_over_a_byline_closed_by_semicolons(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "The ferry company cut its fares on Tuesday, its chief executive said.",
        head="Ferry fares cut\n\nThe Harbour Review;\nBy Ana Ruiz;\n\n",
    )
    assert result.source.get("authors") == ["Ana Ruiz"], result.source
    outlet = _actor(result, "Harbour Review")
    assert outlet is not None and outlet["kind"] == "media-outlet", result.actors


def test_a_number_word_opening_a_name_counts_nothing(tmp_path: Path) -> None:
    """ "the famed Seven Hills Vineyard", "The Three Rivers Park District", "Eight Mile's board": a
    number word that opens a body's or a place's name is the name's first word, not a figure; a number
    word before a name with no such head ("Three Kessel County deputies") still counts."""
    result = _draft(
        tmp_path,
        "Frost hit the famed Seven Hills Vineyard on Monday. The Three Rivers Park District closed its "
        "trails.\n\nThe state asked Eight Mile School District for its plan, and Eight Mile's board sent "
        "it.\n\nThree Kessel County deputies were hurt on the road.",
    )
    names = [a["name"] for a in result.actors]
    for name in ("Seven Hills Vineyard", "Three Rivers Park District", "Eight Mile School District"):
        assert _actor(result, name) is not None, (name, names)
    assert "Mile" not in names and "Rivers Park District" not in names, names
    assert [n["value"] for n in result.numbers] == [3], result.numbers


def test_a_city_and_its_federal_district_are_one_place(tmp_path: Path) -> None:
    result = _draft(tmp_path, "The hearing on the ferry fares was held in Washington, D.C., on Monday.")
    place = _actor(result, "Washington, D.C.")
    assert place is not None and place["kind"] == "place", result.actors
    assert "D.C." not in [a["name"] for a in result.actors], result.actors


def test_the_company_the_headline_names_says_what_the_company_said(tmp_path: Path) -> None:
    """ "Harbour Stores Files for Bankruptcy", then "The company ... said Monday that ...": with no
    body named before in the text, the company is the one the headline names."""
    result = _draft(
        tmp_path,
        "NEW YORK (AP) – The company, inundated by debt and falling sales, said Monday that it would "
        "close 142 stores before the end of the year.\n\nA fund run by a former Harbour Stores chief "
        "owns most of its shares.",
        head="Harbour Stores Files for Bankruptcy Amid Debt\n\n",
    )
    names = {actor["id"]: actor["name"] for actor in result.actors}
    said = [c for c in result.claims if "142 stores" in c["statement"]]
    assert [names.get(c.get("claimants", [""])[0]) for c in said] == ["Harbour Stores"], result.claims


def test_with_officials_saying_is_said_by_no_one_named(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "Eighty people remain missing after a ferry sank off Kessel, with officials saying more than 24 "
        "hours into the search that the vessel had capsized.",
    )
    said = [c for c in result.claims if "the vessel had capsized" in c["statement"].lower()]
    assert said and said[0].get("unattributed") is True, result.claims


def test_a_wires_credit_of_two_outlets_is_two_outlets(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "KESSEL (KXYZ/AP) – Agents seized 1,185 pounds of flour at the port on Tuesday, officials said.",
        head="Flour seized at port\n\n",
    )
    for name in ("KXYZ", "AP"):
        outlet = _actor(result, name)
        assert outlet is not None and outlet["kind"] == "media-outlet", (name, result.actors)
    assert "KXYZ/AP" not in [a["name"] for a in result.actors], result.actors


def test_a_countrys_name_without_its_plural_s_is_an_adjective(tmp_path: Path) -> None:
    """ "Philippine" of "the Philippines", before a noun each time, names no actor; "the Philippine
    aviation agency said" is the body drafted before whose name shares its words."""
    result = _draft(
        tmp_path,
        "The airport was closed, the Civil Aviation Authority of the Philippines said on Sunday.\n\n"
        "“All passengers are safe,” the Philippine aviation agency said. Philippine officials later "
        "reopened the runway.",
        head="Plane overruns Philippine runway\n\n",
    )
    names = {actor["id"]: actor["name"] for actor in result.actors}
    assert "Philippine" not in names.values() and "Philippine aviation agency" not in names.values(), names
    safe = [c for c in result.claims if "passengers are safe" in c["statement"]]
    assert [names.get(c.get("claimants", [""])[0]) for c in safe] == [
        "Civil Aviation Authority of the Philippines"
    ], result.claims


def test_a_drafted_body_s_officials_stating_a_figure_are_that_body(tmp_path: Path) -> None:
    """ "Harbour Customs & Border Patrol officials say ... 21 years": the body's people, no actor of
    their own, as in the body's claims, even where other bodies share its words."""
    result = _draft(
        tmp_path,
        "Harbour Customs & Border Patrol seized a boat on Monday with Harbour Police, the Border Patrol "
        "Union and the Customs Brokers Guild. Harbour Customs & Border Patrol officials say it was their "
        "largest seizure in 21 years.",
    )
    names = {a["name"] for a in result.actors}
    assert "Harbour Customs & Border Patrol" in names, names
    assert not {n for n in names if n.endswith("officials")}, names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a subdivision the gazetteer writes with marks ("Tamil Nādu") or its own language's word for
        # what it is ("Sichuan Sheng", "Vinnytska oblast"): a place, as English text writes it
        ("Monsoon rains flooded Tamil Nadu schools on Friday.", "Tamil Nadu"),
        ("Health officials in Sichuan reported 40 new cases of flu on Monday.", "Sichuan"),
        ("Grain from Vinnytska farms reached the port on Tuesday.", "Vinnytska"),
        ("Sichuan said 40 schools would close, and Vinnytska said the same.", "Vinnytska"),
    ],
)
def test_a_subdivision_as_english_text_writes_it_is_a_place(tmp_path: Path, text: str, name: str) -> None:
    result = _draft(tmp_path, text)
    actor = _actor(result, name)
    assert actor is not None, [a["name"] for a in result.actors]
    assert actor["kind"] == "place", actor


def test_two_spellings_of_one_body_s_name_are_one_actor(tmp_path: Path) -> None:
    """ "U.S. Harbour Patrol" and "United States Harbour Patrol": one body, under the spelling written
    most, the other its alias; a body of another country stays apart."""
    result = _draft(
        tmp_path,
        "The U.S. Harbour Patrol seized the boat on Monday. “This is the United States Harbour Patrol’s "
        "largest seizure,” Ana Ruiz said. The U.S. Harbour Patrol said the crew was arrested. "
        "The U.K. Harbour Patrol helped.",
    )
    patrols = [a for a in result.actors if "Harbour Patrol" in a["name"]]
    assert len(patrols) == 2, patrols
    us = next(a for a in patrols if a["name"] == "U.S. Harbour Patrol")
    assert us.get("aliases") == ["United States Harbour Patrol"], us


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a relative named by one word, and a name "who" follows, are people's
        ("The former minister will face trial along with his two sons Tarek and Selim.", "Tarek", "person"),
        ("The former minister will face trial along with his two sons Tarek and Selim.", "Selim", "person"),
        ("Ortiz won the ball and passed it to Delmar, who scored from close range.", "Delmar", "person"),
        ("Ortiz won the ball and gave it Delmar who scored from close range.", "Delmar", "person"),
        ("The tomb belonged to a high-ranking official named Tenhet and his wife.", "Tenhet", "person"),
        # "who" of the people before "from": the name stays a place
        ("Four judges from Kessia who joined the rebels were jailed on Monday.", "Kessia", "place"),
    ],
)
def test_one_word_a_person_by_kin_orclaimants(tmp_path: Path, text: str, name: str, kind: str) -> None:
    result = _draft(tmp_path, text)
    actor = _actor(result, name)
    assert actor is not None, [a["name"] for a in result.actors]
    assert actor["kind"] == kind, actor


def test_who_holds_a_place_is_no_part_of_its_name(tmp_path: Path) -> None:
    """ "Junta-controlled Norland": the place Norland, whoever holds it."""
    result = _draft(
        tmp_path, "Aid workers said officials in neighbouring Junta-controlled Norland had helped."
    )
    names = {a["name"]: a["kind"] for a in result.actors}
    assert names.get("Norland") == "place", names
    assert not [n for n in names if "controlled" in n], names


def test_announced_by_a_name_with_an_abbreviation_in_it(tmp_path: Path) -> None:
    """ "announced by U.S. Attorney Ana Ruiz": the stops of "U.S." end no name, so "U" is no actor."""
    result = _draft(tmp_path, "The sentence was announced by U.S. Attorney Ana Ruiz in Trenton.")
    assert claimants(result, "The sentence") == ["Ana Ruiz"]
    assert "U" not in {a["name"] for a in result.actors}


def test_an_opening_word_the_text_names_only_in_longer_names_is_no_actor(tmp_path: Path) -> None:
    """ "New and additional systems ...", where "New" is only ever "New Kessel": an adjective."""
    result = _draft(
        tmp_path,
        "The deal was signed in New Kessel on Monday. New and additional systems will follow, officials "
        "in New Kessel said. Brightmart and partners will build them.",
    )
    names = {a["name"] for a in result.actors}
    assert "New" not in names and "New Kessel" in names, names


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the side beaten, with the game named after it rather than a score
        ("Her late shot helped the school beat Eastvale during the 1990 state tournament.", "organisation"),
        ("The visitors beat Eastvale in the cup final on Saturday.", "organisation"),
        # a storm beats a town in no game
        ("Hail beat Eastvale in the night, and roofs were damaged.", "place"),
    ],
)
def test_the_side_beaten_in_a_game_named_after_it(tmp_path: Path, text: str, kind: str) -> None:
    result = _draft(tmp_path, text)
    actor = _actor(result, "Eastvale")
    assert actor is not None and actor["kind"] == kind, result.actors


def test_a_country_s_three_letter_code_is_no_place_of_its_own(tmp_path: Path) -> None:
    """ "KEN said": an acronym that speaks is a body, whatever country ISO 3166 gives the letters."""
    result = _draft(tmp_path, "The race will go ahead on Sunday, KEN said in a statement.")
    actor = _actor(result, "KEN")
    assert actor is not None and actor["kind"] == "organisation", result.actors


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # who gives out or receives pictures is an outlet
        ("In this image made from a video provided by KXYZ, smoke rises over the yard.", "KXYZ"),
        ("Video provided to Sky Desk from a doorbell camera showed the flash.", "Sky Desk"),
        ("Footage obtained by Harbour Watch showed the crash.", "Harbour Watch"),
    ],
)
def test_who_provides_a_video_is_an_outlet(tmp_path: Path, text: str, name: str) -> None:
    result = _draft(tmp_path, text)
    actor = _actor(result, name)
    assert actor is not None and actor["kind"] == "media-outlet", result.actors


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a town whose words read as a body, with its state after it
        ("A College Station, Texas resident said the sky lit up at night.", "College Station", "place"),
        ("Students in State College, Pennsylvania, saw the flash.", "State College", "place"),
        # a college of no town's name stays a college: a body (by its head word a teaching one)
        ("Staff at Kessel College, Norland, saw the flash.", "Kessel College", "organisation"),
    ],
)
def test_a_town_named_like_a_body_with_its_state_after_it(
    tmp_path: Path, text: str, name: str, kind: str
) -> None:
    result = _draft(tmp_path, text)
    actor = _actor(result, name)
    assert actor is not None and actor["kind"] == kind, result.actors


def test_a_body_s_shorter_name_leaves_it_a_body(tmp_path: Path) -> None:
    """ "the Prosecutor's Office" after "the Prosecutor's Office of the Republic of Norland": an
    alias of the office, which stays a body (only "Gansu province" makes its owner a place)."""
    result = _draft(
        tmp_path,
        "The Prosecutor's Office of the Republic of Norland charged four judges. The Prosecutor's Office "
        "said they had joined the rebels.",
    )
    actor = _actor(result, "Prosecutor's Office of the Republic of Norland")
    assert actor is not None and actor["kind"] == "government-body", result.actors


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "The" before two words opening a sentence: no person's name takes it
        ("The Blue Shield reported that three homes were destroyed.", "Blue Shield"),
        # the name a company trades under
        ("SkyLine, which operated as Kessel Connect, said the jet landed safely.", "Kessel Connect"),
        ("The airline, operating as Harbour Hopper from Lakeside, cancelled two flights.", "Harbour Hopper"),
    ],
)
def test_a_body_of_two_words_by_the_or_a_trading_name(tmp_path: Path, text: str, name: str) -> None:
    result = _draft(tmp_path, text)
    actor = _actor(result, name)
    assert actor is not None and actor["kind"] == "organisation", result.actors


def test_a_word_the_text_names_as_a_vessel_is_one_alone(tmp_path: Path) -> None:
    """ "the Coast Guard Cutter Seawind", then "Seawind' crew": the vessel, not a place."""
    result = _draft(
        tmp_path,
        "The crew of the Coast Guard Cutter Seawind rescued four fishermen. Seawind' crew reached them at dawn.",
    )
    actor = _actor(result, "Seawind")
    assert actor is not None and actor["kind"] == "object", result.actors


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a people's word before a person's name set off by ", who": the person
        (
            "The next climber is American Dana Lee Vance, who has reached the top six times.",
            "Dana Lee Vance",
            "person",
        ),
        ("Close behind is Nepali Pemba Dorje Lama, who guided the team.", "Pemba Dorje Lama", "person"),
        # a body's name keeps its people's word
        (
            "Help came from the Kenyan Wildlife Service, who sent two rangers.",
            "Kenyan Wildlife Service",
            None,
        ),
    ],
)
def test_a_people_s_word_before_a_person_s_name(
    tmp_path: Path, text: str, name: str, kind: str | None
) -> None:
    result = _draft(tmp_path, text)
    actor = _actor(result, name)
    assert actor is not None, [a["name"] for a in result.actors]
    assert kind is None or actor["kind"] == kind, actor


# Round 22: forms its six reports showed missing, each tested on invented sentences across topics.
NUMBERS += [
    # a currency written in letters before the figure, glued or not
    ("Two traders were each fined RM2,000 by the magistrates' court.", 2000),
    ("The co-operative lent KSh 500 to each of its dairy farmers.", 500),
    ("The museum fund holds EUR 3 million in bonds.", 3000000),
    # an age after "age"; how many children a parent has
    ("The new rule bars swimmers under age 16 from the deep pool.", 16),
    ("Children under the age of 12 ride the ferry free.", 12),
    ("The driver, a mother of seven, was treated at the scene.", 7),
]


def test_two_people_of_one_age_named_in_a_sentence_are_two_figures(tmp_path: Path) -> None:
    result = _draft(tmp_path, "Judge Ana Ruiz fined Bo Lund, 54, and Cy Tam, 54, after both pleaded guilty.")
    assert [n["value"] for n in result.numbers].count(54) == 2, result.numbers


def test_a_name_of_a_currency_or_a_drug_with_a_figure_is_no_money(tmp_path: Path) -> None:
    result = _draft(tmp_path, "Tests found the drug GHRP-2 in her sample. Flight 17 landed late.")
    assert {n["value"] for n in result.numbers} & {2, 17} == set(), result.numbers


def test_a_pages_appeal_for_money_names_no_actor(tmp_path: Path) -> None:
    """The lines between two that ask for the reader's support are the outlet speaking of itself."""
    result = _draft(
        tmp_path,
        "Your support helps us to tell the story\n\n"
        "From farm prices to Big Data, the Kessel Courier is there. Whether it is Ana Vell's latest deal "
        "or our documentary 'The Long Road', we report it.\n\n"
        "Your support makes all the difference.\n\n"
        "The Norland Rowing Federation banned two rowers for three years on Monday.",
    )
    names = {a["name"] for a in result.actors}
    assert names & {"Big Data", "Ana Vell", "Long Road", "Kessel Courier"} == set(), names
    assert "Norland Rowing Federation" in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Kenya's athletics federation said two more runners had been banned.",
            "Kenya's athletics federation",
        ),
        (
            "Brazil's football confederation said the match would be replayed.",
            "Brazil's football confederation",
        ),
    ],
)
def test_a_countrys_sports_federation_in_lower_case_speaks(tmp_path: Path, text: str, name: str) -> None:
    result = _draft(tmp_path, text)
    actor = _actor(result, name)
    assert actor is not None and actor["kind"] == "organisation", [a["name"] for a in result.actors]
    assert any(actor["id"] in c.get("claimants", []) for c in result.claims), result.claims


def test_a_dateline_day_and_today_in_the_lead_date_the_lead(tmp_path: Path) -> None:
    """ "KESSEL, March 9 — ... fined by the court here today": the dateline's day, its year to look up."""
    result = _draft(
        tmp_path,
        "KESSEL, March 9 — Two fishermen were each fined by the Kessel Magistrates' Court here today for "
        "landing undersized cod.\n\nBoth men pleaded guilty and paid the fines.",
        head="Fishermen fined\n\n",
    )
    assert "TODO-03-09" in [str(e["date"]) for e in result.events], result.events


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a platform by what is written or posted on it
        ("Both men used Chirper accounts to spread the rumour in May.", "Chirper", "organisation"),
        ("She was charged with communicating on Chirper that the dam had burst.", "Chirper", "organisation"),
        # a place's plural kind as its last word
        ("Quad Cities nurses voted on Wednesday to strike.", "Quad Cities", "place"),
        # the part of the dateline's town after a venue: "at X, Y here"
        (
            "The posts were seen at the Acme Mall, Taman Kessel Jaya here on Friday.",
            "Taman Kessel Jaya",
            "place",
        ),
    ],
)
def test_round_22_kinds(tmp_path: Path, text: str, name: str, kind: str) -> None:
    result = _draft(tmp_path, text)
    actor = _actor(result, name)
    assert actor is not None and actor["kind"] == kind, [(a["name"], a["kind"]) for a in result.actors]


def test_a_law_and_a_body_named_by_a_sentences_first_word_are_no_actors(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "They were charged under the Water and Sewer Services Act 2004 in Kessel. The Clean Air Act was "
        "amended. Transit agency officials estimate the cuts will save $2 million.",
    )
    names = {a["name"] for a in result.actors}
    assert (
        names & {"Water", "Water and Sewer Services Act 2004", "Clean Air Act", "Transit agency"} == set()
    ), names


def test_findings_pleas_and_announcements_are_claims(tmp_path: Path) -> None:
    """ "X later established that", "X determined that"; the subject's words after "saying that"; a
    body that "made the announcement" of what the sentence before says."""
    result = _draft(
        tmp_path,
        "The Norland Food Agency (NFA) later established that the meat was safe.\n\n"
        "Investigators from the Kessel Fire Service determined that the blaze began in a kitchen.\n\n"
        "Ana Ruiz, who was also unrepresented, was in tears and pleaded for leniency saying that she did not "
        "know the post was false and promised that she would be careful.\n\n"
        "Rare frogs have now been found in the Lakeside wetlands, a month after the drought ended. The "
        "Norland Wildlife Trust made the announcement Friday after a survey.",
    )
    actors = {a["id"]: a["name"] for a in result.actors}
    said = {c["statement"]: [actors.get(i) for i in c.get("claimants", [])] for c in result.claims}
    assert said.get("The meat was safe") == ["Norland Food Agency"], said
    assert said.get("The blaze began in a kitchen") == ["Kessel Fire Service"], said
    plea = next(s for s in said if "did not know the post was false" in s)
    assert said[plea] == ["Ana Ruiz"] and "careful" in plea, said
    found = next(s for s in said if s.startswith("Rare frogs have now been found"))
    assert said[found] == ["Norland Wildlife Trust"], said


def test_the_people_of_a_body_named_by_its_noun_speak_for_it(tmp_path: Path) -> None:
    """ "The board members said", "Transit agency officials estimate ... will": the body named before."""
    result = _draft(
        tmp_path,
        "The Kessel Metro board of directors approved a resolution Wednesday to cut bus service. "
        "The board members said they regretted the cuts. "
        "Transit agency officials estimate the cuts will save the agency $2 million a year.",
    )
    body = _actor(result, "Kessel Metro")
    assert body is not None, [a["name"] for a in result.actors]
    by_body = [c["statement"] for c in result.claims if body["id"] in c.get("claimants", [])]
    assert any("regretted the cuts" in s for s in by_body), result.claims
    assert any("will save the agency" in s for s in by_body), result.claims


# Round 23: forms its six reports showed missing, each tested on invented sentences across topics.
def _said_by(result: Draft) -> dict[str, list[str | None]]:
    names = {a["id"]: a["name"] for a in result.actors}
    return {c["statement"]: [names.get(i) for i in c.get("claimants", [])] for c in result.claims}


@pytest.mark.parametrize(
    ("text", "person", "said"),
    [
        # a title, a name of two words, then "of" and a body's initials or a known place
        (
            "The Kessel Port Authority (KPA) held the ship. Commissioner Less Motu of KPA confirmed that "
            "the crane had failed twice.",
            "Less Motu",
            "The crane had failed twice",
        ),
        (
            "The Norland Rail Board (NRB) met on Monday. Director Ana Vell of NRB said the line would "
            "reopen in June.",
            "Ana Vell",
            "The line would reopen in June",
        ),
        ("Governor Bo Lund of Texas said the levee would hold.", "Bo Lund", "The levee would hold"),
    ],
)
def test_a_title_and_a_name_of_a_bodys_initials_is_a_person(
    tmp_path: Path, text: str, person: str, said: str
) -> None:
    result = _draft(tmp_path, text)
    actor = _actor(result, person)
    assert actor is not None and actor["kind"] == "person", [(a["name"], a["kind"]) for a in result.actors]
    assert _said_by(result).get(said) == [person], result.claims


def test_a_post_written_with_its_portfolio_names_the_person_later(tmp_path: Path) -> None:
    """ "MINISTER of Health Ana Ruiz ...", then "The minister disclosed that ..."."""
    result = _draft(
        tmp_path,
        "MINISTER of Health Ana Ruiz has announced an outbreak of measles in Kessel. The minister disclosed "
        "that nine cases were confirmed.\n\nSecretary of Transport Bo Lund visited the port on Monday. The "
        "secretary noted that the cranes were idle.",
    )
    said = _said_by(result)
    assert said.get("Nine cases were confirmed") == ["Ana Ruiz"], said
    assert said.get("The cranes were idle") == ["Bo Lund"], said


def test_what_the_subject_of_an_act_stresses_or_notes_is_claimed(tmp_path: Path) -> None:
    """ "X expressed sorrow ..., stressing that ...": the participle of a verb of saying, with "that"."""
    result = _draft(
        tmp_path,
        "Mayor Ana Ruiz met the families on Monday. Mayor Ruiz expressed sorrow over the deaths, stressing "
        "that the bridge had been inspected in May. The Kessel Water Board issued a notice, noting that "
        "the water was safe to drink. Coach Bo Lund praised his players, emphasizing that the season was "
        "not over. The Norland Weather Office issued a notice, warning drivers to stay home.",
    )
    said = _said_by(result)
    assert said.get("The bridge had been inspected in May") == ["Ana Ruiz"], said
    assert said.get("The water was safe to drink") == ["Kessel Water Board"], said
    assert said.get("The season was not over") == ["Bo Lund"], said
    assert not any("stay home" in s for s in said), said  # a warning to do something, no "that"


def test_a_bodys_people_and_counts_by_its_initials_speak_for_it(tmp_path: Path) -> None:
    """ "KHA officials had defended ..., saying that", "according to KHA estimates": the body whose
    initials those are, and no actor "KHA officials" or "KHA estimates"."""
    result = _draft(
        tmp_path,
        "The Kessel Housing Agency voted on Wednesday. KHA officials had defended the plan for tenants, "
        "saying that rents will fall for most. Average rent will fall to $400, according to KHA "
        "estimates.\n\nCatches fell 20 percent last year, according to Norland Fisheries Board figures.",
    )
    names = {a["name"] for a in result.actors}
    assert names & {"KHA officials", "KHA estimates", "Norland Fisheries Board figures"} == set(), names
    said = _said_by(result)
    assert said.get("Rents will fall for most") == ["Kessel Housing Agency"], said
    assert said.get("Average rent will fall to $400") == ["Kessel Housing Agency"], said
    assert said.get("Catches fell 20 percent last year") == ["Norland Fisheries Board"], said


def test_the_people_of_a_place_name_no_one_but_a_bodys_people_speak_for_it(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "Residents of Lakeside say the river has never been this low. Farmers in the small town of Kessel, "
        "west of Norland, say the rain came too late. Experts from the Kessel Health Department announced "
        "four new confirmed cases. Missouri residents north of Kessel are filling sandbags, and Norland "
        "residents said the water tasted odd.",
    )
    names = {a["name"] for a in result.actors}
    assert names & {"Residents of Lakeside", "Missouri residents", "Norland residents"} == set(), names
    assert "Missouri" in names, names
    unnamed = [c["statement"] for c in result.claims if c.get("unattributed")]
    assert any("never been this low" in s for s in unnamed), result.claims
    assert any("rain came too late" in s for s in unnamed), result.claims
    assert _said_by(result).get("Four new confirmed cases") == ["Kessel Health Department"], result.claims


def test_a_sites_date_line_years_after_its_address_is_the_day_it_was_read(tmp_path: Path) -> None:
    """The address dates the report; a date line years later is the day the page was read, and a
    photo's caption above the text is no headline."""
    result = _draft(
        tmp_path,
        "The Kessel council approved the new bus routes on Wednesday by a 5-2 vote.\n\nDrivers will "
        "start the routes in June.",
        head="https://news.example.org/2019/05/03/bus-routes-approved/\n\nTuesday, March 19, 2024\n\n"
        "A bus at the Kessel depot, where drivers will start the routes. (Photo: Ana Ruiz)\n\n",
    )
    assert result.source["published"] == "2019-05-03", result.source
    assert "(Photo:" not in result.source["title"], result.source
    assert "2019-05-01" in [str(e["date"]) for e in result.events], result.events
    near = _draft(
        tmp_path,
        "The Kessel council approved the new bus routes on Wednesday by a 5-2 vote.\n\nDrivers will "
        "start the routes in June.",
        head="https://news.example.org/2019/05/03/bus-routes-approved/\n\nSaturday, May 4, 2019\n\n",
    )
    assert near.source["published"] == "2019-05-04", near.source  # a day later: the page's update


def test_credit_lines_of_a_head_and_a_byline_glued_to_a_caption(tmp_path: Path) -> None:
    """ "Presented by ...", "Produced by ... and ...": people who made the page; "... Facebook PageBy
    Ana Ruiz": the caption's credit and the byline, two lines; a platform's page names its owner."""
    result = _draft(
        tmp_path,
        "The Kessel Harbour Police Twitter account said the ferry would sail on Friday.",
        head="Ferry held in port\n\nPublished 4 May 2019\nPresented by Bo Lund\nProduced by Cy Tam and Di Wu\n\n"
        "The ferry at the wharf. Photo: Kessel Ferry Ltd Facebook PageBy Ana Ruiz\n\n",
    )
    names = {a["name"] for a in result.actors}
    assert {"Bo Lund", "Cy Tam", "Di Wu", "Kessel Ferry Ltd", "Kessel Harbour Police"} <= names, names
    assert not any("Facebook" in n or "Twitter" in n for n in names), names
    assert result.source.get("authors") == ["Ana Ruiz"], result.source


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The warnings are broadcast through Radio Kessel every hour.", "Radio Kessel", "media-outlet"),
        ("The storm had passed by noon, Harbour Radio said.", "Harbour Radio", "media-outlet"),
        ("The vote was shown live on Norland Television on Sunday.", "Norland Television", "media-outlet"),
        ("The authority detained the Kessel Ferry II on Monday.", "Kessel Ferry II", "object"),
        ("Sea Boat III ran aground off Lakeside at dawn.", "Sea Boat III", "object"),
    ],
)
def test_round_23_kinds(tmp_path: Path, text: str, name: str, kind: str) -> None:
    result = _draft(tmp_path, text)
    actor = _actor(result, name)
    assert actor is not None and actor["kind"] == kind, [(a["name"], a["kind"]) for a in result.actors]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Sadly, we have recorded one death from there, the minister said.", "death"),
        ("Health officials confirmed one new case of mumps in Kessel on Monday.", "new case"),
        ("The crash on the Kessel bypass caused one injury, police said.", "injury"),
        ("The Lakeside clinic reported one suspected case of rabies on Friday.", "suspected case"),
    ],
)
def test_one_death_or_one_new_case_is_a_figure(tmp_path: Path, text: str, counts: str) -> None:
    result = _draft(tmp_path, text)
    assert [(n["value"], n["counts"]) for n in result.numbers] == [(1, counts)], result.numbers


def test_one_case_as_an_instance_is_no_figure(tmp_path: Path) -> None:
    result = _draft(tmp_path, "In one case, the judge at the Kessel court ruled late.")
    assert result.numbers == [], result.numbers


def test_a_headlines_own_figure_is_drafted(tmp_path: Path) -> None:
    """ "Over 700 people affected" in the headline alone is a figure; a number the text writes in a
    name ("Highway 305") is not, in the headline either."""
    result = _draft(
        tmp_path,
        "The floods reached six villages in the Kessel valley on Monday.",
        head="Over 700 people affected by floods\n\n",
    )
    assert (700, "people") in [(n["value"], n["counts"]) for n in result.numbers], result.numbers
    road = _draft(
        tmp_path,
        "Highway 305 will be widened to four lanes next year, the state said.",
        head="Council backs 305 bridge\n\n",
    )
    assert 305 not in [n["value"] for n in road.numbers], road.numbers


def test_last_evening_and_this_morning_are_days(tmp_path: Path) -> None:
    head = "Roads shut\n\nPublished: 4 May 2019\n\n"
    result = _draft(
        tmp_path,
        "At a briefing last evening, the mayor shut the roads. The storm hit this morning.",
        head=head,
    )
    assert sorted(str(e["date"]) for e in result.events) == ["2019-05-03", "2019-05-04"], result.events
    undated = _draft(tmp_path, "At a briefing last night, the mayor shut the roads.")
    assert [str(e["date"]) for e in undated.events] == ["TODO"], undated.events


def test_that_before_a_phrase_set_off_by_commas_opens_what_is_said(tmp_path: Path) -> None:
    result = _draft(
        tmp_path,
        "Witnesses reported that, because of the fog, the ferry sailed late. Ana Ruiz said that, in her "
        "view, the port was safe.",
    )
    said = _said_by(result)
    assert "Because of the fog, the ferry sailed late" in said, said
    assert said.get("In her view, the port was safe") == ["Ana Ruiz"], said


# -- round 24's forms, on invented sentences across topics ------------------------------------------


@pytest.mark.parametrize(
    ("body", "place", "first"),
    [
        # a known town in capitals whose dash the paste lost, the text's first word right after it
        ("DENVER Road crews cleared the snow from the highway on Monday.", "Denver", "Road crews cleared"),
        ("TOLEDO Firefighters put out a blaze at a warehouse on Friday.", "Toledo", "Firefighters put out"),
        ("MOMBASA Port workers went on strike over unpaid wages.", "Mombasa", "Port workers went"),
    ],
)
def test_a_town_in_capitals_without_its_dash_is_a_dateline(
    tmp_path: Path, body: str, place: str, first: str
) -> None:
    result = _draft(tmp_path, body, head="News of the day\n\n")
    names = {a["name"]: a["kind"] for a in result.actors}
    assert names.get(place) == "place", names
    assert not any(name.split()[0].isupper() for name in names), names
    assert read_article(tmp_path / "report.txt").paragraphs[0].startswith(first)


def test_an_agency_in_brackets_before_a_colon_is_a_dateline(tmp_path: Path) -> None:
    """ "LAKESIDE,(KNA - Kessel Wire / Norland News - 9th Jan, 2020 ) :More than ...": the town, the
    agency and the day, and the text after the colon."""
    result = _draft(
        tmp_path,
        "LEEDS,(KNA - Kessel Wire / Norland News - 9th Jan, 2020 ) :More than 4,000 runners took part "
        "in the city's marathon, organisers said Sunday.",
        head="Marathon draws crowds\n\n",
    )
    kinds = {a["name"]: a["kind"] for a in result.actors}
    assert kinds.get("Leeds") == "place" and kinds.get("KNA") == "media-outlet", kinds
    assert "More" not in kinds, kinds
    assert result.source.get("published") == "2020-01-09", result.source
    assert all(not c["statement"].startswith("LEEDS") for c in result.claims), result.claims


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # what a company does after ", which": owns, is listed, makes
        ("Tamber Home, which owns the Tidy Tot brand, recalled 9,000 cots.", "Tamber Home"),
        (
            "Harlan Spire, which is listed in Lakeside, produces 2 million tonnes of coal a year.",
            "Harlan Spire",
        ),
        ("Brenna Lutz, which makes ferry engines, cut 300 jobs on Monday.", "Brenna Lutz"),
        # one of a company's sites, named for the company: "a Harlan Spire mine", "a Bexel Quarry plant"
        ("Around 900 workers walked out at a Harlan Spire mine near Lakeside.", "Harlan Spire"),
        ("A fire broke out at a Bexel Quarry plant on the river on Sunday.", "Bexel Quarry"),
        # a trade's giant: "rail giant Kesmin", also before its possessive
        ("The walkout follows one at rail giant Kesmin's Norland depot last month.", "Kesmin"),
        ("Shoppers queued outside retail giant Vandor on Friday.", "Vandor"),
    ],
)
def test_what_only_a_company_does_or_has_makes_an_organisation(tmp_path: Path, text: str, name: str) -> None:
    result = _draft(tmp_path, text)
    actor = _actor(result, name)
    assert actor is not None and actor["kind"] == "organisation", [
        (a["name"], a["kind"]) for a in result.actors
    ]


def test_a_town_that_owns_a_stadium_stays_a_place(tmp_path: Path) -> None:
    result = _draft(tmp_path, "Toledo, which owns the stadium, will repair its roof next year.")
    assert _actor(result, "Toledo")["kind"] == "place", result.actors  # type: ignore[index]


def test_a_countys_jail_is_no_company(tmp_path: Path) -> None:
    """ "a Kessel County jail": a site of the county, not of a company named for it."""
    result = _draft(tmp_path, "The suspect was held at a Kessel County jail overnight.")
    assert _actor(result, "Kessel County")["kind"] == "place", result.actors  # type: ignore[index]


def test_the_company_in_its_own_sentence_and_its_head(tmp_path: Path) -> None:
    """ "at a Harlan Spire mine ..., the company said": the company the sentence names, not "company
    head Bo Lund" named later; ", it added" and "according to its website" are the company's too."""
    result = _draft(
        tmp_path,
        "Around 900 workers walked out at a Harlan Spire mine near Lakeside, the company said Monday.\n\n"
        "“All output at the pit has been halted,” Harlan Spire said in a statement.\n\n"
        "“The cause is unclear,” it added.\n\n"
        "“We hope to learn more soon,” said company head Bo Lund.\n\n"
        "Harlan Spire, which is listed in Lakeside, produces 2 million tonnes of coal a year, according to "
        "its website.",
    )
    said = _said_by(result)
    assert said.get("Around 900 workers walked out at a Harlan Spire mine near Lakeside") == [
        "Harlan Spire"
    ], said
    assert said.get("The cause is unclear") == ["Harlan Spire"], said
    assert said.get("We hope to learn more soon") == ["Bo Lund"], said
    website = next(s for s in said if s.endswith("2 million tonnes of coal a year"))
    assert said[website] == ["Harlan Spire"], said


@pytest.mark.parametrize(
    ("text", "body", "said"),
    [
        (
            "The spill, which was first seen Sunday, was likely caused by a broken valve, inspectors with "
            "the Kessel Parks and Recreation Department said.",
            "Kessel Parks and Recreation Department",
            "The spill, which was first seen Sunday, was likely caused by a broken valve",
        ),
        (
            "The trout were stocked too early, biologists with the Lakeside Fish and Game Commission said.",
            "Lakeside Fish and Game Commission",
            "The trout were stocked too early",
        ),
    ],
)
def test_people_with_a_body_leave_no_trace_in_what_it_says(
    tmp_path: Path, text: str, body: str, said: str
) -> None:
    result = _said_by(_draft(tmp_path, text))
    assert result.get(said) == [body], result


def test_a_sentence_broken_inside_its_brackets_goes_on(tmp_path: Path) -> None:
    """ "... 40 billion Rupees (about 500 million U.S." / "Dollars) last year, according to ...": one
    sentence; the currency after a figure of millions or billions is no actor, nor is the list that
    ends the body's name part of what it says."""
    result = _draft(
        tmp_path,
        "The port's income rose to 40 billion Rupees (about 500 million U.S.\n\n"
        "Dollars) last year, according to the provincial department of transport, trade and tourism.",
    )
    statements = [c["statement"] for c in result.claims]
    assert statements == [
        "The port's income rose to 40 billion Rupees (about 500 million U.S. Dollars) last year"
    ], statements
    names = {a["name"] for a in result.actors}
    assert not names & {"Rupees", "Dollars", "U.S. Dollars"}, names


def test_a_people_counted_in_millions_is_what_is_counted(tmp_path: Path) -> None:
    result = _draft(tmp_path, "Each year nearly 4.5 million Norlanders are bitten by dogs, the clinic said.")
    assert "Norlanders" not in {a["name"] for a in result.actors}, result.actors


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("The heaters were sold between May 2011 and June 2012 in Lakeside.", ["2011-05", "2012-06"]),
        ("The city plans a new port by 2025 and a second one by 2035.", ["2025", "2035"]),
        ("The school hopes to double its pupils by 2030.", ["2030"]),
    ],
)
def test_may_before_a_year_and_a_year_to_be_done_by(tmp_path: Path, text: str, dates: list[str]) -> None:
    result = _draft(tmp_path, text)
    assert sorted(str(e["date"]) for e in result.events) == dates, result.events


def test_by_before_a_quantity_is_no_year(tmp_path: Path) -> None:
    result = _draft(tmp_path, "The catch fell by 2000 tonnes at the Lakeside docks.")
    assert result.events == [], result.events


@pytest.mark.parametrize(
    ("text", "value", "counts"),
    [
        ("Around 9,000 cots were sold in Norland and another 4,312 were sold in Kessel.", 4312, "cots"),
        ("Some 40 ferries were checked on Monday and a further 12 on Tuesday.", 12, "ferries"),
    ],
)
def test_another_figure_counts_what_the_one_before_does(
    tmp_path: Path, value: int, counts: str, text: str
) -> None:
    result = _draft(tmp_path, text)
    assert (value, counts) in [(n["value"], n["counts"]) for n in result.numbers], result.numbers


def test_a_plural_of_a_word_only_a_bodys_name_holds_is_no_actor(tmp_path: Path) -> None:
    """ "Consumers who ..." where only "the Consumer Safety Board" is capitalised inside a sentence: the
    start of a sentence; "Democrats" where "a Democrat" is written alone stays a group."""
    result = _draft(
        tmp_path,
        "The heaters were recalled by the Consumer Safety Board on Monday.\n\n"
        "Consumers who own one are being encouraged to call the maker.",
    )
    assert "Consumers" not in {a["name"] for a in result.actors}, result.actors
    voters = _draft(
        tmp_path,
        "Lakeside Democrat Ana Ruiz voted against the plan.\n\nDemocrats who backed it said it would pass.",
    )
    assert "Democrats" in {a["name"] for a in voters.actors}, voters.actors


@pytest.mark.parametrize(
    "line",
    ["Click here to read more at the Kessel Valley Courier.", "Read the full story at Harbour Daily News"],
)
def test_read_more_at_names_the_outlet_of_the_report(tmp_path: Path, line: str) -> None:
    result = _draft(tmp_path, f"The lake was closed on Monday.\n\n{line}")
    outlet = line.rstrip(".").split(" at ")[-1].removeprefix("the ")
    assert _actor(result, outlet) is not None and _actor(result, outlet)["kind"] == "media-outlet", (  # type: ignore[index]
        result.actors
    )


def test_a_long_quote_whose_commas_sit_by_quote_marks_is_split_there(tmp_path: Path) -> None:
    """A quote of over 40 words whose only commas come before an opening quote mark or inside a
    closing one ("in writing,” we ...") is cut at one of them, the closing mark kept with the first
    half, so the draft keeps to the plain-language rule."""
    result = _draft(
        tmp_path,
        "In her reply, “On the meaning of “a public notice,” we can turn to the Harbour Bylaw that "
        "says: ‘a notice includes any sign or any printed page set up by the board in any place where "
        "the public may see and read it during the hours the harbour is open’,” Ana Ruiz said.",
    )
    statements = [c["statement"] for c in result.claims if "Bylaw" in c["statement"]]
    assert statements, result.claims
    parts = SENTENCE_END.split(statements[0])  # as the plain-language check reads sentences
    assert len(parts) > 1 and all(len(s.split()) <= LONGEST for s in parts), statements
    assert "notice.”" in statements[0], statements
