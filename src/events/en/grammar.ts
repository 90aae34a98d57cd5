// Closed-class English words the event rules need (not lexicon data: these
// are grammar, the same in every article).
import type { Grammar } from '../grammar.js';

export const english: Grammar = {
  locative: ['in', 'at', 'inside', 'near', 'outside', 'within', 'across', 'throughout', 'around'],
  destination: ['to', 'into', 'back', 'toward', 'towards'],
  origin: ['from'],
  of: ['of', 'to'],
  agent: ['by', 'from'],
  beneficiary: ['for', 'behalf'],
  passive: ['was', 'were', 'been', 'being', 'be', 'is', 'are', 'got', 'get', 'gets', 'face', 'faces', 'faced', 'facing', 'suffered', 'subjected', 'victims', 'victim', 'under'],
  firstPerson: ['me'],
  groupPronouns: ['them', 'they'],
  pronounsPerson: ['he', 'him', 'his', 'she', 'her', 'hers', 'himself', 'herself', 'me'],
  subjectPronouns: ['he', 'she', 'they'],
  speech: ['said', 'says', 'told', 'tells', 'wrote', 'writes', 'added', 'stated', 'explained', 'according to', 'spokesperson', 'spokesman', 'spokeswoman'],
  clauseBreakers: ['but', 'while', 'whereas', 'although', 'though', 'because'],
  thisCountry: ['country'],
  secondPerson: ['you'],
  comparison: ['like', 'unlike', 'than', 'with'],
  culprits: ['suspect', 'suspects', 'spy', 'spies', 'gunman', 'gunmen', 'killer', 'killers', 'attacker', 'attackers', 'assassin', 'assassins', 'hitman', 'perpetrator', 'perpetrators', 'culprit', 'culprits'],
  coordination: ['and', 'or', 'nor'],
  determiners: ['the', 'a', 'an', 'its', 'their', 'his', 'her'],
  accusation: ['accused', 'accuses', 'accusing', 'accuse', 'blamed', 'blames', 'criticized', 'criticised', 'condemned', 'convicted', 'charged', 'alleged', 'alleges'],
  nameStop: ['The', 'A', 'An', 'In', 'On', 'At', 'And', 'But', 'He', 'She', 'They', 'We', 'I', 'It', 'His', 'Her', 'Their', 'This', 'That', 'These', 'Those', 'After', 'Before', 'When', 'While', 'If', 'As', 'Since', 'For', 'From', 'With', 'By', 'Of', 'To', 'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'President', 'Image', 'Photo', 'According', 'However', 'Meanwhile', 'Many', 'Some', 'Most', 'Other', 'Our', 'My', 'Your', 'There', 'Here', 'What', 'Who', 'Why', 'How', 'Where', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Muslim', 'Muslims', 'Islamic', 'Christian', 'God', 'West', 'East', 'North', 'South', 'Western', 'Eastern', 'Islam', 'Christianity', 'Buddhism', 'Judaism', 'Allah', 'Quran', 'Koran', 'EU', 'UN', 'NGO', 'Human', 'Rights', 'Watch', 'Amnesty', 'International', 'Council', 'Association', 'Party', 'State', 'Security', 'Ministry', 'Police', 'Court', 'Government', 'University', 'News', 'Times', 'Post', 'Guardian', 'Reuters', 'Agency', 'Foreign', 'Minister', 'Prime', 'Justice', 'Department', 'Office', 'Organisation', 'Organization', 'Union', 'Republic', 'People', 'Democratic', 'National', 'Federal', 'Central', 'Committee', 'Congress', 'Parliament', 'Senate', 'Commission', 'Centre', 'Center', 'Institute', 'Defenders', 'Safeguard', 'Freedom', 'House', 'Radio', 'Free', 'Asia', 'Europe', 'Africa', 'America', 'Uyghur', 'Uighur', 'Tibetan', 'Kazakh', 'Chinese', 'Communist'],
  settings: ['during', 'amid', 'amidst', 'in', 'inside'],
  settingFillers: ['the', 'a', 'an', 'these', 'those', 'such', 'so-called', 'so', 'called', 'its', 'their', 'his', 'her', 'mass', 'secret'],
  boilerplate: ['appeared first on'],
  others: ['other', 'further', 'more'],
  sceneRelatives: ['in which', 'where', 'inside which'],
  requesters: ['at the behest of', 'at the request of', 'at the demand of', 'at the urging of', 'on the request of', 'at the bidding of'],
  returnWords: ['return', 'repatriat', 'back'],
};
