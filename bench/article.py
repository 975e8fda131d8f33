"""A news article of about a thousand words, dense with dates, officials, places and tariffs."""

from __future__ import annotations

import datetime as dt

PUBLISHED = dt.date(2025, 7, 10)

_PARAGRAPHS = (
    "KUALA LUMPUR, July 10 (Reuters) - Malaysian Trade Minister Tengku Zafrul Aziz said on "
    "Thursday that Malaysia would send a delegation to Washington next week to continue talks on "
    "the 25% tariff that U.S. President Donald Trump announced on Monday, due to take effect on "
    "August 1. The minister told reporters that officials hoped to conclude a framework before "
    "the deadline, and that palm oil, semiconductors and rubber gloves were on the table.",
    "U.S. Secretary of State Marco Rubio met his Malaysian counterpart Mohamad Hasan on the "
    "sidelines of the ASEAN foreign ministers' meeting in Kuala Lumpur on Thursday, and was due "
    "to meet Chinese Foreign Minister Wang Yi on Friday, July 11. Rubio is expected to travel on "
    "to Tokyo on Saturday for talks with Japanese Prime Minister Shigeru Ishiba.",
    "The European Commission said Trade Commissioner Maroš Šefčovič would hold a call with U.S. "
    "Commerce Secretary Howard Lutnick on Friday. The EU has prepared countermeasures on 72 "
    "billion euros of U.S. goods that could apply from August 6 if no agreement is reached, a "
    "spokesperson said in Brussels on Wednesday.",
    "Indonesia's chief economic minister Airlangga Hartarto said on Tuesday that Jakarta had "
    "offered to cut tariffs on U.S. wheat, soybeans and cotton to zero, and that he would meet "
    "U.S. Trade Representative Jamieson Greer in Washington on July 15. Indonesia faces a 32% "
    "tariff from August 1 under the letter President Trump sent on July 7.",
    "Japan's chief negotiator Ryosei Akazawa said on Wednesday that he had spoken by telephone "
    "with Lutnick for 40 minutes and that both sides agreed to keep talking. Japanese goods face "
    "a 25% duty from August 1, up from the 10% baseline rate in force since April 5.",
    "Brazilian President Luiz Inácio Lula da Silva said on Thursday that Brazil would answer a "
    "50% U.S. tariff announced on Wednesday with reciprocity, and that his government would "
    "convene exporters in Brasília on Monday, July 14. The levy is due to take effect on August 1.",
    "South Korea's trade minister Yeo Han-koo will visit Washington from July 13 to July 16 for "
    "talks with Greer and Lutnick, the ministry said in Seoul on Thursday. Seoul faces a 25% "
    "tariff from August 1 and is seeking an exemption for autos and steel.",
    "Canadian Prime Minister Mark Carney said on Friday, July 11, that Canada would keep "
    "negotiating after Trump announced a 35% tariff on Canadian goods from August 1. Carney's "
    "government has set a July 21 deadline for a new economic and security relationship with "
    "the United States.",
    "India's commerce minister Piyush Goyal said in New Delhi on Thursday that an interim trade "
    "deal with the United States was close, and that a team led by chief negotiator Rajesh "
    "Agrawal would travel to Washington next week. India faces a 26% tariff unless a deal is "
    "signed before August 1.",
    "Thailand's finance minister Pichai Chunhavajira said on Tuesday that Bangkok had offered "
    "wider market access for U.S. farm goods and energy, and expected to hear back before the "
    "36% tariff takes effect on August 1. Vietnam, which agreed a 20% rate on July 2, will host "
    "a delegation from Washington on July 22 to settle the details.",
    "Australian Trade Minister Don Farrell said in Canberra on Wednesday that Australia would "
    "not trade away its biosecurity rules for a lower tariff, and that he would attend the G20 "
    "trade ministers' meeting in Johannesburg from October 9 to October 10.",
    "Mexican President Claudia Sheinbaum said on Monday, July 14, that Mexico would send "
    "Economy Secretary Marcelo Ebrard to Washington to seek a deal before a 30% tariff takes "
    "effect on August 1. Ebrard is expected to meet Lutnick and Greer on July 17.",
)


def article(words: int = 1000) -> str:
    """The paragraphs above, repeated in order until the text has at least ``words`` words."""
    out: list[str] = []
    count = 0
    while count < words:
        paragraph = _PARAGRAPHS[len(out) % len(_PARAGRAPHS)]
        out.append(paragraph)
        count += len(paragraph.split())
    return "\n\n".join(out)
