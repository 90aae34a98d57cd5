// Each linguistic rule of the event stage, pinned with sentences of our own in
// English, Bokmål and Nynorsk, run through the whole pipeline with the real
// gazetteers.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer, type Gazetteer } from '../../src/gazetteer/load.js';
import { processArticle } from '../../src/pipeline/process.js';
import { DEFAULT_GAZETTEER_DIR } from '../../src/paths.js';
import type { EventRecord } from '../../src/types.js';

let gaz: Gazetteer;
beforeAll(() => {
  gaz = loadGazetteer(DEFAULT_GAZETTEER_DIR);
});

function events(text: string, published: string | null = null, includeDenied = false): EventRecord[] {
  const a = processArticle({ file: 'test.txt', path: 'test.txt', format: 'text', text, title: null, published, url: null, diagnostics: [] }, gaz, { includeDenied });
  return a.events ?? [];
}
const one = (text: string, published: string | null = null) => {
  const evs = events(text, published);
  expect(evs, JSON.stringify(evs.map((e) => e.tactic))).toHaveLength(1);
  return evs[0];
};
const EN = (s: string) => `${s}\n\nThe rights group said more details would follow in a later statement about the case and its background.`;
const NB = (s: string) => `${s}\n\nOrganisasjonen sier at den vil komme med flere opplysninger om saken og bakgrunnen for den senere.`;
const NN = (s: string) => `${s}\n\nOrganisasjonen seier at ho vil kome med fleire opplysningar om saka og bakgrunnen for ho seinare.`;

describe('roles', () => {
  it('passive with an agent: the agent acts, the subject is acted on (en)', () => {
    const e = one(EN('The blogger Ana Example was arrested by Iranian police in Tehran in July 2019.'));
    expect(e.tactic).toBe('DETENTION');
    expect(e.perpetrator).toMatchObject({ country: 'IR', type: 'police' });
    expect(e.target?.name).toBe('Ana Example');
    expect(e.place).toMatchObject({ name: 'Tehran', country: 'IR', precision: 'city' });
    expect(e.place?.lat).toBeTypeOf('number');
    expect(e.date).toMatchObject({ value: '2019-07', precision: 'month' });
  });

  it('active voice: the organ before the verb acts on the group after it (en)', () => {
    const e = one(EN('Chinese state security detained dozens of Uyghurs last week.'));
    expect(e.perpetrator).toMatchObject({ country: 'CN' });
    expect(e.target?.name).toBe('Uyghurs');
  });

  it('Bokmål passive "ble arrestert av" with a demonym before the organ', () => {
    const e = one(NB('Søsteren hennes ble arrestert av kinesiske myndigheter i Urumqi.'));
    expect(e.tactic).toBe('DETENTION');
    expect(e.perpetrator).toMatchObject({ name: 'kinesiske myndigheter', country: 'CN' });
    expect(e.target?.name).toBe('Søsteren');
    expect(e.language).toBe('nb');
  });

  it('Nynorsk "vart fengsla" with a relative year', () => {
    const e = one(NN('Journalisten vart fengsla av politiet i Minsk i fjor, og familien hans veit ikkje kor han er.'), '2021-03-02');
    expect(e.tactic).toBe('DETENTION');
    expect(e.language).toBe('nn');
    expect(e.perpetrator?.country).toBe('BY');
    expect(e.place?.name).toBe('Minsk');
    expect(e.date).toMatchObject({ value: '2020', precision: 'year' });
  });

  it('a pronoun refers to the person named before', () => {
    const evs = events(EN('Ana Example fled to Oslo in 2018. Two years later she was threatened by agents of the Eritrean embassy.'));
    const threat = evs.find((e) => e.tactic === 'THREAT')!;
    expect(threat.target?.name).toBe('Ana Example');
    expect(threat.perpetrator?.country).toBe('ER');
  });

  it('"me" in a quote is its speaker', () => {
    const evs = events(NB('Kari Nordmann flyktet fra Teheran i 2019.\n\n– Iranske agenter tok bilder av meg utenfor moskeen, sier Leyla Example.'));
    expect(evs.find((e) => e.tactic === 'SURVEILLANCE')?.target?.name).toBe('Leyla Example');
  });

  it('the accuser is not the perpetrator', () => {
    const e = one(EN('Germany accused Vietnam of kidnapping the businessman in Berlin.'));
    expect(e.tactic).toBe('RENDITION');
    expect(e.perpetrator?.country).toBe('VN');
    expect(e.place?.country).toBe('DE');
  });

  it('an arrest in a country with no stated agent is that country\'s act', () => {
    const e = one(EN('The lawyer was arrested in Laos while boarding a train.'));
    expect(e.perpetrator?.country).toBe('LA');
    expect(e.place?.country).toBe('LA');
  });

  it('a spy works for the state named after "for"', () => {
    const e = one(EN('The man spied for Russia on exiles in Vilnius for three years.'));
    expect(e.perpetrator?.country).toBe('RU');
  });

  it('a host state\'s security service reports, it does not perpetrate', () => {
    const evs = events(NB('PST opplyser at iranske agenter har kartlagt flyktninger i Norge.'));
    expect(evs[0]?.perpetrator?.country).toBe('IR');
  });
});

describe('places', () => {
  it('a destination is not where the act happened', () => {
    const e = one(EN('Egyptian police deported the students to China.'));
    expect(e.tactic).toBe('DEPORTATION');
    expect(e.perpetrator?.country).toBe('EG');
    expect(e.place?.country).not.toBe('CN');
  });

  it('a city name in lower case is a word, not a place', () => {
    const e = one(EN('Officers arrested the student on the same date in Ankara.'));
    expect(e.place?.name).toBe('Ankara');
  });
});

describe('modality and polarity', () => {
  const none = [
    EN('We call on China to stop the harassment of Uyghurs abroad.'),
    EN('Many exiles fear being deported to Tajikistan.'),
    EN('If she goes back, she could be sent to a camp.'),
    EN('The journalist was not detained by the police.'),
    EN('The new law bans torture in all prisons of the country.'),
    NB('Hun frykter at hun kan bli arrestert av kinesisk politi.'),
    NB('Han ble ikke arrestert av politiet.'),
    NB('Vi krever at Kina stanser trakasseringen av uigurer i utlandet.'),
    NN('Dersom ho reiser heim, kan ho bli fengsla av styresmaktene.'),
    NB('Alle har rett til vern mot tortur og vilkårlig fengsling.'),
    EN('Investigators found the murder weapon near the border crossing.'),
    EN('The ministry described the protest as a threat to national unity.'),
    NB('Politiet fant drapsvåpenet i en bil utenfor Bergen.'),
    EN('Swedish police arrested the suspect at his flat in Stockholm.'),
    NB('Politiet pågrep den mistenkte spionen på Gardermoen.'),
  ];
  for (const text of none) {
    it(`no event: ${text.split('\n')[0]}`, () => expect(events(text).map((e) => e.tactic)).toEqual([]));
  }

  it('a denial is left out by default and kept as denied on request', () => {
    const text = EN('The embassy denied any surveillance of the students in Oslo.');
    expect(events(text)).toEqual([]);
    const kept = events(text, null, true);
    expect(kept.map((e) => [e.tactic, e.polarity])).toEqual([['SURVEILLANCE', 'denied']]);
  });

  it('acts joined by "and"/"og" share their modality', () => {
    expect(events(NB('Familien frykter at broren kan bli pågrepet av politiet og fengslet.'))).toEqual([]);
    expect(events(EN('Exiles fear they could be arrested and jailed if they return.'))).toEqual([]);
    expect(events(EN('Police arrested the activist and beat him.')).map((e) => e.tactic)).toEqual(['DETENTION', 'ASSAULT']);
  });

  it('a killing said to the victim is a threat', () => {
    const e = one(EN('“We will kill you,” the caller told the activist in Stockholm.'));
    expect(e.tactic).toBe('THREAT');
  });

  it('a threatened act is not itself an event', () => {
    expect(events(NB('Agentene truet med å drepe ham.')).map((e) => e.tactic)).toEqual(['THREAT']);
  });

  it('weak words need a state or a particular victim: a prison is not an arrest', () => {
    expect(events(EN('The film was shot in an old prison.'))).toEqual([]);
  });
});

describe('dates', () => {
  it('relative dates resolve against the publication date', () => {
    expect(one(EN('Police in Minsk detained the activist last June.'), '2022-01-21').date).toMatchObject({ value: '2021-06', precision: 'month' });
    expect(one(NB('Han ble pågrepet av politiet i Minsk for tre år siden.'), '2022-05-01').date).toMatchObject({ value: '2019', precision: 'year' });
  });

  it('a date opening the sentence dates every act; others go to the nearest act', () => {
    const evs = events(EN('In 2019, police in Minsk arrested the editor and beat him.'));
    expect(evs.map((e) => [e.tactic, e.date?.value])).toEqual([['DETENTION', '2019'], ['ASSAULT', '2019']]);
    const later = events(EN('He was extradited to China in September after being detained in Laos for two months.'), '2023-10-12');
    expect(later.find((e) => e.tactic === 'DEPORTATION')?.date?.value).toBe('2023-09');
    expect(later.find((e) => e.tactic === 'DETENTION')?.date).toBeNull();
  });
});

describe('evidence', () => {
  it('every event slices to its sentence and trigger', () => {
    const text = NB('Uigurer i Norge blir overvåket av kinesiske myndigheter.\n\nI 2020 ble broren hans arrestert i Xinjiang.');
    for (const e of events(text)) {
      expect(text.slice(e.source.start, e.source.end)).toBe(e.source.text);
      expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
    }
  });
});

describe('what is one act, and what is no act', () => {
  const tactics = (text: string) => events(text).map((e) => e.tactic).sort();

  it('a scene noun after "during"/"in"/"under"/"i" is the setting of the act before it', () => {
    expect(tactics(EN('At least forty Tibetans were detained during the police raids in Lhasa last spring.'))).toEqual(['DETENTION']);
    expect(tactics(EN('Former inmates say women were beaten in the so-called re-education camps.'))).toEqual(['ASSAULT']);
    expect(tactics(NB('Flere tibetanere ble pågrepet av kinesisk politi under razziaene i Lhasa i fjor.'))).toEqual(['DETENTION']);
    // alone, the same noun still names the act
    expect(tactics(EN('Iranian police carried out raids on the homes of dissidents in Tehran.'))).toEqual(['RAID']);
  });

  it('harassment told beside another act is that act; "other harassment" is a second one', () => {
    expect(tactics(EN('Exiles in Berlin were threatened and harassed by Iranian agents last year.'))).toEqual(['THREAT']);
    expect(tactics(NB('Kinesiske myndigheter overvåker og trakasserer tibetanere i Sveits.'))).toEqual(['SURVEILLANCE']);
    expect(tactics(EN('Iranian agents sent death threats and other harassment to exiles in Berlin.'))).toEqual(['HARASSMENT', 'THREAT']);
  });

  it('a cue after the act that is its subject cancels it ("must end", "må stanses")', () => {
    expect(events(EN('This surveillance of Eritrean exiles by the embassy needs to end now, the group said.'))).toEqual([]);
    expect(events(NB('Denne trakasseringen av iranske eksilaktivister må stanses, sier organisasjonen.'))).toEqual([]);
    // a cue well after the act leaves it alone
    expect(tactics(EN('Eritrean police detained the activist in Asmara, and the group said this needs to end.'))).toEqual(['DETENTION']);
  });

  it('what a threat threatens is not done: "threats of reprisals", "trusler om vold"', () => {
    expect(tactics(EN('Chinese police made threats of reprisals against her family in Kashgar.'))).toEqual(['THREAT']);
    expect(tactics(NB('Hun fikk trusler om fengsling av familien fra kinesisk politi.'))).toEqual(['THREAT']);
  });

  it('facing the threat of an act is a danger, not an act', () => {
    expect(events(EN('Uyghurs in Turkey face the threat of deportation to China.'))).toEqual([]);
  });

  it('a protest against an act does not report it', () => {
    expect(events(NB('Hver lørdag holder hun en markering mot fengslingen av uigurer i Xinjiang.'))).toEqual([]);
    expect(events(EN('Hundreds joined a protest against the detention of Uyghurs in Xinjiang.'))).toEqual([]);
  });

  it('a site footer is not a sentence of the article', () => {
    expect(events(EN('The post Iran arrests journalist in Tehran appeared first on Example News.'))).toEqual([]);
  });
});

describe('places and actors from the paragraph and the sentence', () => {
  it('a place a sentence without an act puts someone at carries to the acts after it', () => {
    const text = EN('The activist Jane Roe has lived in Geneva since 2015 with her two children.\nLast year Chinese agents followed her to meetings and photographed her.');
    const evs = events(text);
    expect(evs.length).toBeGreaterThan(0);
    for (const e of evs) expect(e.place).toMatchObject({ name: 'Geneva', country: 'CH' });
  });

  it('Bokmål: the carried place comes from the paragraph', () => {
    const evs = events(NB('Aktivisten Kari Nordmann bor i Stockholm med familien sin.\nI fjor ble hun truet av den kinesiske ambassaden.'));
    expect(evs.map((e) => e.tactic)).toEqual(['THREAT']);
    expect(evs[0].place?.country).toBe('SE');
  });

  it('the accusing state is where the act happened', () => {
    const e = one(EN('In 2019, Norwegian police accused a Russian diplomat of spying on exiles.'));
    expect(e.tactic).toBe('SURVEILLANCE');
    expect(e.perpetrator?.country).toBe('RU');
    expect(e.place?.country).toBe('NO');
  });

  it('an act at the behest of another state is not placed in the requesting state', () => {
    const e = one(EN('Dozens of Uyghur students were detained at the request of Chinese authorities, a lawyer said.'));
    expect(e.perpetrator?.country).toBe('CN');
    expect(e.place).toBeNull();
  });

  it('people returned to a state were not returned inside it', () => {
    const e = one(EN('Thousands of dissidents have been forcibly returned to China by its security services since 2015.'));
    expect(e.tactic).toBe('DEPORTATION');
    expect(e.place).toBeNull();
  });

  it('a state an act is coordinated "with" is not its doer', () => {
    const e = one(EN('The Egyptian police raided the homes of Uyghur students in Cairo in coordination with China.'));
    expect(e.perpetrator?.country).toBe('EG');
  });

  it('a capital after "with" is a partner, not the doer', () => {
    const evs = events(EN('The Egyptian government promised to protect the students.\nHowever, it is also raiding Uyghur homes in cooperation with Beijing.'));
    expect(evs.map((e) => e.tactic)).toEqual(['RAID']);
    expect(evs[0].perpetrator?.country).toBe('EG');
  });

  it('an organ word inside a name of people is not an organ: "regime critics"', () => {
    const e = one(EN('Exiled regime critics in London were spied on by Iranian agents last summer.'));
    expect(e.perpetrator?.country).toBe('IR');
    expect(e.target?.name).toMatch(/critics/);
  });

  it('the same act named twice: the mention with a particular victim stands', () => {
    const evs = events(EN('Iranian intelligence activities include espionage targeting of journalists in Sweden.'));
    expect(evs.map((e) => e.tactic)).toEqual(['SURVEILLANCE']);
    expect(evs[0].target?.name).toBe('journalists');
  });

  it('a scene noun followed by "in which" is the scene of the act after it', () => {
    expect(events(EN('Witnesses described secret prisons in which Eritrean detainees were tortured by guards.')).map((e) => e.tactic)).toEqual(['TORTURE']);
  });
});

describe('clauses, contrasts and counted groups', () => {
  it('a denial in an earlier clause does not deny what others report after "however"/"men"', () => {
    expect(events(EN('Beijing denies it, however exiles in Munich say they receive threats from Chinese police.')).map((e) => e.tactic)).toEqual(['THREAT']);
    expect(events(NB('Ambassaden avviser det, men flyktningene sier de blir truet av iransk politi.')).map((e) => e.tactic)).toEqual(['THREAT']);
    // in the same clause it still does
    expect(events(EN('The embassy denied that its staff threatened the students in Oslo.'))).toEqual([]);
  });

  it('an act contrasted with another ("as opposed to", "i stedet for") is not reported', () => {
    expect(events(EN('He was sent to a labour camp in Xinjiang, as opposed to torture, his lawyer said.')).map((e) => e.tactic)).toEqual(['DETENTION']);
    expect(events(NB('Iransk politi ga ham en bot i stedet for fengsel i Teheran, sier advokaten.'))).toEqual([]);
  });

  it('a number word makes a generic group particular enough to carry a weak trigger', () => {
    const e = one(NB('I dag sitter hundrevis av mennesker i leirene.'));
    expect(e.tactic).toBe('DETENTION');
    expect(e.target?.name).toBe('mennesker');
    expect(one(EN('Today thousands of people are held in the camps.')).target?.name).toBe('people');
  });
});

describe('culprits, back-references, unnamed states and arrivals', () => {
  it('a prison term for someone convicted of spying for another state is not repression', () => {
    const en = events(EN('An Eritrean man was convicted by a Dutch court on Monday of spying for Eritrea and was given a 14-month prison sentence.')).map((e) => e.tactic);
    expect(en).toHaveLength(1);
    expect(en).not.toContain('DETENTION');
    const no = events(NB('En mann ble i går dømt av Oslo tingrett for å ha spionert for Iran og fikk to års fengsel.')).map((e) => e.tactic);
    expect(no).toHaveLength(1);
    expect(no).not.toContain('DETENTION');
  });

  it('a dissident jailed by the state he is said to have spied against stays a victim', () => {
    const evs = events(EN('A Uyghur scholar was convicted by a Chinese court of espionage and sentenced to prison in Urumqi.'));
    expect(evs.map((e) => e.tactic)).toContain('DETENTION');
  });

  it('"after the shooting" refers back to an act already told', () => {
    const text = EN('The exile Ahmed Doe was shot dead by two gunmen in Vienna on 3 May 2021.\nWitnesses said the attackers fled on a motorbike after the shooting.');
    expect(events(text).map((e) => e.tactic)).toEqual(['KILLING']);
  });

  it('an organ of an unnamed state gets no state from the article', () => {
    const text = NB('Iranske myndigheter overvåker eksilaktivister i Norge.\nEnkelte lands myndigheter truer også flyktninger i Bergen.');
    const evs = events(text);
    expect(evs.map((e) => e.tactic)).toEqual(['SURVEILLANCE', 'THREAT']);
    expect(evs[0].perpetrator?.country).toBe('IR');
    expect(evs[1].perpetrator?.country).toBeNull();
  });

  it('an arrest on arriving somewhere happens there, by that state', () => {
    const e = one(NB('Flyktningen fra Bergen ble arrestert da han kom hjem til Iran i fjor.'), '2022-05-01');
    expect(e.place?.country).toBe('IR');
    expect(e.perpetrator?.country).toBe('IR');
    const f = one(EN('The blogger, who lived in Paris, was detained when he travelled to Egypt in 2019.'));
    expect(f.place?.country).toBe('EG');
    expect(f.perpetrator?.country).toBe('EG');
  });

  it('a capital that accuses stands for its state, which is where the act happened', () => {
    const e = one(EN('Paris has accused Rwanda of kidnapping the opposition figure.'));
    expect(e.perpetrator?.country).toBe('RW');
    expect(e.place?.country).toBe('FR');
  });
});

describe('targets: speakers and particular groups', () => {
  it('a pronoun does not refer to the source of a statement', () => {
    const text = EN('The journalist Omar Example fled Egypt in 2016.\nHis lawyer Jane Roe argues that Egyptian agents threatened him in Berlin.');
    const e = one(text);
    expect(e.tactic).toBe('THREAT');
    expect(e.target?.name).toBe('Omar Example');
  });

  it('Bokmål: "mener X" makes X the source, not the one acted on', () => {
    const e = one(NB('Aktivisten Reza Karimi kom til Norge i 2015.\nOla Nordmann mener at iransk etterretning overvåket ham i Oslo.'));
    expect(e.target?.name).toBe('Reza Karimi');
  });

  it('a counted group right next to the act is its target, before a person named further off', () => {
    const e = one(EN('The lawyer Jane Roe said 14 Vietnamese activists who were detained by police in Hanoi had no access to counsel.'));
    expect(e.target?.name).toBe('activists');
  });
});

describe('names after a title word', () => {
  it('a title naming a group of people at the start does not hide the name after it', () => {
    expect(one(EN('Activist Jane Doe was arrested by Chinese police in Kashgar in 2019.')).target?.name).toBe('Jane Doe');
    expect(one(NB('Journalisten Reza Karimi ble arrestert av iransk politi i Teheran.')).target?.name).toBe('Reza Karimi');
  });
});

describe('a town that is also a first name', () => {
  it('"Kari Hansen" is a person, though Kari is also a town', () => {
    const e = one(NB('Kari Hansen ble pågrepet av russisk politi i Moskva i fjor.'));
    expect(e.target?.name).toBe('Kari Hansen');
    expect(e.place?.name).toBe('Moskva');
  });
});

describe('returns at another state\'s request', () => {
  it('an arrest before a return "to China" is not placed in China, and takes the place of the acts told before', () => {
    const evs = events(EN('Kazakhstan detained three Uyghur refugees last year.\nThey were arrested in a second sweep, at the request of Chinese police, and have been sent back to China.'));
    const arrest = evs.find((e) => e.source.sentence === 1 && e.tactic === 'DETENTION');
    expect(arrest?.place?.country).toBe('KZ');
    const back = evs.find((e) => e.tactic === 'DEPORTATION');
    expect(back?.place?.country).toBe('KZ');
  });
});

describe('expulsions and transfers', () => {
  it('a transfer of people to a state and a drive to the border are deportations', () => {
    expect(one(EN("Kazakhstan's transfer of two Uyghur detainees to China drew protests.")).tactic).toBe('DEPORTATION');
    expect(events(NB('Aktivisten ble pågrepet i Minsk og dagen etter fraktet til grensen mot Litauen av hviterussisk politi.')).map((e) => e.tactic)).toEqual(['DETENTION', 'DEPORTATION']);
  });
});

describe('the date of the telling', () => {
  it('a date right after a speech verb dates the statement, not the act', () => {
    const e = one(EN('The exile told reporters on Monday that Iranian agents photographed him in Vienna last month.'), '2023-03-15');
    expect(e.date).toMatchObject({ value: '2023-02', precision: 'month' });
    const f = one(NB('Aktivisten sa mandag at iranske agenter fotograferte ham i Wien i fjor.'), '2023-03-15');
    expect(f.date).toMatchObject({ value: '2022', precision: 'year' });
  });

  it('"has been followed" by agents is surveillance', () => {
    expect(one(EN('The activist says he has been followed by Rwandan agents in Brussels.')).tactic).toBe('SURVEILLANCE');
  });
});

describe('the agent of a passive is not its target', () => {
  it('"followed by men", "truet av ukjente menn": the victim is the subject', () => {
    const e = one(EN('The Rwandan activist Jean Example has been followed by men from the embassy in Brussels.'));
    expect(e.target?.name).toBe('Jean Example');
    const f = one(NB('Aktivisten Reza Karimi ble truet av menn fra den iranske ambassaden i Oslo.'));
    expect(f.target?.name).toBe('Reza Karimi');
  });

  it('outside the passive, "av" is "of": "tok bilder av meg" is about the one photographed', () => {
    const e = one(NB('– Iranske agenter tok bilder av meg utenfor huset i Bergen, sier Reza Karimi.'));
    expect(e.target?.name).toBe('Reza Karimi');
  });
});

describe('charges denied and capitals as places', () => {
  it('a victim denying the charge after the act does not deny the act', () => {
    const e = one(EN('Tajikistan issued an Interpol red notice against the blogger on charges of extremism, which he denies.'));
    expect(e.tactic).toBe('MOBILITY_CONTROL');
    expect(e.polarity).toBe('asserted');
    // a state denying the act still does
    expect(events(EN('Iranian agents followed him in Oslo, which the embassy denies.'))).toEqual([]);
  });

  it('a capital after "in" is where the act happened, not its doer', () => {
    const e = one(EN('In 2019 a dissident from Tajikistan was abducted in Moscow.'));
    expect(e.perpetrator?.country).not.toBe('RU');
    expect(e.place?.name).toBe('Moscow');
  });
});

describe('how far an appeal reaches', () => {
  it('an appeal governs its whole clause, to the last act it asks for', () => {
    expect(events(EN('The group urged Riyadh to release the two brothers and to lift the travel bans on the family.'))).toEqual([]);
  });

  it('a relative clause inside an appeal reports a fact', () => {
    const e = one(EN('Washington called on Hanoi to reveal the whereabouts of a blogger who was arrested in Laos in March.'));
    expect(e.tactic).toBe('DETENTION');
    expect(one(NB('Organisasjonen ber Kina løslate studenten som ble arrestert i Kashgar i fjor.')).tactic).toBe('DETENTION');
  });

  it('a police visit to relatives is harassment', () => {
    const e = one(NB('Moren hans i Minsk har fått besøk av politiet to ganger i år.'));
    expect(e.tactic).toBe('HARASSMENT');
    expect(e.target?.name).toBe('Moren');
  });
});

describe('recipients, platforms and "took away"', () => {
  it('the organ an act is reported to is not its doer', () => {
    const evs = events(NN('Ho fekk fleire trugsmål frå iranske agentar i fjor.\nHo har meldt truslane til politiet i Stavanger.'));
    for (const e of evs) expect(e.perpetrator?.country).not.toBe('NO');
    const en = events(EN('She received threats from Iranian agents last year.\nShe reported the threats to the police in Bergen.'));
    for (const e of en) expect(e.perpetrator?.country).not.toBe('NO');
  });

  it('a platform name is not a person', () => {
    const e = one(EN('The Iranian embassy threatened a woman who runs a channel on Instagram in Oslo.'));
    expect(e.target?.name).not.toBe('Instagram');
  });

  it('police "took away" relatives: a detention', () => {
    const e = one(EN('Hong Kong police took away four relatives of the activist for questioning on Wednesday.'));
    expect(e.tactic).toBe('DETENTION');
    expect(e.target?.name).toBe('relatives');
  });
});

describe('investigations, regions, camps and dates in relative clauses', () => {
  it('the organ investigating an act already told is not its doer', () => {
    const evs = events(EN('The Chechen blogger Adam Example was shot dead in Lille on 3 May 2021.\nFrench police are investigating the killing.'));
    expect(evs.map((e) => e.tactic)).toEqual(['KILLING']);
    const no = events(NB('Bloggeren Adam Eksempel ble skutt og drept i Lille i mai.\nFransk politi etterforsker drapet.'));
    expect(no.map((e) => e.tactic)).toEqual(['KILLING']);
    expect(no.every((e) => e.source.sentence === 0)).toBe(true);
  });

  it('"in southern Spain", "i det nordlige Irak": a compass word does not hide the place', () => {
    expect(one(EN('A Chechen exile was shot dead by Russian agents in southern Spain.')).place?.country).toBe('ES');
  });

  it('"sendt til ein leir" is a detention', () => {
    const e = one(NN('Faren hans vart sendt til ein leir i Kashgar av kinesisk politi i 2017.'));
    expect(e.tactic).toBe('DETENTION');
    expect(e.date?.value).toBe('2017');
  });

  it('a date inside a relative clause before the act is not the act\'s', () => {
    const e = one(EN('A Russian pilot who defected to Ukraine in 2023 was shot dead by unknown gunmen in Spain, Spanish media reported on Tuesday.'), '2024-02-20');
    expect(e.date).toBeNull();
    const f = one(EN('A blogger who fled in 2015 was detained by Egyptian police in Cairo in March 2020.'));
    expect(f.date?.value).toBe('2020-03');
  });
});

describe('spyware, informers and Norwegian letters', () => {
  it('"targeted by spyware" is the digital attack alone; a product name is not a person', () => {
    const evs = events(EN('Two Egyptian journalists in London were targeted by Pegasus spyware sent by Egyptian intelligence.'));
    expect(evs.map((e) => e.tactic)).toEqual(['DIGITAL_ATTACK']);
    expect(evs[0].target?.name).toBe('journalists');
  });

  it('the date on a second mention of the same act dates the act', () => {
    const e = one(EN('The phones of two Egyptian journalists in London were infected with Pegasus spyware in 2023.'));
    expect(e.date?.value).toBe('2023');
  });

  it('pressure to report on others recruits an informer (en, nb)', () => {
    expect(one(EN('Egyptian security officers pressured his cousin in Cairo to report on his contacts abroad.')).tactic).toBe('COERCED_COLLABORATION');
    expect(one(NB('Mannen ble presset av ambassaden til å rapportere om andre eritreere i Trondheim.')).tactic).toBe('COERCED_COLLABORATION');
  });

  it('"på" puts an act at a place like "i" does', () => {
    const e = one(NB('Aktivisten ble arrestert av russisk politi på Krim i fjor.'), '2023-05-01');
    expect(e.place?.name).toBe('Krim');
  });
});

describe('organs abroad', () => {
  it('an embassy or agents "in Oslo" do not belong to Norway', () => {
    const e = one(NB('Ambassaden i Oslo truet flere eritreere i fjor, sier de.'), '2023-05-01');
    expect(e.perpetrator?.country).not.toBe('NO');
    const f = one(NB('Aktivisten ble overfalt av ukjente agenter i Oslo i fjor.'), '2023-05-01');
    expect(f.tactic).toBe('ASSAULT');
    expect(f.perpetrator?.country).not.toBe('NO');
    // a government in a capital is that state's
    expect(one(NB('Myndighetene i Minsk fengslet journalisten i fjor.'), '2023-05-01').perpetrator?.country).toBe('BY');
  });
});

describe('pending deportations, annulled passports and nationalities as people', () => {
  it('"faces deportation" is not yet done', () => {
    expect(events(EN('The Kazakh activist now faces deportation from Kyrgyzstan, her lawyer said.'))).toEqual([]);
    expect(events(EN('Hundreds of Uyghurs in Turkey are facing extradition to China.'))).toEqual([]);
  });

  it('an annulled passport is mobility control, and "tyrkarar" are people', () => {
    const e = one(NN('Ifølgje Amnesty har fleire hundre tyrkarar i utlandet fått passa sine annullerte av tyrkiske styresmakter sidan 2016.'));
    expect(e.tactic).toBe('MOBILITY_CONTROL');
    expect(e.target?.name).toBe('tyrkarar');
    expect(e.perpetrator?.country).toBe('TR');
  });

  it('a nationality before a noun is part of the target\'s noun phrase', () => {
    const e = one(EN('Kyrgyz police detained a Kazakh opposition activist in Bishkek.'));
    expect(e.target?.name).toBe('Kazakh opposition activist');
    expect(one(NB('Iransk politi fengslet flere kurdiske aktivister i Teheran.')).target?.name).toBe('kurdiske aktivister');
  });

  it('the possessor of an act noun is its doer, the possessor of a home its victim', () => {
    const e = events(EN("Following Dorje's spying, relatives of Tibetans in Sweden were questioned by Chinese police.")).find((x) => x.tactic === 'HARASSMENT');
    expect(e?.target?.name).toMatch(/relatives/);
    const f = one(EN("Pakistani police broke into Jane Doe's house in Rawalpindi."));
    expect(f.target?.name).toBe('Jane Doe');
  });
});

describe('organs that speak', () => {
  it('an organ that reports an act is its source, not its doer', () => {
    const e = one(NB('Norsk politi sier at aktivisten ble overvåket av iranske agenter i Bergen.'));
    expect(e.perpetrator?.country).toBe('IR');
    const evs = events(EN('Iranian agents threatened the exile in Amsterdam last year.\nDutch police said the exile had also been followed by men on motorbikes.'));
    expect(evs.map((x) => x.tactic)).toEqual(['THREAT', 'SURVEILLANCE']);
    expect(evs[1].perpetrator?.country).toBe('IR');
  });

  it('an organ that speaks of its own act is its doer', () => {
    const e = one(EN('The Chinese government says it detained the activist in Urumqi for his safety.'));
    expect(e.perpetrator?.country).toBe('CN');
  });
});

describe('Thai police, requests and investigators', () => {
  it('"Thai police" are Thailand\'s', () => {
    expect(one(EN('Thai police detained a Cambodian activist in Bangkok last week.')).perpetrator?.country).toBe('TH');
  });

  it('"har bedt X om å" is an appeal', () => {
    expect(events(NB('Landet har bedt Canada om å slå ned på det de kaller ekstremisme.'))).toEqual([]);
  });

  it('police investigating reports of an act are not its doers', () => {
    const evs = events(EN('Vietnamese agents have abducted critics abroad before.\nThai police are investigating reports that a Vietnamese blogger was abducted in Bangkok.'));
    expect(evs.map((e) => e.perpetrator?.country)).not.toContain('TH');
  });
});

describe('a group tied to a place', () => {
  it('"ei kvinne i Oslo" is particular enough for a weak word such as "oppsøkt"', () => {
    const e = one(NB('En iransk kvinne i Oslo sier at hun ble oppsøkt av to menn utenfor hjemmet sitt i august.'), '2021-11-11');
    expect(e.tactic).toBe('HARASSMENT');
    expect(e.place?.name).toBe('Oslo');
    expect(e.date?.value).toBe('2021-08');
    // without the place the same generic word carries no weak trigger
    expect(events(NB('En kvinne sier at hun ble oppsøkt av to menn utenfor hjemmet sitt.'))).toEqual([]);
  });

  it('a placed generic word does not outrank a named group', () => {
    const e = one(EN('The Uyghurs, a Muslim minority in China, had been detained in Bangkok for years.'));
    expect(e.target?.name).toBe('Uyghurs');
  });
});

describe('targets in longer sentences', () => {
  it('the head before "who" is the one acted on, not a word of its relative clause', () => {
    const e = one(EN('An Uzbek blogger who wrote from exile in Turkey was sentenced to prison by a court in Tashkent.'));
    expect(e.target?.name).toMatch(/blogger/);
  });

  it('a group that speaks is the source; a participle after "and" shares the passive', () => {
    const evs = events(EN('The blogger Ali Example returned to Tashkent in 2021.\nRelatives say he was held for three weeks and beaten by Uzbek police.'));
    const beaten = evs.find((e) => e.tactic === 'ASSAULT');
    expect(beaten?.target?.name).toBe('Ali Example');
  });
});

describe('heads, places of passives, investigators and Chechen organs', () => {
  it('"the family of a student in Paris was questioned by officers in Alexandria"', () => {
    const e = one(EN('The family of an Egyptian student in Paris was questioned by State Security officers in Alexandria in May.'));
    expect(e.target?.name).toBe('family');
    expect(e.place?.name).toBe('Alexandria');
  });

  it('an organ that investigates is not what the article is about', () => {
    const e = one(NB('Tysk politi etterforsker om en russisk journalist i eksil ble forgiftet i Berlin i april.'));
    expect(e.perpetrator?.country).not.toBe('DE');
  });

  it('Chechen organs are Russian state organs', () => {
    expect(one(NB('Hun har tidligere fått trusler fra tsjetsjenske myndigheter i Wien.')).perpetrator?.country).toBe('RU');
    expect(one(EN('Chechen security forces abducted the blogger in Grozny.')).perpetrator?.country).toBe('RU');
  });

  it('"has not been renewed" names a refusal, not a negated act', () => {
    const e = one(EN('The passport of the Egyptian activist Ali Example has not been renewed by the embassy in Paris.'));
    expect(e.tactic).toBe('MOBILITY_CONTROL');
  });
});

describe('trials held, sources named after the act, acts abroad', () => {
  it('a trial "held in secret" is no detention', () => {
    const evs = events(EN('Saudi police arrested Mohammed Example in Riyadh in 2022.\nHis trial was held in secret, according to ALQST.'));
    expect(evs.map((e) => e.tactic)).toEqual(['DETENTION']);
  });

  it('an organ named after the act and a speech verb is the source', () => {
    const e = one(NB('Hun ble stanset i Kigali og sendt tilbake til Europa av rwandisk politi, opplyser partiet hennes.'));
    expect(e.perpetrator?.country).toBe('RW');
    expect(e.perpetrator?.type).toBe('police');
  });

  it('"killed abroad", "drept i utlandet": not placed in the acting state', () => {
    const e = events(NB('Flere kritikere av regjeringen i Kigali er blitt drept i utlandet de siste årene.'));
    expect(e.map((x) => x.tactic)).toEqual(['KILLING']);
    expect(e[0].place).toBeNull();
  });

  it('the head before "of" in an active sentence', () => {
    expect(one(EN('A Saudi court has sentenced the brother of a London-based dissident to 20 years in prison.')).target?.name).toBe('brother');
  });
});

describe('condemnations and Norwegian intelligence terms', () => {
  it('a state condemning an act already told refers back to it', () => {
    const evs = events(EN('Belarusian police detained the mother of an exiled opposition leader in Minsk on Monday.\nLithuania condemned the detention and called for her release.'));
    expect(evs.map((e) => e.tactic)).toEqual(['DETENTION']);
  });

  it('"ulovleg etterretning mot flyktningar" is surveillance', () => {
    const e = one(NN('Ein mann er sikta for ulovleg etterretning mot eritreiske flyktningar i Bergen på oppdrag frå Eritrea.'));
    expect(e.tactic).toBe('SURVEILLANCE');
    expect(e.perpetrator?.country).toBe('ER');
  });
});

describe('returns told around their object', () => {
  it('"sent more than 100 Uyghurs back", "sendte over 100 uigurer tilbake" are deportations', () => {
    const e = one(EN('In 2015 Thailand sent more than 100 Uyghurs back to China against their will.'));
    expect(e.tactic).toBe('DEPORTATION');
    expect(e.perpetrator?.country).toBe('TH');
    expect(e.target?.name).toBe('Uyghurs');
    expect(e.trigger.text).toBe('sent');
    // no gazetteer act in the sentence: its date is parsed because it holds "back" (pipeline/process.ts)
    expect(e.date?.value).toBe('2015');
    const f = one(NB('I 2015 sendte Thailand over 100 uigurer tilbake til Kina mot deres vilje.'));
    expect(f.tactic).toBe('DEPORTATION');
    expect(f.date?.value).toBe('2015');
  });

  it('a link line is not a sentence of the article', () => {
    expect(events(EN('For more on this story, click the link: Report says Iran has forced hundreds of exiles back to Tehran'))).toEqual([]);
  });
});
