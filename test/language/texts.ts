// Short articles written for these tests (not taken from any source), one
// per language the stage must process or recognise and skip.

export const ENGLISH = `Exiled journalist says relatives were questioned

By Maria Olsen

A journalist who fled to Germany in 2019 said on Tuesday that police in her home country had questioned her parents twice this month about her work.

She told reporters that officers asked her father to persuade her to stop writing about the government, and that they warned the family of consequences.

The embassy did not respond to a request for comment.`;

export const BOKMAL = `Journalist i eksil forteller om press mot familien

En journalist som flyktet til Tyskland i 2019, sier at politiet i hjemlandet har avhørt foreldrene hennes to ganger denne måneden.

Hun forteller at betjentene ba faren om å få henne til å slutte å skrive om regjeringen, og at de advarte familien mot konsekvensene.

Ambassaden har ikke svart på spørsmål fra avisen.`;

export const NYNORSK = `Journalist i eksil fortel om press mot familien

Ein journalist som flykta til Tyskland i 2019, seier at politiet i heimlandet har avhøyrt foreldra hennar to gonger denne månaden.

Ho fortel at politifolka bad faren om å få henne til å slutte å skrive om regjeringa, og at dei åtvara familien mot konsekvensane.

Ambassaden har ikkje svart på spørsmål frå avisa.`;

export const DANISH = `En journalist, der flygtede til Tyskland i 2019, siger, at politiet i hjemlandet har afhørt hendes forældre to gange i denne måned. Hun fortæller, at betjentene bad hendes far om at få hende til at holde op med at skrive om regeringen, og at de advarede familien om konsekvenserne.`;

export const SWEDISH = `En journalist som flydde till Tyskland 2019 sade på tisdagen att polisen i hemlandet har förhört hennes föräldrar två gånger den här månaden. Hon berättar att poliserna bad hennes pappa att få henne att sluta skriva om regeringen, och att de varnade familjen för konsekvenserna. Ambassaden har inte svarat på frågor från tidningen.`;

/** A Swedish article of several paragraphs, headline included. */
export const SWEDISH_ARTICLE = `Journalist i exil berättar om press mot familjen

${SWEDISH}

Hon säger att hon inte tänker sluta skriva, men att hon är orolig för sina föräldrar och syskon.

Flera andra journalister i exil har berättat liknande historier under det senaste året.`;

/** Texts the stage must recognise and skip, with franc's code for each. */
export const FOREIGN: Array<[string, string]> = [
  ['deu', `Eine Journalistin, die im Jahr 2019 nach Deutschland geflohen ist, sagte am Dienstag, dass die Polizei in ihrem Heimatland ihre Eltern in diesem Monat zweimal verhört habe. Sie erzählte, dass die Beamten ihren Vater gebeten hätten, sie zum Schweigen zu bringen.`],
  ['fra', `Une journaliste qui a fui en Allemagne en 2019 a déclaré mardi que la police de son pays d'origine avait interrogé ses parents à deux reprises ce mois-ci. Elle a raconté que les policiers avaient demandé à son père de la convaincre d'arrêter d'écrire sur le gouvernement.`],
  ['spa', `Una periodista que huyó a Alemania en 2019 dijo el martes que la policía de su país de origen había interrogado a sus padres dos veces este mes. Ella contó que los agentes pidieron a su padre que la convenciera de dejar de escribir sobre el gobierno.`],
  ['nld', `Een journaliste die in 2019 naar Duitsland is gevlucht, zei dinsdag dat de politie in haar thuisland haar ouders deze maand twee keer heeft verhoord. Ze vertelde dat de agenten haar vader hadden gevraagd haar over te halen te stoppen met schrijven over de regering.`],
  ['rus', `Журналистка, которая бежала в Германию в 2019 году, заявила во вторник, что полиция в её родной стране дважды за этот месяц допрашивала её родителей. Она рассказала, что сотрудники просили её отца убедить её прекратить писать о правительстве.`],
  ['cmn', `一名于2019年逃往德国的记者星期二表示，她祖国的警察本月两次审问了她的父母。她说，警察要求她的父亲劝她停止撰写有关政府的文章。`],
  ['arb', `قالت صحفية فرت إلى ألمانيا في عام 2019 يوم الثلاثاء إن الشرطة في بلدها الأصلي استجوبت والديها مرتين هذا الشهر. وأضافت أن الضباط طلبوا من والدها إقناعها بالتوقف عن الكتابة عن الحكومة.`],
];

/** A Bokmål article that quotes an English letter in full at the end. */
export const NORWEGIAN_WITH_ENGLISH_LETTER = `Organisasjonen ber norske myndigheter reagere

Flere av dem som har flyktet til Norge, sier at de blir fulgt med på av folk som rapporterer til ambassaden. Organisasjonen har derfor sendt et brev til statsministeren.

Lederen i organisasjonen sier at mange ikke tør å delta i demonstrasjoner lenger, fordi de er redde for hva som kan skje med familien hjemme. Hun mener at norske myndigheter må ta saken opp med ambassaden.

Brevet er skrevet på engelsk og gjengis her:

Dear Prime Minister,

We are writing to ask you to raise the situation of exiles in Norway with the embassy, because many of them have told us that they are being watched.

We hope that you will take this matter seriously and that you will respond to our letter.

Yours sincerely,

The Exile Support Network`;
