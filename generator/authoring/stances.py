"""What kind of statement a drafted claim is, read from how the article reports it: a call to action
("urged residents to leave", "called on the council to act", "appealed for calm", "residents should
leave") or an opinion ("argued that", "described the deal as historic", "called the move
‘reckless’", "believes", "in my view").
The draft suggests `status: call` or `status: opinion` and says in its review marker which words
suggest it, for a contributor to confirm; a claim no one is named for gets neither (the
`view-unattributed` rule rejects it). A forecast or a warning in clear words gets `status: forecast`
(named for someone or not): reported by "warned", "forecast", "predicted" ("X warned that ..."), by
"estimates that" with what is to come ("would raise"), or said in so many words in its first clause
("is expected to", "will likely", "could reach", "may rise"); round 34's pass measured it (the
held-out statuses 339 of 462 -> 349 of 464, no claim or article lost). A sentence that states such a
forecast with no one named for it ("The merger is expected to close next year") is a claim of
its own, no one's (``forecasts``). Other forecasts ("rain should ease", "the plant will close")
stay statements to check.

"X urged Y to ..." reports no words of X's with a verb of saying, so ``appeals`` finds it as a claim:
the whole sentence, as for "X reported a jump", kept when someone named holds it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from generator.authoring.extraction import Said
from generator.format.model import ClaimStatus

# The verbs that report a call to action, with what must follow them: "urged X to", "called on X to",
# "called for X to" (a bare "called for a 0.7 percent gain" is a forecast), "appealed to X for",
# "appealed for calm", "pleaded with X to".
_CALL_VERBS = (
    r"(?:urged|urges|advised|advises|encouraged|encourages|exhorted|exhorts|implored|implores|pleaded\s+with|pleads\s+with|begged|begs|called\s+on|calls\s+on"
    r"|called\s+upon|calls\s+upon|called\s+for|calls\s+for)\s+"
    # ("urged residents, particularly children, the elderly and those with heart conditions, to stay
    # in": those addressed with an aside that lists who among them most)
    r"(?:[^.;:“”\"]{1,80}?|[^.;:“”\",]{1,40},\s+(?:particularly|especially|including|notably|mainly)\s+"
    r"[^.;:“”\"]{1,160}?,)\s+to\s+[a-z]"
    # an order given to those who must carry it out: "directed the roads office to close the pass",
    # "instructed staff to" (not "directed traffic to the bypass": a way shown, no call)
    r"|(?:directed|directs|instructed|instructs)\s+[^.;:“”\"]{1,80}?\s+to\s+"
    r"(?!(?:the|a|an|its|their|his|her|this|that|these|those)\b)[a-z]"
    # the call as it goes on: "the board is urging residents to", "is advising travellers to check"
    r"|(?:is|are|was|were)\s+(?:(?:now|also|again|still|strongly)\s+)?(?:urging|advising|encouraging|imploring"
    r"|begging|calling\s+on|calling\s+upon)\s+[^.;:“”\"]{1,80}?\s+to\s+[a-z]"
    # "asked residents of Kessel to stay indoors": a request to the people of a place
    r"|(?:asked|asks)\s+(?:the\s+)?(?:citizens|residents|people|voters|villagers|youth|farmers|traders)\b"
    r"[^.;:“”\"]{0,60}?\s+to\s+[a-z]"
    # "asked for the fees to be cut", "demanded for the road to be reopened": a request for a thing done
    r"|(?:asked|asks|demanded|demands)\s+for\s+[^.;:“”\"]{1,80}?\s+to\s+be\s+[a-z]"
    r"|(?:appealed|appeals|pleaded|pleads)\s+(?:to\s+[^.;:“”\"]{1,80}?\s+)?for\s+[a-z]"
    r"|(?:appealed|appeals)\s+to\s+[^.;:“”\"]{1,80}?\s+to\s+[a-z]"
    # "made a special appeal that films should be shown", "made an urgent plea for calm", "had made a
    # request for blankets"
    r"|(?:made|makes)\s+(?:a|an)\s+(?:[a-z]+\s+)?(?:appeal|plea|request)\s+(?:to\s+[^.;:“”\"]{1,80}?\s+)?(?:for|that)\s+[a-z]"
    # "encouraged the involvement of young people in ...", "urged greater use of ...": what should be done,
    # named by its noun
    r"|(?:encouraged|encourages|urged|urges)\s+(?:the\s+|greater\s+|more\s+|wider\s+)+"
    r"(?:involvement|participation|use|adoption|uptake|take-up)\s+of\s+[a-z]"
    # "recommended that tenants wait", "urged that the road be closed", "asked that the vote be put off":
    # what should be done
    r"|(?:recommended|recommends|urged|urges|advised|advises|requested|requests|demanded|demands|proposed|proposes"
    r"|asked|asks)\s+that\s+[a-z]"
    # "asked to delay the vote", "asked to see the plans": what the speaker asks leave to do (not "asked to
    # be", nor "was asked to", no verb of theirs)
    r"|(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?:asked|asks)\s+to\s+(?!be\b)[a-z]"
    # "put forward a motion asking the board to review ...", "tabled a petition calling for ...": a
    # call made in the document the speaker brings
    r"|(?:put|puts)\s+forward\s+(?:a|an)\s+(?:[a-z]+\s+){0,3}?(?:motion|petition|resolution|proposal|request)"
    r"\s+(?:asking|calling\s+(?:on|upon|for)|urging|requesting|demanding)\s+[a-z]"
    r"|(?:tabled|tables|filed|files|submitted|submits|moved|moves|presented|presents)\s+(?:a|an)\s+"
    r"(?:[a-z]+\s+){0,3}?(?:motion|petition|resolution)\s+(?:asking|calling\s+(?:on|upon|for)|urging"
    r"|requesting|demanding)\s+[a-z]"
    # "recommends staying indoors", "advised boiling the water": what should be done, by its gerund
    r"|(?:recommended|recommends|advised|advises)\s+(?!being\b)[a-z]{3,}ing\b"
)
# A judgement put in quotes after "called": "called the move ‘abrupt and dangerous’" (not "called the
# police to report": a judgement is quoted).
_CALLED_IT = r"(?:called|calls|call)\s+(?:it|them|this|that|the\s+[^.;:“”\"‘’]{1,60}?)\s+[‘“\"']\w"
# The verbs that report an opinion: "argued that", "contends", "believes", "described X as Y".
# A judgement of someone for what they did: "criticized the council for voting", "praised crews for",
# "hailed the crews' work".
_JUDGED = (
    r"(?:criticized|criticised|criticizes|criticises|condemned|condemns|praised|praises|faulted|faults"
    r"|blamed|blames)\s+[^.;:“”\"]{1,80}?\s+for\s+[a-z]"
    # a charge laid: "accused the board of wasting money" (not "the man accused of theft": no one
    # named accuses, and "accused" is the man)
    r"|(?:accused|accuses)\s+(?!of\b)[^.;:“”\"]{1,80}?\s+of\s+[a-z]"
    # praise with no reason given: "The mayor hailed the “tireless work” of the crews"
    r"|(?:hailed|hails)\s+(?:the|its|their|his|her)\s+[“\"‘]?[a-z]"
    # credit given in a speech: "gave credit of the town's growth to the mayor", "gave credit for it to"
    r"|(?:gave|gives)\s+(?:the\s+)?credit\s+(?:of|for)\s+[^.;:“”\"]{1,80}?\s+to\s+(?:the\s+)?[A-Z]"
    # the cause the speaker gives for a change: "chalked up the rise to new rules", "put the drop down
    # to the heat", "cited the new rules as part of the reason" (not "cited as the second most ...")
    r"|(?:chalked|chalks|chalk)\s+up\s+(?:the|this|that|these|its|their|much\s+of\s+the)\s+[^.;:“”\"]{1,80}?\s+to\s+[a-z]"
    r"|(?:put|puts)\s+(?:the|this|that|these|its|their)\s+[^.;:“”\"]{1,60}?\s+down\s+to\s+[a-z]"
    r"|(?:cited|cites)\s+[^.;:“”\"]{1,120}?\s+as\s+(?:[a-z]+ly\s+)?(?:part\s+of|a\s+(?:reason|factor|cause)|the\s+"
    r"(?:reason|cause|main\s+reason)|one\s+(?:reason|factor|cause)|reasons?|factors?|causes?)\b"
)
# A thing judged as what the speaker holds it to be: "dismissed the union’s claims as baseless",
# "rejected the plan as unworkable", "branded the fees unfair" is not one (no "as")
_DISMISSED = (
    r"(?:dismissed|dismisses|rejected|rejects|branded|brands|slammed|slams)\s+[^.;:“”\"]{1,60}?\s+as\s+[“\"]?"
    r"(?!a\s+whole\b|well\b|soon\b|part\b|such\b)[a-z]"
    # "dismissed the frequent complaints of riders", "brushed aside concerns about the cost": what others
    # say, set aside as wrong (not "dismissed the case", a court's act)
    r"|(?:dismissed|dismisses|brushed\s+aside|brushes\s+aside|shrugged\s+off|shrugs\s+off)\s+(?:the\s+|their\s+)?"
    r"(?:[a-z]+\s+){0,2}?(?:complaints|criticism|criticisms|concerns|fears|worries|accusations|allegations"
    r"|rumou?rs|suggestions)\b"
)
_OPINION_VERBS = (
    r"(?:argued|argues|contended|contends|believes|believed|opined|opines|felt|feels)\b"
    # "expressed concern over the new fees": a worry voiced is a view
    r"|expressed\s+(?:[a-z]+\s+)?(?:concerns?|fears?|worry|worries|alarm|frustration|anger|disappointment"
    r"|doubts?)\s+(?:over|about|at)\b"
    r"|(?:described|describes)\s+[^.;:“”\"]{1,60}?\s+as\s+[“\"]?[a-z]"
    rf"|{_DISMISSED}"
    # "expressed concern that the rumours could ...": a worry voiced, a clause of its own
    r"|expressed\s+(?:[a-z]+\s+)?(?:concerns?|fears?|worry|worries|alarm|doubts?)\s+that\b"
    rf"|{_CALLED_IT}|{_JUDGED}"
)
# Who "believes" what an inquiry suggests, not a view: "the sheriff's office believes the fire was set".
_INVESTIGATING = re.compile(
    r"\b(?:police|sheriff|sheriff[’']s|investigators?|detectives?|prosecutors?|officials|authorities"
    r"|scientists|researchers|experts)\b",
    re.IGNORECASE,
)
# The verbs that report a warning or a forecast: their claims are forecasts.
# ("X has projected a profit of $3 million": a figure to come, its object right after)
_FORECAST_VERBS = (
    r"(?:warned|warns|forecast|forecasts|predicted|predicts|cautioned|cautions"
    r"|projected(?=\s+(?:a|an|that|total|\d)\b))\b"
)

# "estimates that", "hoped": a forecast when what is estimated or hoped is to come ("would raise",
# "will reopen in May").
_ESTIMATE_VERBS = (
    r"(?:estimates|estimated|projects|projected|expects|expected|hoped|hopes"
    # "the board is optimistic that sales will rise": a hope held of what is to come
    r"|(?:is|are|was|were)\s+(?:optimistic|hopeful|confident|pessimistic))\b"
)
_WILL = re.compile(r"\b(?:will|would|could|may|might|is\s+going\s+to)\b")
# A forecast in so many words: "is expected to", "will likely", "likely will", "is likely to", "could
# reach", "may rise", "is forecast to", "is projected to", "estimates show that ... could be".
_FORECAST_SAID = re.compile(
    r"\b(?:is|are|was|were|be)\s+(?:(?:now|also|still)\s+)?(?:expected|forecast|projected|predicted|likely)\s+to\s+[a-z]"
    # "Forecasters are warning of flooding", "the agency is warning that ...": a warning as it goes on
    r"|\b(?:is|are)\s+(?:(?:now|also|still|again)\s+)?warning\s+(?:of|that|about)\b(?=\s+[a-z])"
    r"|\b(?:will|would)\s+(?:likely|probably)\s+[a-z]|\blikely\s+will\s+[a-z]"
    # "It's not going to be an easy winter", "there is going to be a review": what is to come
    r"|^(?:It|This|That|There)(?:[’']s|\s+is|\s+was)\s+(?:not\s+)?going\s+to\s+be\b"
    # "We will be rebuilding the pier": what the speaker's side is to do
    r"|^(?:I|[Ww]e)\s+will\s+(?:soon\s+|now\s+)?be\s+[a-z]+ing\b"
    # "We expect that the county will pay this year": the speaker's own expectation, a clause
    r"|^(?:I|[Ww]e|[Hh]e|[Ss]he|[Tt]hey)\s+(?:also\s+|still\s+|fully\s+)?(?:expects?|anticipates?)\s+that\s+"
    r"[^.;:]{1,80}?\b(?:will|would)\s+[a-z]"
    # "they plan to jointly open a depot next spring", "we intend to launch it later this year": what
    # the speaker's side means to do, by a time still to come (also after the verb that reports it,
    # in a sentence drafted whole: "Three firms have said they plan to ...")
    r"|\b(?:I|[Ww]e|[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\s+(?:plans?|planned|intends?|intended|aims?|aimed)\s+to\s+"
    r"[^.;:]{1,60}?\b(?:(?:later\s+)?this|next)\s+(?:year|month|week|summer|autumn|fall|winter|spring)\b"
    # "he expects the board to approve it": the speaker's own expectation of what is to come
    r"|^(?:I|[Ww]e|[Hh]e|[Ss]he|[Tt]hey)\s+(?:also\s+|still\s+)?(?:expects?|anticipates?)\s+[^.;:]{1,80}?\bto\s+[a-z]"
    r"|\b(?:could|may|might)\s+(?:reach|rise|fall|top|exceed|climb|hit|drop|double|grow|increase|decrease"
    r"|decline|soar|surge)\b"
    # what estimates or projections show is to come: "estimates show that output could be lower"
    r"|\b(?:estimates|projections|forecasts)\s+(?:show|suggest|indicate)\s+(?:that\s+)?[^.;:]{0,80}?"
    r"\b(?:will|would|could|may|might)\s+[a-z]"
)
# What someone says will be or will change: "fares will be very high", "the shortage will
# escalate", "rents won't fall soon", "most stalls are going to remain" (a plan or an act to come,
# "the plant will close", "it would appeal", stays a statement to check); "will" the first verb of
# what is said, after no "we" or "it"
_WILL_BE = re.compile(
    r"^(?:(?!(?:I|[Ww]e|[Ii]t|is|are|was|were|has|have|had|did|does|do|that|if|when|once|because|after|before"
    r"|although|as|so|not|no)\b)[\w’'$%.,-]+\s+){1,7}?(?:will|would|won[’']t|(?:is|are)\s+going\s+to)\s+(?:not\s+)?"
    r"(?:be\s+(?:(?:very|extremely|much|far|even|[a-z]+ly)\s+)?(?!(?:[a-z]+ed|able|a|an|the|no|in|on|at|for|to)\b)"
    r"[a-z]+\b(?!\s+(?:to|for|by)\b)"
    r"|(?:increase|rise|fall|drop|decline|grow|climb|soar|surge|remain|escalate|worsen|improve|ease|slow"
    r"|shrink|double|reach|exceed|top|hit|cost|save|see|take|cause|last|continue|stay|push)\b)"
)
# What someone said would happen, reported after a verb of saying in the past ("noted that the
# pier would be opened on Monday", "said passengers would begin to enjoy ..."): the forecast their
# "will" was, in reported speech; "would" the first verb of what is said, after no "we", "it", "if"
# ("they would contact the users", "there would be no more fairs": what the speaker's side is to do
# or has decided, a plan; no quoted words after it, an opinion's)
_WOULD_REPORTED = re.compile(
    r"^(?:(?!(?:I|[Ww]e|[Ii]t|[Tt]hey|[Hh]e|[Ss]he|[Tt]here|is|are|was|were|has|have|had|did|does|do|that|if|when"
    r"|once|because|after|before|although|as|so|not|no|unless|otherwise)\b)[\w’'$%.,-]+\s+){1,7}?"
    r"would\s+(?!have\b|not\b|like\b|rather\b)[a-z]+(?![^“”\"]*[“”\"])"
)
# What is to come soon, or to reach further: "the fault would be fixed very soon", "the queue may
# extend up to 9 km by night", "delays could last until Friday"
_SOON_SAID = re.compile(
    r"\b(?:will|would)\s+be\s+(?:[a-z]+ed|done|over)\s+(?:very\s+|quite\s+)?(?:soon|shortly)\b"
    # "Five more ferries will be launched later this year", "would be finished by next spring"
    r"|\b(?:will|would)\s+be\s+[a-z]+ed\s+(?:later\s+this\s+(?:year|month|week|summer|autumn|winter|spring)"
    r"|(?:by\s+)?next\s+(?:year|month|week|summer|autumn|winter|spring))\b"
    r"|\b(?:could|may|might)\s+(?:extend|stretch|last|continue|persist)\s+(?:up\s+)?(?:to|until|into|beyond)\b"
    # "the scanner will be operational by June", "would be ready in the spring": a state a plan is to
    # reach by a time
    r"|\b(?:will|would)\s+be\s+(?:fully\s+)?(?:operational|ready|complete|open|running|available|in\s+service)"
    r"\s+(?:by|in|from|before)\s+(?:[A-Z][a-z]+|next\b|the\s+(?:end|start|spring|summer|autumn|fall|winter)\b"
    r"|early\b|late\b|mid)"
)
# "the mill is set to close", "the city was on track to meet its goal": what is to come, as someone
# says it (a plan no one is named for, "Recovery work is set to continue", is no claim of its own)
_SET_TO = re.compile(
    # ("looks set to benefit", "seems poised to": as it looks to the speaker)
    r"\b(?:is|are|was|were|looks?|looked|seems?|seemed)\s+(?:(?:now|also|still)\s+)?(?:set|on\s+track|poised)"
    r"\s+to\s+[a-z]"
)

# What may stand between a speaker and the verb: a time, an adverb, an auxiliary, or a description
# set off by commas ("Mark Lee, the mayor, urged"); never another clause.
# A time between the one who calls and the verb: "The water board yesterday urged ...", "Ana Ruiz
# on Friday called on ...", "the council last week asked ..."
_TIME_BETWEEN = (
    r"yesterday|today|tonight|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?:last|this)\s+(?:week|month|year)|earlier\s+this\s+(?:week|month|year)"
)
_GAP = (
    r"(?:\s+\([A-Z][\w@&.-]*\))?"  # "The Kessel Growers Association (KGA) urged": its initials
    # ("The town's mayor, Bo Lund, has asked": the comma that closes a name set off as a post's)
    r"(?:,\s+[^,;“”\"]{2,80},\s+|,\s+(?=(?:has|have|had|also)\s)|\s+)"
    r"(?:(?:also|again|has|have|had|once|then|on\s+[A-Z]\w+|[a-z]+ly|" + _TIME_BETWEEN + r")\s+){0,3}"
    # ("Bo Lund on Monday in a statement to reporters urged": where it was said)
    r"(?:in\s+(?:a|an|his|her|its|their)\s+(?:[a-z]+\s+)?(?:statement|letter|address|speech|interview)"
    r"(?:\s+to\s+(?:the\s+)?(?:press|media|council|board|reporters))?\s+)?"
)

# Who a call in what is said is addressed to: "residents should leave", "we must act", "the
# government needs to"; not a thing ("rain should ease", "the bridge should reopen": a forecast).
_ADDRESSED = (
    r"(?:we|you|they|everyone|everybody|people|[Aa]mericans|residents|citizens|parents|drivers|motorists"
    r"|visitors|tourists|voters|members|lawmakers|legislators|politicians|leaders|officials|authorities"
    r"|governments|countries|nations|employers|companies|businesses|consumers|customers|shoppers"
    # ("Nurses should check the labels": advice to a trade or to those it serves)
    r"|pharmacists|doctors|nurses|patients|farmers|teachers|landlords|tenants|owners|operators"
    # ("the union must now make concessions": the other side of a dispute, told what to do)
    r"|the\s+(?:union|unions|management|employer|employers|opposition|club|league|federation)"
    r"|the\s+(?:government|council|city|state|county|country|ministry|public|world|board|company|police"
    r"|authorities|administration|president|mayor|(?:[a-z]+\s+)?minister)|Congress|Parliament)"
)
_CALL_SAID = re.compile(
    # "swimming in the weir is not advised": advice with no one addressed by name
    r"\b(?P<advised>(?:is|are)\s+(?:not\s+|strongly\s+)?(?:recommended|advised))\b(?!\s+(?:by|for)\b)|"
    rf"(?:^|(?<=[^\w’'-]))(?P<words>(?i:{_ADDRESSED})\s+(?:(?:all|also|now|really|simply|urgently)\s+)?"
    # (not "have to": "we have to look at the final third" tells what is needed, not others what to do)
    r"(?:should|must|need\s+to|needs\s+to|ought\s+to))\s+(?:not\s+)?(?!have\b|be\s+able\b)[a-z]"
    r"|\b(?P<first>(?:I|[Ww]e)\s+(?:(?:would|strongly|urgently)\s+)?(?:urge|call\s+on|call\s+upon|appeal\s+to"
    r"|appeal\s+for|implore|beg)"
    # "We hope staff will consider the impact": what the speaker wishes others would do
    rf"|(?:I|[Ww]e)\s+(?:(?:really|sincerely|do)\s+)?hope\s+(?:that\s+)?(?i:{_ADDRESSED}|staff|workers)\s+"
    r"(?:will|would)"
    # "It is my sincere hope that the faults will be fixed", "It is our wish that ...": what the
    # speaker wishes done, opening what is said
    r"|^[Ii]t\s+is\s+(?:my|our)\s+(?:(?:sincere|earnest|fervent|strong)\s+)?(?:hope|wish|desire)\s+that\b[^.;]*?"
    r"\b(?:will|would|should|can))\b"
    r"|^(?P<us>[Ll]et\s+us|[Ll]et’s|[Ll]et's)\s+[a-z]"
)
_OPINION_SAID = re.compile(
    r"\b(?P<words>[Ii]n\s+(?:my|our|his|her|their)\s+(?:view|opinion|judg(?:e)?ment)"
    # "calling the walkout illegal and saying ...", what an outlet quotes someone "as" doing: a
    # judgement of a thing, opening what is said
    r"|^(?:calling|branding|labell?ing)\s+(?:the|this|that|it|its|their|his|her)\b[^.;,]{0,60}?\s+"
    r"(?:illegal|unlawful|unfair|unacceptable|wrong|unjust|a\s+[a-z]+)\b"
    r"|^describing\s+[^.;,]{1,60}?\s+as\s+[a-z]"
    # "I think", "we believe" opening what is said or a clause of it ("each time we believe we get
    # close" tells what happened)
    r"|(?:(?<=^)|(?<=[“\"])|(?<=[,;:—–]\s)|(?<=\bbut\s)|(?<=\band\s))(?:I|[Ww]e)\s+"
    # ("I don't think", "we do not believe": a view all the same, denied)
    r"(?:(?:really|strongly|firmly|still|do|just|also|don[’']t|do\s+not|didn[’']t)\s+)?(?:think|believe|feel)"
    # "it was important that the council act": a judgement of what should be, opening what is said
    r"|^[Ii]t\s+(?:is|was|would\s+be|will\s+be)\s+(?:very\s+|so\s+|really\s+)?(?:important|essential|vital"
    r"|crucial|critical|imperative|unfair|wrong|right|a\s+mistake|unacceptable|irresponsible)\s+(?:that|to|for)\b"
    # "It was heartbreaking", "So it's just very frustrating for us": a feeling said of what happened
    r"|^(?:So\s+|And\s+|But\s+)?[Ii]t(?:[’']s|\s+is|\s+was)\s+(?:(?:just|really|very|so|pretty|quite|a\s+bit|a\s+little)\s+)*"
    r"(?:devastating|heartbreaking|tough|difficult|hard|terrible|awful|sad|frustrating|disappointing"
    r"|hit\s+and\s+miss|ridiculous|shocking|scary|wonderful|amazing|incredible)"
    # "the city should have acted sooner": a judgement of what was done
    r"|(?:should|ought\s+to)\s+(?:not\s+)?have\s+[a-z]+ed"
    # "We were very pleased", "he was also disappointed": a feeling the speaker has
    r"|\b(?:I|[Ww]e|[Hh]e|[Ss]he|[Tt]hey)(?:\s+(?:am|are|was|were|is)|[’'](?:m|re|s))\s+"
    r"(?:(?:very|so|really|also|extremely|quite|deeply|pretty|a\s+bit|a\s+little|not|incredibly|immensely"
    r"|hugely|truly|enormously|tremendously)\s+)*"
    r"(?:pleased|disappointed|happy|glad|thrilled|delighted|proud|surprised|excited|encouraged|satisfied"
    r"|frustrated|concerned|worried|optimistic|hopeful|grateful|saddened|upset|shocked)"
    # "Gardening is very rewarding", "it was pretty amazing to see": a judgement with its degree
    r"|\b(?:is|are|was|were)\s+(?:(?:very|so|really|pretty|quite|extremely|incredibly|truly)\s+)+"
    r"(?:rewarding|amazing|wonderful|great|good|bad|important|exciting|impressive|beautiful|special|nice"
    r"|fun|difficult|hard|tough|challenging|healthy|successful|unusual|rare)"
    # "It would be the finest collection of its kind", "That was the worst storm": a superlative
    # judgement opening what is said; "There couldn't be a better way": none better or worse
    r"|^(?:It|This|That|There)\s+(?:is|was|would\s+be|will\s+be)\s+the\s+(?:finest|best|greatest|worst"
    r"|most\s+[a-z]+)\b"
    r"|\b(?:couldn[’']t|could\s+not|can[’']t|cannot)\s+be\s+(?:an?\s+|any\s+)?(?:better|worse)\b"
    # "We found this to be a nice feature": a judgement found
    r"|\b(?:found|find|consider|considered)\s+(?:it|this|that|them)\s+(?:to\s+be\s+)?(?:an?\s+)?"
    r"(?:(?:very|really|pretty|quite)\s+)?(?:nice|good|great|useful|welcome|helpful|big|huge)\b"
    # "it is still a sad day for the crews": a day judged
    r"|\b(?:an?|what\s+an?)\s+(?:(?:very|really|truly|particularly)\s+)?(?:sad|dark|black|tough|difficult"
    r"|terrible|proud|historic)\s+day\b"
    # "The council is concerned at ...": a body's feeling, opening what is said
    r"|(?:(?<=^)|(?<=^[“\"]))[Tt]he\s+(?:[a-z]+\s+){0,2}?[a-z]+\s+(?:is|are|was|were)\s+(?:(?:very|deeply|extremely|also)\s+)*"
    r"(?:concerned|disappointed|pleased|delighted|saddened|worried|shocked|frustrated)\b"
    # "It's a huge relief", "What a relief": a feeling; "The launch went really well": how it went, judged
    r"|^(?:It|That|This)(?:[’']s|\s+is|\s+was)\s+(?:such\s+)?an?\s+(?:(?:big|great|huge|real)\s+)?relief"
    r"|\b(?:went|goes|has\s+gone|had\s+gone)\s+(?:(?:very|really|so|extremely|remarkably|pretty|quite)\s+)*well\b"
    # "Owls are my favourite", "the new pool is terrific": the speaker's liking, a judgement of praise
    r"|\bmy\s+(?:(?:very|absolute|all-time)\s+)?favou?rites?\b"
    r"|\b(?:is|are|was|were)\s+(?:just\s+|simply\s+)?(?:terrific|fantastic|brilliant|excellent|superb|marvell?ous"
    r"|awesome|outstanding|magnificent)\b"
    # "the delay is an unacceptable state of things", "was simply unacceptable": a judgement of wrong
    r"|\b(?:is|are|was|were)\s+(?:(?:an?|just|simply|totally|completely|frankly)\s+){0,2}unacceptable\b"
    # "gives us hope", "gives me heart": what the speaker takes heart from
    r"|\bgives?\s+(?:me|us)\s+(?:(?:great|real|some|a\s+lot\s+of)\s+)?(?:confidence|hope|comfort|heart)\b"
    # "months of training are paying off": an effort judged worth it
    r"|\b(?:is|are)\s+(?:really\s+|finally\s+|now\s+)?paying\s+off\b|\b(?:has|have)\s+(?:really\s+|finally\s+)?paid\s+off\b)\b"
)


# What "warned" reports when its object is told to act: "drivers ... to stay off the bridge" (not
# "to be", what is to come; nor "prices to rise", no one told).
_WARNED_TO_ACT = re.compile(
    r"^(?:the\s+)?(?:[a-z]+\s+)?(?:patients|residents|drivers|motorists|people|parents|visitors|customers"
    r"|consumers|shoppers|travellers|travelers|passengers|users|pharmacists|doctors|farmers|staff|workers"
    r"|members|students|swimmers|boaters|hikers)\b[^.;:“”\"]{0,160}?\bto\s+(?!be\b)[a-z]+"
)


def _told_right_after(verb: str, said: str, sentence: str) -> bool:
    """What is said comes right after the verb ("warned residents to ..."), no "that" between."""
    return re.search(rf"\b{re.escape(verb)}\s+{re.escape(said[:40])}", sentence, re.IGNORECASE) is not None


class Suggested(NamedTuple):
    """The status a draft suggests for a claim, and the words of the article that suggest it."""

    status: ClaimStatus
    because: str


def suggest_status(said: Said, sentence: str) -> Suggested | None:
    """The status ``said`` suggests, from the verb that reports it in ``sentence`` and from its own
    words; None for a plain statement."""
    speaker = said.speaker.strip()
    # "..., said Ana Ruiz, who also urged drivers to slow down", "Bo Lund, who described the fees as
    # “unfair”": what a clause of "who" about the speaker reports is a call or an opinion by its verb
    for status, verbs in ((ClaimStatus.CALL, _CALL_VERBS), (ClaimStatus.OPINION, _OPINION_VERBS)):
        who = (
            re.search(
                rf"\b{re.escape(speaker)},\s+who\s+(?:(?:also|again|has|had|then)\s+){{0,2}}(?P<verb>{verbs})",
                sentence,
            )
            if speaker
            else None
        )
        if who is not None and sentence.find(said.said, who.start("verb")) >= 0:
            return Suggested(status, who["verb"].split()[0])
    # "pleaded for leniency saying that she did not know": what "saying" reports, not the plea
    saying = re.search(r"\bsaying\s+(?:that\s+)?$", sentence[: max(sentence.find(said.said), 0)])
    acted = _ACTED_CALLING.match(sentence.strip())
    if speaker and acted is not None and speaker in {acted["who"], acted["body"]}:
        return Suggested(ClaimStatus.CALL, acted["verb"])  # "..., calling on the board to act"
    if speaker and not saying:
        verb = _reported_by(speaker, _FORECAST_VERBS, sentence)
        if (
            verb is not None
            and _WARNED_TO_ACT.match(said.said)
            and _told_right_after(verb, said.said, sentence)
        ):
            # "X warned drivers to stay off the bridge": those warned are told what to do
            return Suggested(ClaimStatus.CALL, verb)
        if verb is not None and re.match(r"(?:warn|caution)(?:s|ed)\s+against\b", said.said, re.IGNORECASE):
            return Suggested(ClaimStatus.CALL, verb)  # "X warned against buying old boats": advice not to
        if verb is not None:
            # "X warned that people should stay home", "X forecast a rise": a forecast or a warning
            return Suggested(ClaimStatus.FORECAST, verb)
        verb = _reported_by(speaker, _ESTIMATE_VERBS, sentence)
        if verb is not None and _WILL.search(said.said):
            return Suggested(ClaimStatus.FORECAST, verb)  # "X estimates that the levy would raise ..."
        for status, verbs in ((ClaimStatus.CALL, _CALL_VERBS), (ClaimStatus.OPINION, _OPINION_VERBS)):
            verb = _reported_by(speaker, verbs, sentence)
            if verb is not None and not (verb.startswith("believe") and _INVESTIGATING.search(speaker)):
                return Suggested(status, verb)
    if (words := _OPINION_SAID.search(said.said)) is not None:
        return Suggested(ClaimStatus.OPINION, " ".join(words["words"].split()))
    if (words := _CALL_SAID.search(said.said)) is not None:
        found = words["words"] or words["first"] or words["us"] or words["advised"]
        return Suggested(ClaimStatus.CALL, " ".join(found.split()))
    # (in its first clause: "the reservoirs are at 72%, and levels will likely fall" states a level)
    first_clause = re.split(r",\s+(?:and|but)\s+|;\s+", said.said, maxsplit=1)[0]
    if (words := _FORECAST_SAID.search(first_clause)) is not None:
        return Suggested(ClaimStatus.FORECAST, " ".join(words[0].split()))
    if not speaker and (words := _UNNAMED_THREAT.match(said.said)) is not None:
        return Suggested(ClaimStatus.FORECAST, "threatened to")  # "Other unions threatened to strike"
    if (words := _SOON_SAID.search(first_clause)) is not None:
        return Suggested(ClaimStatus.FORECAST, " ".join(words[0].split()))
    if speaker and (words := _SET_TO.search(first_clause)) is not None:
        return Suggested(ClaimStatus.FORECAST, " ".join(words[0].split()))
    if speaker and (words := _WILL_BE.search(first_clause)) is not None:
        return Suggested(ClaimStatus.FORECAST, " ".join(words[0].split()))
    if speaker and not _quoted(said.said, sentence) and (words := _WOULD_REPORTED.search(first_clause)):
        return Suggested(ClaimStatus.FORECAST, " ".join(words[0].split()))
    # (a quote that goes on from its speaker's last words is theirs, though it names no one)
    if (speaker or _quoted(said.said, sentence)) and (words := _RISK_OF.search(said.said)) is not None:
        return Suggested(ClaimStatus.FORECAST, " ".join(words["words"].split()))
    return None


# A risk or a chance of what may come, as someone rates it: "there is a high risk of hail", "there
# is a 40 percent chance of rain", "there is potential for 30 mm to fall"; after a place or a time set
# off by a comma ("Over the hills, there is a low chance of snow"), or as a clause after "but" ("There
# is doubt over where, but there is potential for ...").
_RISK_OF = re.compile(
    r"(?:^(?:[A-Z][^,;:]{0,40},\s+)?|,\s+but\s+)"
    r"(?P<words>[Tt]here\s+(?:is|are|was|remains)\s+(?:a\s+|an\s+)?(?:(?:low|moderate|high|small|slight|"
    r"significant|strong|real|some|very\s+high|\d{1,3}(?:\s*%|\s+per\s*cent|\s+percent))\s+)?(?:risk|chance"
    r"|probability|likelihood|possibility|potential)\s+(?:of|that|for))\b"
)


# People no one names who threaten what they will do: "Other drivers' groups threatened to block the
# bridge", "Some unions have threatened to strike".
_UNNAMED_THREAT = re.compile(
    r"^[A-Z][a-z]+(?:\s+[a-z][\w’'-]*){0,4}\s+(?:organi[sz]ations|groups|unions|associations|drivers|workers"
    r"|residents|protesters|protestors|farmers|traders|members|staff|teachers|nurses|doctors|fishermen|fishers"
    r"|activists|campaigners|tenants|operators|clubs)\s+(?:have\s+|had\s+|also\s+)?(?:threatened|threaten)\s+to\s+"
    r"(?!be\b)[a-z]"
)


def forecasts(sentence: str) -> list[Said]:
    """A forecast a sentence states in so many words with no one named for it ("The merger is
    expected to close next year", "Repairs are likely to take several days"), or a threat of
    people no one names ("Other unions threatened to strike"): the whole sentence, no one's."""
    text = sentence.strip().rstrip(".")
    if _UNNAMED_THREAT.match(text) and not _QUOTE_MARKS.search(text):
        return [Said("", text)]
    first_clause = re.split(r",\s+(?:and|but)\s+|;\s+", text, maxsplit=1)[0]
    if _QUOTE_MARKS.search(text) or not _FORECAST_SAID.search(first_clause):
        return []
    return [Said("", text)]


_QUOTE_MARKS = re.compile(r"[“”\"]")


def _quoted(said: str, sentence: str) -> bool:
    """Whether what is said stands in quote marks in the sentence (the speaker's own words)."""
    at = sentence.find(said[:30])
    return (at > 0 and sentence[at - 1] in '“"') or (at > 1 and sentence[at - 2 : at] in {"“ ", '" '})


def _reported_by(speaker: str, verbs: str, sentence: str) -> str | None:
    """The verb of ``verbs`` that reports what ``speaker`` says: right after the speaker ("Ana Ruiz
    urged residents to", "the council, in a statement, argued") or right before ("..., argued Ana
    Ruiz"); its first word, with its particle ("called on", "appealed for")."""
    name = f"(?i:{re.escape(speaker[:1])}){re.escape(speaker[1:])}"  # "The board" as "the board"
    after = re.search(rf"(?<![\w’'-]){name}{_GAP}(?P<verb>{verbs})", sentence)
    before = re.search(rf"\b(?P<verb>{verbs})\s+(?:[a-z][\w-]*\s+){{0,4}}{name}\b", sentence)
    found = after or before
    if found is None:
        return None
    words = found["verb"].split()  # "urged", "called on", "appealed for"
    if words[0] in {"is", "are", "was", "were"}:
        words = [w for w in words if w not in {"now", "also", "again", "still", "strongly"}]
        words = [f"{words[0]} {words[1]}", *words[2:]]  # "is urging", "is calling on"
    return " ".join(words[:2] if words[1:2] in (["on"], ["upon"], ["for"], ["with"]) else words[:1])


# Some of a body's members, named by the body: "Members of the Kessel Growers Union", "Sixteen members
# of the Orla Rowing Club", "Some 40 delegates of the Tarn Farmers Association".
_MEMBERS_OF = (
    r"(?:(?:[A-Z][a-z]+|Some\s+\d[\d,]*|\d[\d,]*)\s+)?(?:[Mm]embers|[Dd]elegates|[Rr]epresentatives)\s+of\s+"
    r"(?P<body>(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w’'.&-]*){0,9})"
)


# "Mayor Ana Ruiz urged residents to leave", "Recently, the council called on the state to act",
# 'Calling the figures “alarming,” the mayor urged ...' (after a comma that closes a quote),
# "The minister described the deal as historic": a call or an opinion no verb of saying reports.
_APPEAL = re.compile(
    # ("Board member Ana Ruiz urged ...": her post in lower case before her name opens the sentence)
    # ("On May 4, councillor Bo Lund put forward ...": after a time set off by a comma)
    r"(?:(?:^|(?<=,\s))(?:[A-Z][a-z]+\s+)?(?:member|trustee|councillor|councilor|commissioner|director)\s+(?=[A-Z])"
    # ("..., and he urged them to ...": a second clause of the sentence, its own subject)
    # ("Kessel Chief Minister Ana Ruiz and Senior Minister Bo Lund have urged": two, each with a post)
    r"|^|(?<=,\s)|(?<=,”\s)|(?<=,\"\s)|(?<=,\sand\s))(?P<who>"
    # ("Sixteen members of the Kessel Growers Union urged ...": some of a body's members, the body's call)
    rf"{_MEMBERS_OF}|(?:[Tt]he\s+)?[A-Z][\w’'.&-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w’'.&-]*){{0,9}}"
    r"|[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Tt]he\s+(?:[a-z]+\s+)?(?!(?:has|have|had)\b)[a-z]+)"  # "the union"
    r"(?:\s+\([A-Z][\w@&.-]*\))?"  # "The Kessel Growers Association (KGA) urged": its initials after it
    r"(?:,\s+(?:a|an|the|who)\s+[^,;“”\"]{2,60},"  # "Ana Bell, the union's leader, appealed for calm"
    # ("Ana Bell, Deputy Chair of the Kessel Rowing Board (KRB), has called on ...": her post in
    # capitals, the body it is of)
    r"|,\s+(?:[A-Z][a-z]+\s+){1,4}(?:of|for|at)\s+[^,;“”\"]{2,80},)?"
    r"(?:,\s+(?:in|at|during)\s+(?:his|her|their|its|a|the)\s+[a-z]+,)?"  # "..., in his address, gave credit"
    # "Bo Lund on Monday in a statement to reporters appealed for calm": when, and where it was said
    r"(?:\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today))?"
    r"(?:\s+in\s+(?:a|an|his|her|its|their)\s+(?:[a-z]+\s+)?(?:statement|letter|address|speech|interview)"
    r"(?:\s+to\s+(?:the\s+)?(?:press|media|council|board|reporters))?)?"
    # "The town's mayor, Bo Lund, has asked ...": a name set off as the post's, its closing comma
    r"(?P<closing>(?<=[a-z]),(?=\s+(?:has|have|had|also|again|once|[a-z]+ly)\s))?"
    # ("has urged", "has also urged": an auxiliary or an adverb, each after a space)
    r"(?:\s+(?:also|again|has|have|had|once|[a-z]+ly|" + _TIME_BETWEEN + r")){0,2}\s+"
    rf"(?={_CALL_VERBS}|(?:described|describes)\s+[^.;:“”\"]{{1,60}}?\s+as\s+[“\"‘]?[a-z]|{_DISMISSED}|{_CALLED_IT}|{_JUDGED})"
)


# "Forty growers marched on the town hall on Monday, calling on the board to act", "Ana Ruiz wrote to
# the minister, urging him to reopen the line": a call in the participle's clause after the act of the
# subject (who may be some of a body's members)
_ACTED_CALLING = re.compile(
    rf"^(?P<who>{_MEMBERS_OF}|(?:[Tt]he\s+)?[A-Z][\w’'.&-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w’'.&-]*){{0,9}}"
    r"|[Hh]e|[Ss]he|[Tt]hey)"
    r"\s+(?:(?:also|then|later|had|has|have)\s+)?(?:[a-z]+ed|went|came|met|held|stood|wrote|spoke|took|gave|made"
    r"|sent)\b[^,;“”\"]{0,120},\s+"
    r"(?P<verb>calling\s+(?:on|upon)(?=\s+[^.;:“”\"]{1,80}?\s+to\s+[a-z])|calling\s+for(?=\s+[a-z])"
    r"|urging(?=\s+[^.;:“”\"]{1,80}?\s+to\s+[a-z])|demanding(?=\s+(?:that\s+)?[a-z])"
    r"|appealing(?=\s+(?:to\s+[^.;:“”\"]{1,80}?\s+)?for\s+[a-z]))"
)


# "..., said Ana Ruiz, who also urged drivers to slow down", "Bo Lund, who described the fees as
# “unfair”": a call or an opinion in a clause about one named just before it
_WHO_APPEALS = re.compile(
    r"(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}),\s+who\s+(?:(?:also|again|has|had|then)\s+){0,2}"
    rf"(?P<said>(?:{_CALL_VERBS}|(?:described|describes)\s+[^.;:“”\"]{{1,60}}?\s+as\s+[“\"]?[a-z])"
    r"[^;“”\"]*[”\"]?)\s*[.!?]?$"
)


def who_appeals(sentence: str) -> list[Said]:
    """A call or an opinion a clause of "who" reports of the one named right before it: what it
    says from its verb, said by that one."""
    found = _WHO_APPEALS.search(sentence.strip())
    if found is None or found["who"] in {"The", "A", "An", "He", "She", "They", "It"}:
        return []
    said = found["said"].strip(" .")
    # "who described the fees as “unfair”": the word quoted is theirs, what is said
    quoted = re.search(r"\bas\s+[“\"](?P<words>[^“”\"]{2,60})[”\"]$", said)
    return [Said(found["who"], quoted["words"] if quoted else said)]


def appeals(sentence: str) -> list[Said]:
    """A call or an opinion that a sentence reports without a verb of saying: the whole sentence
    from its subject, said by the subject."""
    found = _APPEAL.search(sentence)
    acted = _ACTED_CALLING.match(sentence.strip()) if found is None else None
    if acted is not None:
        # "Forty growers marched ..., calling on the board to act": the whole sentence, the subject's
        return [Said(acted["body"] or acted["who"], sentence.strip().strip(" ."))]
    if found is None:
        return []
    if found["closing"]:
        # "The town's mayor, Bo Lund, has asked ...": her post, her name and what she did, whole
        return [Said(found["who"], sentence.strip(" ."))]
    # ("Sixteen members of the Kessel Growers Union urged ...": the union's call, its members' words)
    return [Said(found["body"] or found["who"], sentence[found.start("who") :].strip(" ."))]


# A body's own listing, rating or advice, with no verb of saying: "The KFB currently lists the trout as
# endangered", "Acme Engineering of Lakeside recommended 20 repairs", "The agency classifies the lake
# as impaired"; or the reason it gives: "The KFB has linked the closures to low water".
_BODY_JUDGES = re.compile(
    r"^(?:[A-Z][a-z]+(?:\s+[a-z]+){0,3}\s+\d{1,2},\s+|In\s+[^,“”\"]{3,60},\s+)?"
    r"(?P<who>(?:[Tt]he\s+)?(?:[A-Z][A-Z]{1,7}|[A-Z][\w’'.&-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w’'.&-]*){1,6})"
    # ("The advisory recommends staying indoors": the notice of the body that issued it, its advice)
    r"|(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:(?:latest|new|updated)\s+)?(?:advisory|alert|warning|bulletin))"
    r"(?:,\s+[^,;“”\"]{2,40}(?:,\s+[A-Z][\w.]*)?,)?"
    r"\s+(?:(?:currently|also|now|still|formally|officially|has|have|had)\s+)?"
    r"(?=(?:lists|listed|classifies|classified|rates|rated|ranks|ranked|designates|designated|recommends"
    r"|recommended|considers|deems|deemed)\s+[a-z\d]"
    # the reason a body gives for what it does: "The board has linked the rise to higher costs", "Acme
    # attributes the delay to the weather"
    r"|(?:linked|links|attributed|attributes|blamed|blames)\s+(?:the|its|this|these|their)\s+[^.;:“”\"]{1,80}?"
    r"\s+(?:to|on)\s+[a-z])"
)


def judgements(sentence: str) -> list[Said]:
    """A body's listing, rating or advice a sentence reports with no verb of saying: the whole
    sentence from its subject, said by the subject (the caller keeps it only for a body)."""
    found = _BODY_JUDGES.match(sentence.strip())
    if found is None:
        return []
    return [Said(found["who"].rstrip("."), sentence.strip()[found.start("who") :].strip(" ."))]
