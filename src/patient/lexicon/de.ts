import type { ConceptDef, JargonTerm, LanguagePack, MoveId } from './types';

// German. The same concept ids as the English pack; concepts are listed most specific first,
// and a phrase is claimed by the first concept that matches it ("essen oder trinken" is
// intake, so "trinken" in it is not alcohol).
//
// German writes compounds as one word, and a concept that matches the start of a word claims
// the whole word ("Unterbauchschmerzen"). A word can therefore carry only one concept plus
// the ones it implies: body-part compounds with -schmerz or -weh are claimed by the body part
// and imply pain ("Halsschmerzen" is the throat and pain, not pain anywhere). These are extra
// definitions of existing ids, listed before the plain ones.
//
// Patterns are written with umlauts and ß; `spell` lets them also match the ASCII spellings
// students type (ae, oe, ue, ss). `\b` does not know umlauts or ß, so word ends are written E.

/** End of a word. */
const E = '(?!\\p{L})';

const ASCII: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** A pattern that also matches the ASCII spelling of its umlauts and ß. */
function spell(source: string): string {
  return source.replace(/[äöüß]/g, (ch) => `(?:${ch}|${ASCII[ch]})`);
}

/** Exact words with their ASCII spellings added. */
function withAscii(words: readonly string[]): string[] {
  return [...new Set(words.flatMap((w) => [w, w.replace(/[äöüß]/g, (ch) => ASCII[ch] ?? ch)]))];
}

function withAsciiKeys(numbers: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(numbers).flatMap(([w, n]) => withAscii([w]).map((v) => [v, n] as const)));
}

const spellAll = (sources: readonly string[] | undefined) => sources?.map(spell);

/** The tail of a compound that names pain: "Bauch|schmerzen", "Ohren|weh", "Magen|krämpfe". */
const PAIN_TAIL = `(e|en|n|s|es)?-?(schmerz|weh${E}|wehs${E}|krampf|krämpf|stechen)`;
const painIn = (stems: string) => `(${stems})${PAIN_TAIL}`;

const PRON = '(?:sie|er|es|das|ihnen|ihr|ihm|ich|mir|dir|du)';
const ART = '(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|ihre|ihren|ihrem|ihrer|ihr|seine|seinen|seinem|seiner|diese|diesen|diesem|dieser)';

const ABDOMEN = '(unter|ober|mittel)?bauch|magen|unterleib|nabel|blinddarm';
const CHEST = 'brust|brustkorb|brustbein|thorax|rippen?';
const BACK = 'rücken|kreuz|flanke|lende|steiß|steissbein|wirbelsäule';
const THROAT = 'hals|rachen|schluck|mandel';
const LEG = 'bein|wade|knie|fuß|füße|hüft|hüfte|knöchel|oberschenkel|unterschenkel|zeh';
const ARM = 'arm|hand|schulter|ellenbogen|ellbogen|finger|handgelenk';
const GENITAL = 'hoden|leiste|penis|scheide|genital|glied|eierstock';
const JOINT = 'gelenk|muskel|glieder';

const concepts: ConceptDef[] = [
  // --- phrases that would otherwise be misread -------------------------------------------
  { id: 'intake', kind: 'symptom', words: [
    `(etwas |was |nichts )?(gegessen|essen|isst|esse)( (und|oder|bzw\\.?|/) (etwas |was )?(getrunken|trinken|trinkt|trinke))`,
    `(das )?letzte mal (etwas |was )?(gegessen|getrunken)( (und|oder) (etwas |was )?(gegessen|getrunken))?`,
    `zuletzt (etwas |was )?(gegessen|getrunken)( (und|oder) (etwas |was )?(gegessen|getrunken))?`,
    'letzten? mahlzeit', 'nüchtern', 'flüssigkeit', 'trinkmenge', 'durst',
    `(genug|ausreichend|normal|gut|viel|wenig|kaum|noch) (zu )?trinken`, `(trinkt|trinken|getrunken) (sie |er )?(\\p{L}+ )?(genug|ausreichend|normal|gut|weniger|kaum|schlecht)${E}`,
    'bei sich (be)?halten', 'drin ?(be)?halten', `behält (sie|er|es) (\\p{L}+ )?(etwas|was|nichts|alles)`,
    '(schluck|schlucke|glas|tasse) (wasser|tee|saft)', '(wasser|tee|saft|milch|cola)( \\p{L}+)? getrunken', 'nichts (mehr )?(gegessen|getrunken)',
  ] },
  { id: 'suicide', kind: 'topic', words: [
    'suizid', 'selbstmord', 'selbsttötung', 'lebensmüde', 'lebensüberdrüss', 'todeswunsch', 'todesgedanken', 'selbstverletz', 'selbst verletz', `ritzen${E}`, 'geritzt',
    'sich (selbst )?(das leben (zu )?nehmen|umzubringen|umbringen|töten|zu töten|etwas antun|was antun|etwas anzutun|was anzutun|verletzen|zu verletzen)',
    '(das |ihr |mein |sein )?leben (zu )?beenden', 'dem leben ein ende', 'alles beenden', 'nicht mehr (leben|aufwachen|da sein|weiterleben|weiter leben)',
    '(lieber|besser) tot', 'tot sein', 'sterben (wollen|möchten)', '(wollen|möchten|wollten|wünschen) (sie )?(zu )?sterben', 'keinen sinn mehr', 'überdosis', 'tabletten (gesammelt|sammeln|gehortet)',
  ] },
  { id: 'alcohol', kind: 'topic', words: [
    'alkohol', `bier${E}`, 'biere', `weins?${E}`, '(rot|weiß)wein', 'weinschorle', 'schnaps', 'spirituosen', 'likör', 'whisk(e)?y', 'wodka', 'vodka', `gin${E}`, `rum${E}`, 'sekt', 'cocktail', 'longdrink',
    'promille', 'betrunken', 'besoffen', 'angetrunken', `rausch${E}`, `kater${E}`, 'trink', 'getrunken', `trank${E}`, `gläser${E}`, 'glas (bier|wein|sekt)', 'flaschen? (bier|wein|schnaps|wodka)',
    '(weniger|nicht mehr) (zu )?trinken', 'morgens (schon )?(etwas |einen |was )?(trinken|getrunken)', `cage${E}`, `audit${E}`,
  ] },
  { id: 'smoking', kind: 'topic', words: [
    'rauch', 'geraucht', 'zigarett', 'zigarre', 'zigarillo', 'tabak', 'nikotin', 'e-?zigarette', 'vape', 'vapen', 'dampfen', 'shisha', 'wasserpfeife', 'schachtel', 'päckchen',
    'packungsjahre', 'pack ?years?', `kippen?${E}`, 'glimmstängel', 'snus', 'kautabak', `pfeife${E}`,
  ] },
  { id: 'drugs', kind: 'topic', words: [
    'drogen', `droge${E}`, 'rauschmittel', 'rauschgift', 'betäubungsmittel', 'substanzen', 'illegal', 'cannabis', 'kiff', 'gekifft', `gras${E}`, 'haschisch', `hasch${E}`, `joints?${E}`,
    'marihuana', `thc${E}`, 'kokain', `koks${E}`, 'heroin', 'ecstasy', `xtc${E}`, 'mdma', 'amphetamin', `speed${E}`, `pep${E}`, `crystal${E}`, `meth${E}`, 'ketamin', `lsd${E}`,
    'pilze', 'gespritzt', '(spritzen|gespritzt) (sie|sich)', `nadeln${E}`, 'konsum',
  ] },
  { id: 'allergies', kind: 'topic', words: ['allerg', '\\p{L}*allergi', 'unverträglich', '\\p{L}*unverträglich', 'überempfindlich', '\\p{L}*intoleranz', 'vertragen', 'reaktion(en)? auf', 'heuschnupfen'] },
  { id: 'contraception', kind: 'topic', words: ['verhüt', 'kontrazept', `(die |der )?pille${E}`, 'antibabypille', 'spirale', 'hormonspirale', 'kupferspirale', 'verhütungsstäbchen', 'implantat', 'vaginalring', 'nuvaring', 'dreimonatsspritze', 'pille danach'] },
  { id: 'adherence', kind: 'symptom',
    fact: ['vergess', 'vergisst', 'vergaß'],
    question: ['(tabletten|medikamente|einnahme|dosis|dosen|spritze)\\p{L}* (\\p{L}+ ){0,3}vergess', 'vergess\\p{L}* (sie )?(\\p{L}+ ){0,3}(tabletten|medikamente|einnahme|einzunehmen|zu nehmen|zu spritzen)', '(einzunehmen|zu nehmen) vergess'],
    words: ['ausgelassen', 'auslassen', 'weggelassen', 'abgesetzt', `(regelmäßig|jeden tag|täglich|zuverlässig|wie verordnet|wie verschrieben) (\\p{L}+ )?(ein)?(nehmen|genommen)${E}`,
    'schaffen sie es', 'denken sie (\\p{L}+ )?(daran|dran)', 'dran denken', 'compliance', 'adhärenz', 'einnahmetreue', 'ausgegangen', 'nicht mehr (ein)?genommen',
  ] },
  { id: 'meds', kind: 'topic', words: [
    'medikament', `medizin${E}`, 'arznei', '\\p{L}*tablette', `pillen${E}`, 'kapsel', `tropfen${E}`, `sprays?${E}`, 'salbe', 'inhal', 'insulin', 'nahrungsergänzung', 'vitamin', 'präparat',
    `rezept${E}`, 'rezepte', 'rezeptfrei', 'verschrieben', 'verordnet', 'medikation', 'dauermedikation', 'apotheke', 'pflanzlich', 'homöopath', 'globuli', 'paracetamol', 'ibuprofen', `ibu${E}`,
    'aspirin', `ass${E}`, 'novalgin', 'novaminsulfon', 'metamizol', 'diclofenac', 'voltaren', '(schmerz|fieber|schlaf|beruhigungs|abführ|blutdruck|herz|magen|husten|grippe)mittel', 'schmerzsaft', 'fiebersaft', 'zäpfchen',
    'antibiotik', 'cortison', 'kortison', 'metformin', 'statin', 'betablocker', 'cetirizin', 'antihistamin', 'pantoprazol', 'magenschutz',
    `\\d+ ?(mg|milligramm|mikrogramm|µg)${E}`, 'nehmen (sie|er) (\\p{L}+ )?(etwas|was) (ein|regelmäßig)',
  ] },
  { id: 'surgery', kind: 'topic', words: ['operation', 'operat', 'operier', 'voroperation', `ops?${E}`, 'eingriff', 'narkose', 'vollnarkose', 'chirurg', '(entfernt|rausgenommen|herausgenommen) (worden|bekommen|lassen)', 'wurde[n]? (\\p{L}+ ){0,3}(entfernt|rausgenommen|herausgenommen)', 'rausgenommen', 'herausgenommen'] },
  // --- past history: conditions imply it ---------------------------------------------------
  { id: 'diabetes', kind: 'symptom', implies: ['pmh'], words: ['diabet', 'zuckerkrank', `zucker${E}`, 'blutzucker', 'langzeitzucker', 'zuckerwert', 'hba1c'] },
  { id: 'hypertension', kind: 'symptom', implies: ['pmh'], words: ['bluthochdruck', 'blutdruck', 'hochdruck', 'hypertonie', 'hypertensi', `rr${E}`, 'amlodipin', 'ramipril', 'candesartan'] },
  { id: 'heart-disease', kind: 'symptom', implies: ['pmh'], words: ['herzinfarkt', 'herzerkrank', 'herzkrank', 'herzschwäche', 'herzinsuffizienz', 'herzfehler', 'herzproblem', 'herzleiden', 'herzschrittmacher', 'herzklappe', `stents?${E}`, 'bypass', 'angina', 'koronar', `khk${E}`, `(probleme|ärger|was) mit (dem|ihrem|seinem|meinem) herzen`, 'infarkt', 'am herzen (gestorben|operiert|erkrankt)', 'herztod', 'herzstillstand'] },
  { id: 'cholesterol', kind: 'symptom', implies: ['pmh'], words: ['cholesterin', 'blutfett', 'fettstoffwechsel', 'atorvastatin', 'simvastatin'] },
  { id: 'asthma', kind: 'symptom', implies: ['pmh'], words: ['asthma'] },
  { id: 'clot', kind: 'symptom', implies: ['pmh'], words: ['thrombose', 'blutgerinnsel', 'gerinnsel', 'embolie', 'lungenembolie', 'blutverdünn', 'blut verdünn', 'gerinnungshemm', 'antikoagul', 'marcumar', 'phenprocoumon', 'xarelto', 'eliquis', 'apixaban', 'rivaroxaban', 'heparin', 'gerinnung', `tvt${E}`] },
  { id: 'thyroid', kind: 'symptom', implies: ['pmh'], words: ['schilddrüse', 'l-?thyrox', 'thyroxin', 'hashimoto', 'basedow', `kropf${E}`, 'struma', '(über|unter)funktion'] },
  { id: 'anaemia', kind: 'symptom', implies: ['pmh'], words: ['anämie', 'blutarmut', 'eisenmangel', 'eisenwert', 'zu wenig eisen', 'niedrige[rns]? (eisen|hb|hämoglobin)'] },
  { id: 'piles', kind: 'symptom', implies: ['pmh'], words: ['hämorrhoid', 'hämorride'] },
  { id: 'scope', kind: 'symptom', words: ['\\p{L}*spiegelung', 'gespiegelt', 'endoskop', 'koloskop', 'gastroskop', 'rektoskop', `kamera${E}`] },
  { id: 'stroke', kind: 'symptom', implies: ['pmh'], words: ['schlaganfall', 'schlaganfälle', 'hirninfarkt', 'hirnblutung', `tia${E}`, 'apoplex'] },
  { id: 'cancer', kind: 'symptom', implies: ['pmh'], words: [`krebs${E}`, '\\p{L}*krebs', 'tumor', 'karzinom', 'bösartig', 'chemo', 'metastase', 'leukämie', 'lymphom'] },
  { id: 'mental-health', kind: 'symptom', implies: ['pmh'], words: ['psychische[nr]? (erkrankung|probleme|krankheit|störung|vorgeschichte)', 'psychiatr', 'psychotherap', 'therapeut', 'nervenzusammenbruch', `nerven${E}`, 'antidepressiv', 'eingewiesen', 'psychosomat'] },
  { id: 'epilepsy', kind: 'symptom', implies: ['pmh'], words: ['epilep'] },
  // "Krankheiten, die in der Familie liegen": the relative clause says whose history is asked.
  { id: 'family', kind: 'topic', words: [
    `(krankheiten|erkrankungen|leiden|probleme),? (die|welche) (\\p{L}+ ){0,2}(in (der|ihrer|eurer|ihren|unserer) famili\\p{L}*|familiär|erblich)`,
    `in (der|ihrer|unserer) familie (\\p{L}+ ){0,2}(liegen|vorkommen|vorgekommen|bekannt|gehäuft|häufig)${E}`, `liegt in der familie`,
  ] },
  { id: 'pmh', kind: 'topic', words: [
    'vorerkrank', 'vorgeschichte', '\\p{L}*erkrankung', '\\p{L}*krankheit', 'erkrankt', 'chronisch', 'gesundheitliche[n]? (probleme|beschwerden|einschränkungen)', `(sind|bin|waren|war|ist) (sie|ich|er) (\\p{L}+ ){0,2}gesund${E}`, `gesund (sind|bin|war|waren)${E}`, 'kerngesund',
    'krankenhaus', 'spital', `klinik${E}`, 'stationär', 'diagnostiziert', `copd${E}`, 'rheuma', 'in (ärztlicher )?behandlung', 'leiden sie (an|unter)', `fit${E}`,
  ] },
  { id: 'grandparent', kind: 'person', implies: ['family'], words: ['großmutter', 'großvater', 'großeltern', `omas?${E}`, `opas?${E}`, `omi${E}`, `opi${E}`] },
  { id: 'mother', kind: 'person', implies: ['family'], words: ['mutter(?!mal|pass|milch|mund)', 'mütter', `mama${E}`, `mami${E}`, `mutti${E}`] },
  { id: 'father', kind: 'person', implies: ['family'], words: ['vater(?!land)', 'väter', `papa${E}`, `papi${E}`, `vati${E}`] },
  { id: 'sibling', kind: 'person', implies: ['family'], words: [`bruder${E}`, 'brüder', 'schwester', 'geschwister', 'zwilling'] },
  { id: 'family', kind: 'topic', words: ['famili', 'verwandt', `eltern${E}`, 'elternteil', `tante${E}`, `onkel${E}`, 'cousin', 'erblich', 'vererb', 'genetisch', 'blutsverwandt'] },
  // --- sexual and reproductive history -----------------------------------------------------
  { id: 'condom', kind: 'symptom', words: ['kondom', 'präservativ', `gummi${E}`, 'ungeschützt', 'geschützt', 'safer sex', 'safe sex'] },
  { id: 'sti-test', kind: 'symptom', words: ['geschlechtskrank', 'sexuell übertrag', `stis?${E}`, `stds?${E}`, `hiv${E}`, `aids${E}`, 'getestet', `test(s|en)?${E}`, 'tripper', 'gonorrh', 'gonokokken', 'chlamydi', 'syphilis', 'herpes', 'feigwarzen', `hpv${E}`] },
  { id: 'partner', kind: 'symptom', words: [
    'sexualpartner', 'partner', 'feste[nr]? (freund|freundin|beziehung)', `freundin${E}`, `freund${E}`, 'beziehung', 'wechselnde', 'one[- ]night', 'gelegenheits', 'affäre', 'seitensprung',
    'männer(n)? oder frauen', 'frauen oder männer(n)?', 'mit (männern|frauen)', 'schwul', 'lesbisch', 'bisexuell', 'homosexuell', 'heterosexuell', 'wie viele (\\p{L}+ )?(partner|personen|menschen|leute)',
    '(jemand|jemanden) neue[nrs]?', 'neue[nr]? (partner|partnerin|freund|freundin)',
  ] },
  { id: 'sexual', kind: 'topic', words: ['geschlechtsverkehr', `verkehr${E}`, 'oralverkehr', 'analverkehr', 'sexualleben', 'sexualität', 'sexualanamnese', 'sexuell', `sex${E}`, 'intim(?!bereich|pflege|rasur)', 'miteinander geschlafen', 'geschlafen mit', 'mit (ihr|ihm|jemandem) geschlafen'] },
  { id: 'pregnancy', kind: 'topic', words: [
    'schwanger', `ssw${E}`, 'wievielten woche', 'entbindungstermin', 'geburtstermin', 'errechneter termin', 'mutterpass', 'hebamme', 'vorsorgeuntersuchung', 'frauenarzt', 'frauenärztin', 'gynäkolog',
    `babys?${E}`, 'ein kind erwarten', 'erwarten sie ein', 'trimenon', 'trimester', 'fehlgeburt', `abort${E}`, 'abtreibung', 'frühere (geburten|schwangerschaften|entbindungen)', 'kinderwunsch', `wehen${E}`, 'fruchtwasser', 'fruchtblase', 'kindsbewegungen',
  ] },
  { id: 'menstrual', kind: 'topic', implies: ['pain'], words: [painIn('regel|periode|menstruation')] },
  { id: 'menstrual', kind: 'topic', words: [
    'periode', `(?<!in der )regel${E}`, 'regelblutung', 'menstru', `menses${E}`, `mens${E}`, 'monatsblutung', 'zwischenblutung', 'letzte (periode|regel|blutung|menstruation)', 'zyklus', 'zyklen',
    '(ihre|meine|die) tage (bekommen|gehabt|hatten|haben)', `(ihre|meine) tage${E}`, 'wechseljahre', 'menopause', 'tampon', `binden${E}`,
  ] },
  // --- children ----------------------------------------------------------------------------
  { id: 'immunisation', kind: 'topic', words: ['\\p{L}*impf', 'geimpft', 'tetanus', 'immunis', 'auffrisch', 'stiko', 'grundimmunisierung'] },
  { id: 'birth', kind: 'topic', words: ['geboren', 'geburt(?!stag|sdatum)', 'entbindung', 'entbunden', 'frühchen', 'frühgeburt', 'zu früh (gekommen|geboren|auf die welt)', 'termingerecht', 'am termin', 'kaiserschnitt', 'spontangeburt', 'saugglocke', 'auf die welt'] },
  { id: 'development', kind: 'topic', words: ['entwicklung', 'entwickelt sich', 'entwickelt (sie|er|es|ihr kind|ihre tochter|ihr sohn) sich', `(läuft|spricht|krabbelt|sitzt) (sie|er|es) (schon|allein|frei)${E}`, 'meilenstein', 'u-?untersuchung', `u\\d{1,2}${E}`, '(kann|konnte) (\\p{L}+ )?(schon )?(laufen|sprechen|sitzen|krabbeln)', 'erste(n)? wörter', 'krabbel', 'frei sitzen', 'wächst', 'wachstum', 'gedeih', 'perzentile'] },
  { id: 'appetite', kind: 'symptom', words: ['appetit', 'hunger', 'hungrig', 'lust (auf|zu|zum) essen', `(essen|esse|isst|gegessen) (\\p{L}+ )?(kaum|weniger|nichts mehr|wenig)${E}`, '(kaum|weniger|wenig|nichts) (mehr )?(essen|gegessen)', 'isst (sie|er) (normal|gut|schlecht)'] },
  { id: 'feeding', kind: 'topic', words: ['stillen', 'gestillt', `stillt${E}`, 'fläschchen', 'muttermilch', 'säuglingsnahrung', 'pre-?nahrung', `milch${E}`, 'mahlzeit', 'nahrung', `isst${E}`, `essen${E}`, 'gegessen', 'beikost', `brei${E}`] },
  { id: 'nappies', kind: 'topic', words: ['windel', 'pampers'] },
  { id: 'contacts', kind: 'topic', words: [
    `kita${E}`, 'kindergarten', 'kinderkrippe', `krippe${E}`, 'tagesmutter', 'tagesstätte', `schule${E}`, 'umfeld', 'umgebung', 'bekanntenkreis', 'angesteckt', 'ansteck', 'kontakt(?!linse)',
    // "Ist jemand in Ihrer Umgebung krank, Ihre Mitbewohner vielleicht?": the people named after it are part of the question.
    `(jemand|andere|anderen|einer|keiner|niemand|leute|personen|kinder|familienmitglieder|mitbewohner|freunde)${E}( \\p{L}+){0,4} (ähnliche\\p{L}* (beschwerden|symptome)|krank|erkrankt|das gleiche|dasselbe)${E}(,? (z\\.? ?b\\.?|zum beispiel|etwa|vielleicht|wie)?,? ?(${ART} )?(mitbewohner|kollegen|kolleginnen|kinder|freunde|familie|partner|partnerin|eltern|geschwister|geschwistern|kindergarten|kita|schule|arbeit)\\p{L}*)?`,
  ] },
  // --- social history ----------------------------------------------------------------------
  { id: 'travel', kind: 'topic', words: ['reise', 'verreist', 'gereist', 'urlaub', 'ausland', 'ferien', `flug${E}`, 'geflogen', 'tropen', 'fernreise', 'unterwegs gewesen', 'weg gewesen'] },
  { id: 'hobbies', kind: 'topic', words: ['hobb', 'freizeit', 'freien zeit', 'zum spaß', 'entspann', 'interessen', 'was machen sie (denn )?gern', 'ausgehen', 'unternehmen sie'] },
  { id: 'transfusion', kind: 'symptom', words: ['transfus', 'blutkonserve'] },
  { id: 'pets', kind: 'symptom', words: ['haustier', `tiere?${E}`, `hunde?${E}`, `hundes${E}`, `katzen?${E}`, `vögel${E}`, `vogel${E}`, 'wellensittich', 'papagei', 'kaninchen', 'meerschweinchen', 'hamster', `pferde?${E}`] },
  { id: 'snoring', kind: 'symptom', words: ['schnarch'] },
  { id: 'occupation', kind: 'topic',
    question: ['arbeit', 'arbeiten sie', `jobs?${E}`, 'beruf'],
    fact: ['ich arbeite', 'arbeite(t)? (als|bei|in|im|an|für|von)', '(bei|auf) der arbeit', 'auf arbeit', 'meine[rn]? arbeit', 'arbeitsplatz', `jobs?${E}`, 'beruf', 'krankgeschrieben', 'schichtdienst'],
    words: [`tätig${E}`, 'tätigkeit', 'angestellt', 'selbstständig', 'selbständig', `rente${E}`, 'rentner', 'pension', 'arbeitslos', 'studier', 'studium', 'studiengang', 'semester', 'ausbildung', 'azubi', 'kollege', 'kollegin', `chef${E}`, 'chefin', 'büro', 'firma', 'was machen sie (so )?(beruflich|im leben)', 'geld verdienen', 'verdienen sie'],
  },
  { id: 'home', kind: 'topic', words: [
    'wohn', 'leben sie (allein|alleine|mit|zusammen)', `allein${E}`, 'alleine', 'zu hause', 'zuhause', 'daheim', `wg${E}`, 'mitbewohner', `haus${E}`, 'verheiratet', 'ehemann', 'ehefrau', 'ehepartner',
    `(ihr|mein) mann${E}`, `(ihre|meine) frau${E}`, `kinder${E}`, 'unterstützung', 'hilfe (zu hause|im alltag)', 'pflegedienst', 'versorgt', 'zurecht', 'alltag', 'finanziell', 'einsam', 'freunde', 'freundeskreis', 'lebenssituation', 'lebensumstände', 'haushalt', 'familienstand',
  ] },
  { id: 'driving', kind: 'topic', words: [`(selbst |noch |mit dem auto )?gefahren${E}`, `auto${E}`, 'autofahren', 'auto fahren', 'fahren sie (\\p{L}+ )?(auto|selbst)', 'führerschein', 'fahrerlaubnis', 'motorrad', 'am steuer'] },
  { id: 'exercise', kind: 'topic', words: ['sport', 'fitness', `training${E}`, 'trainier', 'joggen', 'laufen gehen', 'fahrrad', 'radfahren', `velo${E}`, 'schwimmen', 'fußball', `aktiv${E}`, 'körperlich aktiv', 'spazieren', 'aufgestanden', 'mobilisiert', 'aus dem bett'] },
  { id: 'diet', kind: 'topic', words: ['ernährung', 'ernähren', `diät${E}`, 'was essen sie', 'vegetarisch', 'vegan', 'essgewohnheit', `fleisch${E}`, `obst${E}`, 'gemüse'] },
  // --- mental state ------------------------------------------------------------------------
  // Getting up at night to pass water is urinary frequency, not sleep or timing.
  { id: 'urinary-frequency', kind: 'symptom', implies: ['toilet', 'urine'], words: [
    '(nachts|in der nacht) (\\p{L}+ ){0,2}(raus|aufstehen|auf (die )?toilette|aufs klo|pinkeln|zum wasserlassen|wasser lassen)', 'wie oft (\\p{L}+ ){0,3}(auf (die )?toilette|aufs klo|pinkeln|wasserlassen|wasser lassen)',
  ] },
  { id: 'sleep', kind: 'symptom', words: ['schlaf', 'geschlafen', 'einschlaf', 'durchschlaf', 'aufwach', 'wach (liegen|gelegen)', 'nachts wach'] },
  { id: 'mood', kind: 'symptom', words: [
    'stimmung', 'depress', 'niedergeschlagen', 'traurig', 'bedrückt', `down${E}`, 'deprimiert', 'hoffnungslos', 'perspektivlos', `freude${E}`, 'freudlos', 'interesse', 'lustlos', 'antrieb', 'ängstlich', 'angstzust', 'angststörung', 'panik',
    '(ungewöhnlich |besonders |extrem |sehr )?(gut drauf|euphorisch|überdreht|aufgedreht|hochgestimmt|manisch)([ ,]+(und |oder )?(\\p{L}+[ ,]+){0,3}(voller energie|energiegeladen|kaum schlaf|wenig schlaf|ohne schlaf|gedankenrasen)\\p{L}*)*', 'manie', 'größenwahn', 'gedankenrasen', 'nervös', 'unruhig(?!er)', 'stress', 'gestresst', 'belastet', 'überfordert', 'weinen', 'weinerlich', 'geweint', `weint${E}`, 'konzentr', 'motivation', 'gefühlslage', 'gemüt', 'psychisch', 'seelisch', 'emotional', 'grübel',
    '(fühlen|fühlten) sie sich (\\p{L}+ )?(niedergeschlagen|traurig|leer|down)',
  ] },
  { id: 'self-esteem', kind: 'symptom', words: [`schuld${E}`, 'schuldig', 'schuldgefühl', 'wertlos', 'versager', 'schäm', 'selbstwert', 'selbstvertrauen', 'selbstbewusst', 'nutzlos', 'zur last', 'selbstvorwürf', 'vorwürfe', 'minderwertig', 'über sich selbst'] },
  { id: 'psychosis', kind: 'symptom', words: [`stimmen${E}`, 'halluzin', 'dinge (\\p{L}+ )?(sehen|hören|gesehen|gehört)', '(sehen|hören) (sie )?(dinge|sachen|etwas),? die', 'verfolgt', 'beobachtet', 'paranoi', 'gedanken (werden|eingegeben|entzogen|laut|gelesen)', 'besondere (botschaften|fähigkeiten|kräfte)', `wahn${E}`, 'wahnvorstellung'] },
  { id: 'protective', kind: 'symptom', words: ['(hält|hielt) (sie|dich|ihn) (\\p{L}+ )?(ab|zurück|am leben)', 'abgehalten', 'gründe? (zu|zum|für das) leben', 'was gibt (ihnen|dir) halt', 'wofür (es sich )?lohnt', 'in die tat umsetzen', 'umzusetzen', 'was (hält|hindert) sie', 'davon abhalten'] },
  // --- ideas, concerns, expectations -------------------------------------------------------
  { id: 'ideas', kind: 'topic',
    question: [
      'was (denken|glauben|meinen|vermuten|dachten|glaubten|vermuteten) sie', ',? (glauben|denken|meinen) sie\\??$', '(glauben|denken|meinen) sie,? (dass|es|das) ', `woher (${ART} )?(\\p{L}+ )?(kommt|kommen|stammt|stammen)( könnten?)?`, 'woher', `woran (\\p{L}+ )?(liegt|könnte|denken sie)`, 'ursache',
      '(ihre|eine|irgendeine|eigene) (vermutung|erklärung|theorie|idee|meinung|vorstellung)', 'vermutung', `ideen?${E}`, 'erklärung (für|dafür)', 'dahinter', 'selbst gedacht', 'gedanken gemacht',
      'warum (glauben|denken|meinen) sie', 'worauf führen sie', 'was (könnte|kann|mag) (das|es|dahinter) (sein|stecken)',
    ],
    fact: ['ich (dachte|vermute|befürchtete)', 'ich (glaube|glaub|denke),? (dass |das |es )(es |das )?(ist|war|kommt|liegt|könnte|vom|von)', 'vielleicht', 'könnte (es|das) (\\p{L}+ )?(sein|kommen)', 'wahrscheinlich', 'vermutlich'],
  },
  { id: 'concerns', kind: 'topic', words: ['sorge', 'besorgt', `angst${E}`, 'ängste', 'befürcht', 'beunruhig', 'fürcht', 'macht (ihnen|dir) (\\p{L}+ )?(sorgen|angst|gedanken)', 'beschäftigt (sie|dich)', 'auf dem herzen', 'beängstig'] },
  { id: 'expectations', kind: 'topic',
    question: ['erwart', 'erhoff', 'wünsch', 'was (sollen|sollten|können|könnten|dürfen) wir (\\p{L}+ )?(für sie )?(tun|machen)', 'was möchten sie', 'was wäre (für sie |ihnen )?(wichtig|hilfreich)', `ziel${E}`, 'versprechen sie sich', 'mitnehmen', 'herausholen', 'rausholen', 'was stellen sie sich vor'],
    fact: ['ich (will|möchte|hoffe|wünsche|brauche)', '(würde|möchte) ich (\\p{L}+ )?(gern|gerne)', 'ich würde (\\p{L}+ )?(gern|gerne)', 'hoffentlich', 'vor allem,? dass'],
  },
  // --- dimensions of a complaint ----------------------------------------------------------
  { id: 'onset', kind: 'dim',
    question: ['seit wann', 'seit wie (vielen|langer)', `seit${E}`, `wann${E}`, 'wie lange(?! (dauert|dauern|dauerte|hält|halten|hielt))(?!( \\p{L}+){0,4} (gedauert|angehalten))', 'angefangen', 'anfangen', `fing(en)?${E}`, 'anfing', 'begonnen', 'beginn', 'begann', 'los(gegangen|ging)', 'zuerst', 'erstmals', 'ursprünglich', 'anfangs', 'am anfang', 'zu beginn', 'aufgetreten', 'zuletzt', 'das letzte mal', 'um wie viel uhr', 'uhrzeit', 'wie schnell', `langsam${E}`, 'gesteigert', 'aufgebaut', 'auf einmal', 'plötzlich', 'schlagartig', 'allmählich', 'schleichend'],
    fact: [
      'angefangen', 'begonnen', `seit${E}`, 'seitdem', 'vor (\\p{L}+ ){0,2}(minuten|stunden|tagen|wochen|monaten|jahren)', 'gestern', 'vorgestern', 'heute (morgen|früh|nacht|mittag|vormittag|nachmittag|abend)', 'letzte nacht', 'letzte woche', 'letzten (monat|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)', 'letztes jahr',
      `(gegen|um|so gegen|kurz nach|kurz vor) (\\d+|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|halb \\p{L}+)( uhr)?${E}`,
      'plötzlich', 'schlagartig', 'auf einen schlag', 'aus heiterem himmel', 'aus dem nichts', 'allmählich', 'schleichend', 'nach und nach', 'am anfang', 'anfangs', 'zuerst', 'zuletzt', 'das letzte mal', 'als ich',
    ] },
  { id: 'circumstance', kind: 'dim',
    question: ['was haben sie (\\p{L}+ ){0,3}gemacht', 'was (taten|machten) sie', 'wobei (ist|kam|fing|begann|trat|passierte|ging)', 'in welcher situation', 'bei welcher (tätigkeit|gelegenheit)', '(gerade )?(dabei|beschäftigt),? als', 'kurz (davor|bevor)', 'was (ist|war) (\\p{L}+ )?(davor|vorher) (passiert|gewesen)', 'waren sie (gerade )?(im bett|wach|am schlafen|unterwegs|beim sport|bei der arbeit|zu hause)'],
    fact: ['^ich (war|bin|habe|hab) (gerade|grad|da) ', '^(wir|ich) (waren|war) (gerade )?(beim|am|im|bei|auf|mit) ', 'als es (anfing|losging|passierte|begann|kam)', 'gerade dabei', 'mittendrin', 'in dem moment'],
  },
  // Severity before site: "wo liegen Sie auf der Skala" asks how bad, not where.
  { id: 'severity', kind: 'dim', words: [
    `wie (stark|schlimm|heftig|sehr|intensiv)${E}`, 'skala', 'von (0|1|null|eins) bis (10|zehn)', `/10${E}`, `von (10|zehn)${E}`, `stärke${E}`, 'intensität', 'schlimmste(n|r)?( vorstellbare\\p{L}*| denkbare\\p{L}*| mögliche\\p{L}*)?',
    'unerträglich', 'kaum auszuhalten', 'höllisch', 'wo (liegen|lägen|würden|wären) sie', '(leicht|mittel|stark)e[nr]? schmerz',
  ] },
  { id: 'site', kind: 'dim',
    question: [`wo${E}`, 'wo genau', 'an welche[rn]? stelle', 'welche[rn]? (stelle|seite|teil|bereich|körperteil|region)', 'zeigen', 'lokalis', `stelle${E}`, `ort${E}`],
    fact: ['(rechts|links) (unten|oben)', '(unten|oben) (rechts|links)', `rechts${E}`, `links${E}`, `rechte[nmrs]?${E}`, `linke[nmrs]?${E}`, 'rechtsseitig', 'linksseitig', 'beidseit', 'einseitig', 'in der mitte', 'mittig', 'überall', `hier${E}`, `stelle${E}`, `(he)?rum${E}`, 'oberhalb', 'unterhalb', 'beide seiten', 'eine seite'],
  },
  { id: 'radiation', kind: 'dim',
    question: ['ausstrahl', 'strahlt', 'irgendwohin', 'woandershin', 'woanders( hin)?', `wohin${E}`, `zieht (es|der schmerz|das|er|sie)? ?(\\p{L}+ )?(irgendwo|woanders|hin|in|nach|bis|runter|hoch|rüber)${E}`, 'hinzieh', 'ausbreit', 'breitet sich', 'verlagert', 'gewandert', `wandert${E}`, 'wanderung', 'schießt'],
    fact: ['strahlt', 'ausstrahl', `zieht (\\p{L}+ ){0,2}(in|nach|bis|hin|runter|hoch|rüber)${E}`, 'nirgendwo( anders)?( hin)?', 'gewandert', `wandert${E}`, 'ausgebreitet', 'verlagert'],
  },
  { id: 'character', kind: 'dim',
    question: [`wie (fühlt|fühlen|anfühlt) (\\p{L}+ ){0,2}(sich|an)${E}`, 'anfühlt', 'beschreib', 'was für (ein|eine|einen) (schmerz|art)', 'art (von|des|der) ', 'charakter', 'qualität', 'wie ist (der|die|das) (\\p{L}+ )?(schmerz|gefühl)'],
    fact: [`wie (ein|eine|einen)${E}`],
    words: ['stechend', `stich${E}`, 'stiche', 'dumpf', 'drückend', `druck${E}`, 'druckgefühl', 'brennend', `brennt${E}`, `brennen${E}`, 'pochend', 'pulsierend', 'klopfend', 'hämmernd', 'ziehend', 'krampf(?!anf)', 'kolik', 'schneidend', 'bohrend', 'reißend', `scharf${E}`, 'engegefühl', `eng${E}`, 'beklemm', 'schweregefühl', 'wellenartig', 'wellenförmig'],
  },
  { id: 'exacerbating', kind: 'dim',
    question: ['was (macht|verstärkt|verschlimmert|verschlechtert)', `schlimmer,? (wenn|bei|beim|durch|nach|mit|im)( sie)?( sich)?( (bewegen|husten|laufen|gehen|atmen|einatmen|bücken|essen|trinken|lachen|niesen|hinlegen|aufsetzen|aufstehen|anstrengen|pressen|drehen)${E})?`, '(macht|machen) (es|das|den|die|ihn|sie) (\\p{L}+ )?(schlimmer|stärker|schlechter)', 'auslös', 'ausgelöst', 'provozier', 'triggert?', 'verstärk', 'verschlimmer', 'verschlechter', `((das|was) (${ART} )?\\p{L}+ )?(noch )?(schlimmer|stärker|schlechter|unruhiger|unangenehmer|heftiger) (macht|machen)`, '(mehr|stärker|schlimmer) weh,? (wenn|bei|beim|nach)', 'wenn sie (sich )?(\\p{L}+ ){0,2}(bewegen|husten|laufen|gehen|atmen|einatmen|bücken|essen|trinken|lachen|niesen|hinlegen|aufsetzen|aufstehen|anstrengen|pressen|drehen)'],
    fact: ['(schlimmer|stärker|schlechter),? (wenn|bei|beim|durch|nach|mit|im)', '(macht|machen|machte) (es|das|den schmerz|die schmerzen|alles) (\\p{L}+ )?(schlimmer|stärker|schlechter)', 'wenn ich (\\p{L}+ ){0,3}(bewege|huste|laufe|gehe|atme|bücke|esse|trinke|lache|niese|hinlege|aufsetze|aufstehe|strecke|drehe|anstrenge)', ', (wird|werden|wurde|wurden) (es|das|sie|er|die schmerzen|der schmerz) (\\p{L}+ )?(schlimmer|stärker|schlechter)', '(bei|mit) (jeder )?(bewegung|belastung)', 'jede bewegung', '(beim|bei|nach|wenn) (\\p{L}+ ){1,3}(wird|werden|wurde) (es|das|sie|er|der schmerz|die schmerzen) (\\p{L}+ )?(schlimmer|stärker|schlechter)', 'verstärkt', 'verschlimmert'],
  },
  { id: 'relieving', kind: 'dim',
    question: ['was hilft', `hilft${E}`, 'geholfen', 'lindert', 'linder', 'erleichter', 'erträglich', 'besser,? (wenn|bei|beim|durch|mit|im|nach)', '(macht|machen) (es|das|den|die) (\\p{L}+ )?(besser|erträglicher|leichter)', 'was tut (ihnen )?gut', 'angenehmer', 'beruhig', `wirk(t|en)${E}`, 'gewirkt', 'wirkung', `((das|was) ${ART} \\p{L}+ )?(besser|erträglicher|leichter) (macht|machen)`, `(das|was) ${ART} \\p{L}+ (lindert|erleichtert)`],
    fact: ['besser,? (wenn|bei|beim|durch|mit|im|nach)', 'am besten (geht|ist|wird)', 'hilft', 'geholfen', 'lindert', 'erleichtert', 'nichts hilft', 'hat (\\p{L}+ )?(was |etwas )?(gebracht|geholfen)', '(beim|bei|nach|wenn) (\\p{L}+ ){1,3}(wird|werden|wurde) (es|das|sie|er|der schmerz|die schmerzen) (\\p{L}+ )?besser', '(geht|wird) (es )?weg,? wenn'],
  },
  { id: 'tried', kind: 'dim',
    question: [`gegen (${ART} )?\\p{L}+ (genommen|eingenommen|gegeben|versucht|gemacht|getan|unternommen|probiert)`, 'dagegen (\\p{L}+ )?(genommen|eingenommen|gegeben|gemacht|getan|unternommen|versucht|probiert)', 'eingenommen', `genommen${E}`, 'versucht', 'ausprobiert', 'probiert', 'unternommen', `behandelt${E}`, `gegeben${E}`, 'verabreicht'],
    fact: [`genommen${E}`, 'eingenommen', 'versucht', 'probiert', `gegeben${E}`],
  },
  { id: 'course', kind: 'dim',
    question: [`(immer )?noch (da|vorhanden)${E}`, `(weg|vorbei)${E}`, 'nachgelassen', 'abgeklungen'],
    words: ['(besser|schlechter|schlimmer|stärker|weniger|mehr) (oder (besser|schlechter|schlimmer|stärker|weniger|gleich) )?geworden', '(besser|schlechter|schlimmer) oder (besser|schlechter|schlimmer)', 'immer (schlimmer|besser|stärker|mehr|weniger|schlechter)', 'verändert', 'veränder', 'verlauf', 'entwickelt', 'zugenommen', 'gleich geblieben', '(?<!, )(wird|wurde) (es|das) (\\p{L}+ )?(besser|schlimmer|schlechter|stärker)(?!,? (wenn|bei|beim|durch|nach|mit|im|falls))', 'fortschreit', 'gebessert'],
  },
  { id: 'timing', kind: 'dim', words: [
    'ständig', 'dauernd', 'dauerhaft', 'dauer', 'die ganze zeit', 'immer da', 'durchgehend', 'kontinuierlich', 'kommt und geht', 'kommen und gehen', `phasen${E}`, 'schübe', 'schubweise', 'schubartig', `wellen${E}`,
    'zwischendurch', 'ab und (zu|an)', 'hin und wieder', 'manchmal', 'wie oft', 'wie häufig', `häufig${E}`, 'jeden (tag|morgen|abend)', 'täglich', 'mal mehr,? mal weniger', 'wie lange (dauert|dauern|dauerte|hält|halten|hielt|geht das)', 'wie lange(?=( \\p{L}+){0,4} (gedauert|angehalten))', 'gedauert', 'angehalten',
    `(hält|halten) (\\p{L}+ ){0,2}an${E}`, 'anhaltend', 'minutenlang', '(\\d+|ein|zwei|drei|vier|fünf|mehrere)[- ]?mal (am|pro|in der|die) (tag|woche|nacht|stunde)', `nachts${E}`, `morgens${E}`, `abends${E}`, 'tageszeit', 'konstant', 'attacken',
  ] },
  { id: 'previous', kind: 'dim',
    question: [`(vor|bevor) (${ART} )?\\p{L}+ (schon|bereits|anfing|begann|losging)${E}`, '(solche|so eine|so einen|diese|derartige)[nrs]?(?= (\\p{L}+ ){0,2}(schon (ein)?mal|früher|vorher))', 'schon (ein)?mal (so|solche|ähnlich|derartig)', '(das|so etwas|sowas|so was)(?= (\\p{L}+ ){0,2}schon (ein)?mal)', 'so etwas', 'sowas', 'so was', 'ähnliche', 'so ähnlich', `frühere?${E}`, 'vorher', 'zuvor', 'in der vergangenheit', '(zum )?erste[nm]? mal', 'kennen sie (das|so)', 'neigen sie', '(leiden|litten) sie (\\p{L}+ )?(öfter|häufig|oft|regelmäßig)', 'oft (unter|an)', 'normalerweise', 'sonst (immer|auch)', `wiederholt${E}`],
    fact: ['noch nie', 'nie zuvor', '(zum )?erste[nm]? mal', 'so etwas', 'sowas', 'so was', `früher${E}`, 'vorher', 'schon (öfter|mal|einmal|öfters)', 'vor (\\p{L}+ )?jahren', 'als (kind|jugendliche[rn]?|teenager|junge[rs]? \\p{L}+)', 'mit (anfang |mitte |ende )?(zwanzig|dreißig|vierzig|fünfzig|\\d+)', 'in meinen (zwanzigern|dreißigern|vierzigern)', 'damals', 'ähnlich', 'kaum noch', 'nur noch selten'],
  },
  // --- compounds naming where it hurts: the body part, implying pain -------------------------
  { id: 'headache', kind: 'symptom', implies: ['pain', 'head'], words: ['kopfschmerz', 'kopfweh', 'migräne', 'brummschädel', 'spannungskopfschmerz', 'kopf (tut|tat) (\\p{L}+ )?weh'] },
  { id: 'abdomen', kind: 'body', implies: ['pain'], words: [painIn(ABDOMEN), 'bauchkrämpf', 'bauchgrimmen'] },
  { id: 'chest', kind: 'body', implies: ['pain'], words: [painIn(`${CHEST}|herz`)] },
  { id: 'back', kind: 'body', implies: ['pain'], words: [painIn(BACK)] },
  { id: 'throat', kind: 'body', implies: ['pain'], words: [painIn(THROAT)] },
  { id: 'ear', kind: 'body', implies: ['pain'], words: [painIn('ohr')] },
  { id: 'neck', kind: 'body', implies: ['pain'], words: [painIn('nacken|genick')] },
  { id: 'leg', kind: 'body', implies: ['pain'], words: [painIn(LEG)] },
  { id: 'arm', kind: 'body', implies: ['pain'], words: [painIn(ARM)] },
  { id: 'jaw', kind: 'body', implies: ['pain'], words: [painIn('kiefer|zahn')] },
  { id: 'genital', kind: 'body', implies: ['pain'], words: [painIn(GENITAL)] },
  { id: 'joint', kind: 'symptom', implies: ['pain'], words: [painIn(JOINT)] },
  { id: 'kidney', kind: 'symptom', implies: ['pain'], words: [painIn('niere')] },
  { id: 'vision', kind: 'symptom', implies: ['pain'], words: [painIn('auge')] },
  { id: 'urine', kind: 'symptom', implies: ['pain'], words: [painIn('blase|harnröhre'), 'brennen beim (wasserlassen|pinkeln)'] },
  // --- symptoms ----------------------------------------------------------------------------
  { id: 'flatus', kind: 'symptom', words: [`winde?${E}`, 'blähung', 'pups', 'furz', `gase?${E}`, 'luft (ablassen|abgehen|geht ab|abgeht)', 'flatulenz'] },
  { id: 'urinary-frequency', kind: 'symptom', implies: ['toilet', 'urine'], words: [
    '(öfter|häufiger|oft|häufig) (als sonst |als normal )?(\\p{L}+ )?(pinkeln|wasserlassen|wasser lassen|auf (die )?toilette|aufs klo|auf klo)', '(muss|müssen|musste|mussten) (\\p{L}+ ){0,2}(öfter|häufiger)', 'öfter als sonst', 'harndrang', `drang${E}`,
    'nachts (\\p{L}+ )?(raus|aufstehen|auf (die )?toilette|aufs klo|pinkeln)', 'dringend (pinkeln|aufs klo|auf (die )?toilette)', 'nicht (mehr )?(halten|einhalten)', 'kleine(n)? mengen',
  ] },
  { id: 'stool', kind: 'symptom', implies: ['toilet'], words: ['stuhl', 'darm', `kot${E}`, 'großes geschäft', 'groß (machen|gemacht|müssen|gewesen)', 'kack', `kaka${E}`, 'verdauung', 'ausscheidung', 'häufchen'] },
  { id: 'diarrhoea', kind: 'symptom', words: ['durchfall', `dünn(er|en)?${E}`, 'dünnflüssig', 'wässrig', 'wässerig', `flüssig(er|en)?${E}`, 'breiig', 'dünnschiss', 'diarrh'] },
  { id: 'constipation', kind: 'symptom', words: ['verstopfung', 'verstopft(?!e)', 'obstipiert', `hart(er|en)?${E}`, 'pressen'] },
  { id: 'urine', kind: 'symptom', implies: ['toilet'], words: ['(schwache[rn]?|dünne[rn]?|unterbrochene[rn]?) (harn)?strahl', 'harnstrahl', 'nachträufeln', 'nachtröpfeln', 'urin', 'harn', 'wasserlassen', 'wasser lassen', 'wasser lösen', 'pinkel', 'pieseln', `pipi${E}`, `pisse?n?${E}`, `blase${E}`, 'blasen(entz|infekt|probl|beschw|schw)', 'miktion', 'nasse windeln'] },
  { id: 'toilet', kind: 'symptom', words: ['toilette', `klo${E}`, `klos${E}`, `wc${E}`, 'örtchen'] },
  { id: 'discharge', kind: 'symptom', words: ['ausfluss', 'tropf', 'eiter', 'absonderung', `sekret${E}`, 'nässen', `läuft (\\p{L}+ )?(raus|aus)${E}`, '(her)?(aus|raus)gelaufen', '(her)?(aus|raus)gekommen', `kommt (\\p{L}+ ){0,3}(raus|heraus)${E}`] },
  { id: 'genital', kind: 'body', words: ['penis', `glied${E}`, 'genital', 'intimbereich', 'untenrum', 'unten ?herum', 'unten rum', '(da|dort) unten', 'im schritt', 'scheide', 'vagina', 'hoden', 'skrotum', 'leiste', 'geschlechtsteil', 'geschlechtsorgan', `eichel${E}`, 'vorhaut', 'schamlippe', 'schambereich', 'harnröhre'] },
  { id: 'sores', kind: 'symptom', words: ['geschwür', 'bläschen', `blasen${E}`, `knoten${E}`, 'knötchen', 'beule', 'warze', 'pickel', 'pusteln', 'offene[n]? stellen?', 'wunde[n]? stellen?', 'aphthe'] },
  { id: 'blood', kind: 'symptom', words: ['blut(?!druck|zucker|hochdruck|abnahme|bild|werte?|test|gruppe|fett|verdünn|konserve|transfus|spende|untersuchung)', 'nasenblut', 'zahnfleischblut', 'teerstuhl', 'schwarze[rn]? stuhl', `schwarz${E}(?! vor)`, 'rötlich', `rosa${E}`, 'rot (gefärbt|verfärbt)'] },
  { id: 'nausea', kind: 'symptom', words: ['übel', 'brechreiz', 'würgereiz', 'würgreiz', `(ist|war|wird|wurde) ${PRON}( \\p{L}+){0,2} (schlecht|übel|flau)${E}`, `(mir|ihnen|dir|ihr|ihm) (ist|war|wird|wurde)( \\p{L}+){0,2} (schlecht|übel|flau)${E}`, `flau${E}`, 'nausea'] },
  { id: 'vomit', kind: 'symptom', words: ['erbrech', 'erbroch', 'übergeb', 'kotz', 'spuck', `brechen${E}`, '(?<!(etwas|was|nichts|sich|mal|einmal|schon) )gebrochen', 'brechdurchfall', 'würg(?!e?reiz)', 'hochgekommen', 'vomitus', 'emesis'] },
  { id: 'weight', kind: 'symptom', words: ['gewicht', 'abgenommen', 'zugenommen', `kilos?${E}`, `kg${E}`, 'dünner geworden', 'abgemagert', '(kleidung|hose|hosen) (\\p{L}+ )?(passt|sitzt|rutscht|weiter|zu weit|enger)'] },
  { id: 'chills', kind: 'symptom', words: ['schüttelfrost', 'frier', 'friert', 'gefroren', 'fröstel', 'kälteschauer', `schauer${E}`, '(heiß|warm) und kalt', 'kalt und (heiß|warm)'] },
  { id: 'fever', kind: 'symptom', words: ['fieber', 'temperatur', 'fiebrig', 'grippe', 'grippal', `heiß${E}`, 'glüh', `\\d\\d([.,]\\d)? ?(°|grad)`, 'subfebril', `febril${E}`] },
  { id: 'sweating', kind: 'symptom', words: ['schwitz', 'schweiß', 'nachtschweiß', 'kalter schweiß', 'verschwitzt', 'geschwitzt', 'klatschnass', 'kaltschweißig'] },
  { id: 'fatigue', kind: 'symptom', words: ['müde', 'müdigkeit', 'erschöpf', 'abgeschlagen', 'schlapp', 'kraftlos', 'energie', 'lethargisch', 'schläfrig', `matt${E}`, 'ausgelaugt', 'leistungsfähig', 'leistungsknick', 'leistungsabfall'] },
  { id: 'breath', kind: 'symptom', words: ['(ein|aus|durch)atm', 'luft holen', 'atem', 'atmen', 'atmung', 'luftnot', 'kurzatmig', 'außer atem', 'keine luft', `luft${E}`, 'schnauf', 'pfeif', 'giemen', 'keuch', 'lunge', 'geatmet'] },
  { id: 'cough', kind: 'symptom', words: ['hust', 'gehustet', 'auswurf', 'schleim', 'sputum'] },
  { id: 'palpitations', kind: 'symptom', words: ['herzrasen', 'herzstolpern', 'herzklopfen', 'herzschlag', 'herz (\\p{L}+ )?(rast|stolpert|klopft|schlägt|pocht|flattert|setzt aus)', 'herzrhythmus', 'unregelmäßige[rn]? (herzschlag|puls|herz)', '(puls|herz) (\\p{L}+ )?unregelmäßig', `puls${E}`, 'palpitation', `rasen${E}`, `stolpern${E}`, 'flattern', 'aussetzer'] },
  { id: 'chest', kind: 'body', words: ['brust', `herz${E}`, `herzen${E}`, `herzens${E}`, 'rippe'] },
  { id: 'dizziness', kind: 'symptom', words: ['schwindel', 'schwindlig', 'schwindelig', 'dreht sich', 'benommen', 'wackelig', 'unsicher auf den beinen', 'taumel', 'gleichgewicht', 'schummrig', 'duselig'] },
  { id: 'faint', kind: 'symptom', words: ['ohnmacht', 'ohnmächtig', 'bewusstlos', 'bewusstsein', 'umgekippt', 'zusammengebrochen', 'kollab', 'weggetreten', 'schwarz vor (den )?augen', 'umgefallen', 'zu sich gekommen', 'wieder zu sich'] },
  { id: 'seizure', kind: 'symptom', words: ['krampfanf', 'fieberkrampf', 'anfall', 'anfälle', 'zuck', 'gekrampft', `krampfen${E}`, 'steif (geworden|und)', 'versteift', 'ganz steif'] },
  { id: 'neck-stiffness', kind: 'symptom', words: ['nackensteif', 'steife[nr]? (nacken|genick|hals)', '(nacken|genick|hals) (ist |war |sind )?(ganz )?steif', 'steif', 'kinn (auf|zur|an) (die )?brust', 'kopf (nach vorne )?(beugen|senken)', 'nach unten (schauen|sehen|gucken)', 'genickstarre', 'nackenstarre'] },
  { id: 'neck', kind: 'body', words: ['nacken', 'genick'] },
  { id: 'light', kind: 'symptom', words: ['lichtempfindlich', 'lichtscheu', 'licht (\\p{L}+ )?(stört|tut weh|blendet|unangenehm)', 'helle[sn]? licht', `licht${E}`, 'blendempfindlich', 'grelle', 'abgedunkelt', 'vorhänge'] },
  { id: 'vision', kind: 'symptom', words: [`sehen${E}`, `sehe${E}`, 'sehstörung', 'sehkraft', 'sehschärfe', 'sehvermögen', `sicht${E}`, 'verschwommen', 'doppelt', 'doppelbilder', 'auge(?!nblick)', 'flimmer', 'blitze', 'schleier', 'gesichtsfeld'] },
  { id: 'hearing', kind: 'symptom', words: ['hörverlust', 'hörvermögen', 'schwerhörig', 'gehör', 'hören sie (gut|schlecht)', 'ohrgeräusch', 'tinnitus', 'ohrensausen', 'pfeifen im ohr', 'klingeln', '(ohr|ohren) (ist |sind )?taub', 'taub auf'] },
  { id: 'ear', kind: 'body', words: ['ohr', 'an (den|die|dem) ohr(en)? (zieht|ziehen|zupfen|fassen|greift)'] },
  { id: 'throat', kind: 'body', words: ['hals', 'rachen', 'schluck', 'mandel', 'heiser'] },
  { id: 'mouth', kind: 'body', words: ['mund(?!winkel)', 'lippe', 'zahnfleisch'] },
  { id: 'nose', kind: 'symptom', words: ['schnupfen', 'laufende nase', 'nase läuft', 'verstopfte nase', 'nase (ist )?zu', `nasen?${E}`, 'nies', 'rotz', 'erkält', 'verkühl', 'triefnase', 'schnief', 'verschnupft', 'nebenhöhle'] },
  { id: 'weakness', kind: 'symptom', words: ['schwäche(?!r)', 'schwach', 'lähm', 'gelähmt', '(nicht|kaum) (mehr )?bewegen', `hängt${E}`, 'hängende', 'mundwinkel', 'körperhälfte', 'gesichtshälfte', 'eine seite (des|vom) (körpers|gesichts|körper|gesicht)', 'ungeschickt', 'fallen lassen'] },
  { id: 'numbness', kind: 'symptom', words: ['taubheit', 'taub', 'gefühllos', 'gefühlsstörung', 'kribbel', 'ameisenlaufen', 'eingeschlafen', 'pelzig', 'missempfind'] },
  { id: 'speech', kind: 'symptom', words: ['sprache', 'sprechen', `sprach${E}`, 'verwaschen', 'lall', 'wortfindung', 'wörter (\\p{L}+ )?(finden|falsch|verdreht)', 'undeutlich', `reden${E}`] },
  { id: 'confusion', kind: 'symptom', words: ['verwirr', 'durcheinander', 'desorient', 'orientiert', 'gedächtnis', 'erinnerungslücke', 'erinner(n|t)? (sich|sie sich) (an nichts|nicht)', 'kann mich (an nichts|nicht) erinnern', 'vergesslich', 'neben sich', `nicht (sie|er|ich) selbst`, `wach${E}`, 'ansprechbar', 'reagiert', 'schwer (zu )?(wecken|erweckbar)', 'apathisch', 'teilnahmslos', 'durch den wind'] },
  { id: 'tongue', kind: 'body', words: ['zunge', 'gebissen'] },
  { id: 'incontinence', kind: 'symptom', words: ['eingenässt', 'eingepinkelt', 'eingekotet', 'inkontinen', '(urin|wasser|stuhl) verloren', 'kontrolle über (die |den )?(blase|darm)', 'in die hose', '(ungewollt|unfreiwillig) (urin|wasser|stuhl)'] },
  { id: 'aura', kind: 'symptom', words: ['vorwarnung', 'vorzeichen', 'vorgefühl', 'warnzeichen', `aura${E}`, 'komische[sn]? gefühl', 'seltsame[nr]? geruch', 'déjà-?vu', 'deja-?vu', 'angekündigt', 'vorher (\\p{L}+ )?(gemerkt|gespürt)'] },
  { id: 'rash', kind: 'symptom', words: ['ausschlag', 'hautausschlag', `flecken?${E}`, 'pünktchen', `punkte${E}`, 'haut', 'rötung', 'gerötet', 'quaddel', 'exanthem', 'glastest', 'wasserglas', 'muttermal', `lila${E}`, 'violett'] },
  { id: 'itch', kind: 'symptom', words: ['juck', 'kratz'] },
  { id: 'swelling', kind: 'symptom', words: ['schwell', 'geschwollen', 'angeschwollen', 'dick(er)? geworden', 'dicke (beine|füße|knöchel|finger)', 'ödem', 'wassereinlagerung', 'wasser in den beinen', 'aufgedunsen', 'verdickung'] },
  { id: 'distension', kind: 'symptom', words: ['blähbauch', 'aufgebläht', 'gebläht', 'aufgetrieben', 'dicke[rn]? bauch', `bauch (ist |war |wird |fühlt sich )?(\\p{L}+ )?(dick|dicker|hart|gespannt|aufgetrieben|geschwollen|aufgebläht|voll)${E}`, 'völlegefühl', 'trommel'] },
  { id: 'leg', kind: 'body', words: ['beine', `bein(?!ahe|halt)`, 'wade', 'knöchel', 'schenkel', 'oberschenkel', 'unterschenkel', 'fuß', 'füße', 'zehe', 'knie', 'hüfte'] },
  { id: 'arm', kind: 'body', words: ['arm(?!ut|band|b)', 'hand', 'hände', 'schulter', 'ellenbogen', 'ellbogen', 'finger', 'oberarm', 'unterarm'] },
  { id: 'jaw', kind: 'body', words: ['kiefer', 'zahn', 'zähne'] },
  { id: 'back', kind: 'body', words: ['rücken', 'wirbelsäule', `kreuz${E}`, 'flanke', 'schulterblatt', 'schulterblätter', 'lende', 'steiß'] },
  { id: 'abdomen', kind: 'body', words: ['(unter|ober|mittel)?bauch', 'nabel', 'magen', 'unterleib', 'abdom', `leib${E}`, 'epigastr', 'rippenbogen', 'blinddarm'] },
  { id: 'head', kind: 'body', words: ['kopf', 'hinterkopf', 'stirn', 'schläfe', 'schädel'] },
  { id: 'heartburn', kind: 'symptom', implies: ['pain'], words: ['sodbrennen', 'aufstoßen', 'reflux', 'magensäure', 'säure', 'rülps', 'saure[sn]? (aufstoßen|geschmack)'] },
  { id: 'kidney', kind: 'symptom', words: ['niere', 'renal'] },
  { id: 'liver', kind: 'symptom', words: ['leber', 'hepat'] },
  { id: 'jaundice', kind: 'symptom', words: ['gelbsucht', 'gelb', 'ikter'] },
  { id: 'joint', kind: 'symptom', words: ['gelenk', 'muskel', 'arthr', 'rheuma', 'glieder'] },
  { id: 'wound', kind: 'symptom', words: [`wunde${E}`, 'narbe', `naht${E}`, 'fäden', `schnitt${E}`, 'drainage'] },
  { id: 'pain', kind: 'symptom', words: ['schmerz', '\\p{L}*schmerz', '(tut|tat|tun) (\\p{L}+ ){0,3}weh', `weh ?(tun|getan|tut)?${E}`, 'wehtun', 'wehgetan', `\\p{L}*weh${E}`, `aua${E}`, 'druckempfindlich', 'ziept', 'zwickt'] },
  { id: 'exertion', kind: 'symptom', words: ['belastung', 'anstreng', 'treppe', 'stiege', 'bergauf', 'körperliche[rn]? (arbeit|belastung|anstrengung)', `in ruhe${E}`, `ruhe${E}`, 'laufen', `heben${E}`, `tragen${E}`, 'gartenarbeit'] },
  { id: 'lying', kind: 'symptom', words: ['im liegen', 'hinleg', 'hingelegt', 'flach (liegen|hinlegen)', 'kissen', 'aufsetzen', 'aufrecht', 'im sitzen', 'nach vorne (beugen|lehnen|gebeugt)', 'vornüber'] },
  { id: 'injury', kind: 'symptom', words: ['verletz', 'unfall', 'sturz', 'gestürzt', 'hingefallen', `gefallen${E}`, 'angeschlagen', 'gestoßen', `stoß${E}`, 'trauma', `bruch${E}`, 'knochenbruch', 'prellung', 'verstaucht', 'umgeknickt'] },
];

const VERBS = 'kam|kamen|fing|begann|tat|taten|ging|hielt|zog|nahmen|nimmt|machen|macht|haben|hatten|hat|hatte|hätten|sind|waren|ist|war|wären|können|kann|konnten|könnten|würden|wird|werden|wurden|wurde|müssen|mussten|muss|musste|dürfen|darf|gibt|gab|nehmen|nahmen|rauchen|trinken|tut|tun|leiden|merken|bemerken|spüren|fühlen|strahlt|zieht|brennt|geht|gehen|kommt|kommen';
/** Verbs that open a second question after "und"; not "kommt und geht", which is one. */
const STARTER_VERBS = VERBS.split('|').filter((v) => !/^(ging|geht|gehen|kommt|kommen|zog|zieht|hielt|tat|taten|tut|tun|machen|macht)$/.test(v)).join('|');
const QUESTION_WORDS = 'wie|was|wann|wo|warum|wieso|weshalb|welche[rsmn]?|wer|wen|wem|woher|wohin|womit|wodurch|worauf|woran|seit wann|wie viel|wie viele|wie oft|wie lange';

const moves: Record<MoveId, string[]> = {
  greeting: [
    `^(guten (tag|morgen|abend)|hallo|hi|hey|servus|moin|grüß gott|grüezi|tag|morgen|hoi|sali)${E}`, 'mein name (ist|lautet)', 'ich heiße ',
    '(^|, )ich bin (\\p{L}+,? ){0,2}(die |der |ein |eine )?(medizinstudent|student|famulant|pj-?ler|assistenzarzt|assistenzärztin|ärztin|arzt|doktor)',
    'freut mich', 'schön,? sie kennenzulernen', 'wie geht es ihnen( denn)?( heute)?\\??$', "wie geht'?s( ihnen)?( heute)?\\??$",
  ],
  consent: [
    'ist es (ok|okay|in ordnung|recht)', 'wäre es (ok|okay|in ordnung|recht)', '(sind|wären) sie (damit )?einverstanden', 'haben sie (etwas|was) dagegen,? (wenn|dass|ob)', 'macht es ihnen (etwas|was) aus', 'wenn es (ihnen )?recht ist',
    'darf ich (\\p{L}+ ){0,5}fragen(?!,? (ob|wie|was|wann|wo|welche|wer|warum))', '(ein paar|einige) fragen stellen',
  ],
  name: ['wie heißen sie', 'wie heißt (sie|er|ihr|ihre|der|die|das|du)', 'wie (ist|lautet) ihr (vor- und zu|vor|nach|voller |vollständiger )?name', 'ihr (vollständiger |voller )?name', 'wie darf ich sie (an)?(nennen|sprechen|ansprechen)', 'geburtsdatum', 'mit wem (spreche|rede) ich'],
  age: ['wie alt', 'ihr alter', 'welches alter', 'alter (von|ihres|ihrer)'],
  open: [
    'was führt sie', 'was (hat|bringt|führt) sie (\\p{L}+ ){0,3}(zu uns|hierher|her|in die|in unsere|zu mir)', 'was ist (denn )?(passiert|los)', 'was ist (denn )?mit (\\p{L}+ ){1,3}los', 'was (\\p{L}+ ){0,2}(passiert|los|vorgefallen) ist', 'was kann ich (\\p{L}+ )?für sie tun', 'wie kann ich (ihnen )?(\\p{L}+ ){0,2}helfen', 'was fehlt (ihnen|ihr|ihm)',
    'was für beschwerden haben sie', '(warum|weshalb|wieso) sind sie (heute )?(hier|gekommen|da|zu uns)', 'was sie (heute )?(hierher|zu uns) (führt|bringt)', 'was (haben|hat) sie (denn )?für beschwerden',
    'erzählen sie (\\p{L}+ )?(doch )?(mal|bitte)?,? was', 'in ihren eigenen worten', 'von anfang an', 'was liegt an', '(ihr|das) anliegen', 'womit (kann|können) (ich|wir) (ihnen )?(\\p{L}+ )?helfen', '^erzählen sie( (doch|mal|bitte|ruhig|einfach))*[.!]?$',
  ],
  more: ['erzählen sie (mir )?(noch )?(mehr|etwas mehr|ein bisschen mehr|genauer|weiter)', 'mehr (dazu|darüber|davon)', '(können|könnten) sie (das|dazu) (noch )?(etwas |ein bisschen )?(mehr|genauer|näher)', '^(und )?(dann|weiter|danach)[?.!]?$', 'was (ist|passierte|geschah) dann', 'wie ging es weiter', 'fahren sie fort'],
  'anything-else': ['sonst noch (etwas|was|irgendetwas|irgendwas)', 'noch (etwas|was|irgendetwas|irgendwas),? (das|was) (sie|ich)', 'etwas (anderes|weiteres),? (das|was)', 'noch fragen', '(etwas|was) vergessen', 'möchten sie (noch )?(etwas |was )?(ergänzen|hinzufügen|loswerden|fragen|sagen)', 'noch (etwas|was) (auf dem herzen|wichtiges)', '(war|ist) das alles', 'weitere (fragen|anliegen)', 'gibt es (sonst )?noch (etwas|was)'],
  associated: ['andere[n]? (beschwerden|symptome|probleme)', 'weitere[n]? (beschwerden|symptome)', 'sonst noch (irgendwelche )?(beschwerden|symptome)', 'begleit', '(außerdem|sonst) (noch )?(etwas )?(aufgefallen|bemerkt)', 'zusätzlich'],
  'diagnosis-request': [
    'was für eine (diagnose|krankheit|erkrankung) (haben|hätten) sie', 'welche (diagnose|krankheit|erkrankung) (haben|hätten) sie', `(ihre|die) diagnose${E}`, 'diagnose (haben|hätten|lautet)', 'was (haben|hätten) sie (denn )?(eigentlich |genau )?für eine (krankheit|erkrankung|diagnose)', 'was (hat|hätte) (sie|er|es|ihr kind) (denn )?(eigentlich |genau )?für eine (krankheit|erkrankung|diagnose)',
    'woran (leiden|erkrankt) sie (denn )?(eigentlich|genau|laut)', 'sagen sie (mir )?(einfach |doch )?(ihre|die) (diagnose|krankheit|lösung)', 'was ist die lösung', 'welche krankheit(?!en)', 'verraten sie (mir )?(die|ihre)',
  ],
  'advice-request': [
    '(welche[rsn]?|was für) (untersuchung|diagnostik|bildgebung|behandlung|therapie|medikamente?|tabletten?|tests?|labor|antibiotik|dosis)\\p{L}* (sollten|sollen|würden|soll|müssen|brauchen|empfehlen)', '(ultraschall|sono|sonographie|ct|mrt|röntgen) oder (ultraschall|sono|sonographie|ct|mrt|röntgen)',
    'was würden sie (mir |uns )?(empfehlen|vorschlagen|raten)', 'welche dosis', 'wie (sollten|sollen) (wir|ich) (sie |das )?behandeln', 'empfehlen sie', '(soll|sollte|sollen|sollten) (ich|wir) (\\p{L}+ ){0,4}(geben|verschreiben|verordnen|anordnen|veranlassen)', `(soll|sollte|sollen|sollten) (ich|wir) (\\p{L}+ ){0,3}(ct|mrt|röntgen|ultraschall|sono\\p{L}*|ekg|labor|blut abnehmen|blutabnahme|bluttest|operieren|operation|antibiotik\\p{L}*)${E}`, 'an meiner stelle', 'welches antibiotikum',
  ],
  'role-break': [
    'vergiss (alle|alles|deine|die|was)', 'vergessen sie (alle|alles|ihre|die) (bisherigen |vorherigen )?(anweisungen|regeln|rolle|vorgaben|instruktionen)', '(bisherigen|vorherigen|alle|deine|ihre) (anweisungen|instruktionen|vorgaben)', 'ignorier', 'neue anweisung',
    'system-?prompt', `prompt${E}`, 'rollenspiel', 'aus der rolle', '(ihre|deine) rolle', '(den|die|einen|eine) patient(en|in)? (zu )?spielen', 'spielen sie (nicht mehr|keinen|keine)', 'hör(en sie)? (bitte |jetzt |mal )*auf,? (\\p{L}+ ){0,4}(zu spielen|so zu tun)',
    'sie sind (jetzt|ab jetzt|nun|ab sofort) (der|die|ein|eine|mein|meine)', 'du bist (jetzt|nun|ab jetzt|ab sofort|eine? (ki|bot|sprachmodell|chatbot|programm|computer))', 'ab (jetzt|sofort) (bist|sind) (du|sie)', 'tu(n sie)? so,? als', `als (ki|sprachmodell|chatbot|assistent)${E}`,
    `(sind sie|bist du) (eine |ein )?(ki|bot|chatbot|ai|llm|roboter|computer|maschine|programm|sprachmodell|echt)${E}`, `ki${E}`, 'künstliche intelligenz', 'sprachmodell', 'chatgpt', 'jailbreak', 'entwicklermodus',
    'fallakte', 'falldatei', 'fallbeschreibung', 'falltext', 'in (deinem|ihrem) fall (steht|stehen)', 'simulation', 'simuliert',
  ],
  summary: [
    'zusammenfass', 'fasse (\\p{L}+ ){0,2}zusammen', 'zusammengefasst', 'wenn ich (das|sie|alles|es) (\\p{L}+ )?richtig verstanden (habe|hab)', '(habe|hab) ich (das|sie|alles|es) (\\p{L}+ )?richtig verstanden', 'korrigieren sie mich',
    'lassen sie mich (kurz |noch einmal |nochmal )?(zusammenfassen|wiederholen|rekapitulieren)', 'rekapitul', 'nur um sicherzugehen', '(stimmt|passt) das( so)?\\??$', 'ist das (so )?(richtig|korrekt)\\??$',
    `^also,? (sie|ihre|die|der|das|es)( \\p{L}+){0,2} (haben|hatten|sind|waren|hat|ist|war|begann|fing)${E}`,
  ],
  closing: [
    `^(ok(ay)?,? |gut,? |alles klar,? |super,? |prima,? )?(vielen |herzlichen |besten )?(dank|danke)${E}`, 'danke (schön|sehr|ihnen|für)', 'vielen dank', 'auf wiedersehen', `wiedersehen${E}`, `tschüss?${E}`, `ciao${E}`, `adieu${E}`,
    'bis (gleich|später|bald|nachher)', 'das (war|wäre)( es)? (erst einmal |erstmal |fürs erste |soweit |von meiner seite )?(alles|es)', 'keine (weiteren )?fragen mehr', 'gute besserung', 'alles gute', 'ich komme (gleich )?(wieder|zurück)',
    '(ich|wir) (werde|werden|würde|würden) (\\p{L}+ ){0,4}(blut abnehmen|besprechen|veranlassen|anordnen|rücksprache)', '(wir|ich) (nehmen|machen|veranlassen) (\\p{L}+ ){0,3}(blut|ultraschall|röntgen|ct|ekg|labor)',
  ],
  examine: ['untersuchen', 'körperliche untersuchung', 'abhören', 'abhorchen', 'abtasten', 'abklopfen', 'darf ich (\\p{L}+ ){0,3}(schauen|ansehen|anschauen|tasten|fühlen|abhören|untersuchen)', '(schaue|schauen) (ich|wir) (mir |uns )?(das )?(mal )?an'],
  empathy: ['(das )?tut mir (sehr |wirklich )?leid', '(das |es )?(klingt|hört sich) (\\p{L}+ ){0,2}(schlimm|schwer|belastend|anstrengend|unangenehm|beängstigend|furchtbar|schrecklich|hart)', 'das (muss|ist) (\\p{L}+ ){0,2}(schwer|schlimm|belastend|anstrengend|beängstigend|hart)', 'ich (kann|verstehe) (mir vorstellen|das gut|sie gut|gut verstehen|das)', 'verständlich', 'ich verstehe'],
};

const jargon: JargonTerm[] = [
  { term: 'dyspno', display: 'Dyspnoe', concepts: ['breath'] },
  { term: 'orthopno', display: 'Orthopnoe', concepts: ['breath', 'lying'] },
  { term: 'tachypno', display: 'Tachypnoe', concepts: ['breath'] },
  { term: 'hämoptys|hämoptoe', display: 'Hämoptyse', concepts: ['blood', 'cough'] },
  { term: 'hämaturie', display: 'Hämaturie', concepts: ['blood', 'urine'] },
  { term: 'hämatemesis', display: 'Hämatemesis', concepts: ['blood', 'vomit'] },
  { term: 'hämatochezie', display: 'Hämatochezie', concepts: ['blood', 'stool'] },
  { term: 'meläna|melena', display: 'Meläna', concepts: ['blood', 'stool'] },
  { term: 'dysurie', display: 'Dysurie', concepts: ['urine', 'pain'] },
  { term: 'algurie', display: 'Algurie', concepts: ['urine', 'pain'] },
  { term: 'pollakisurie', display: 'Pollakisurie', concepts: ['urine', 'urinary-frequency'] },
  { term: 'nykturie', display: 'Nykturie', concepts: ['urine', 'sleep'] },
  { term: 'polyurie', display: 'Polyurie', concepts: ['urine'] },
  { term: 'oligurie|anurie', display: 'Oligurie', concepts: ['urine'] },
  { term: 'miktion', display: 'Miktion', concepts: ['urine'] },
  { term: 'polydipsie', display: 'Polydipsie', concepts: ['intake'] },
  { term: 'präsynkop', display: 'Präsynkope', concepts: ['faint', 'dizziness'] },
  { term: 'synkop', display: 'Synkope', concepts: ['faint'] },
  { term: 'vertigo', display: 'Vertigo', concepts: ['dizziness'] },
  { term: 'photophob', display: 'Photophobie', concepts: ['light'] },
  { term: 'phonophob', display: 'Phonophobie', concepts: ['hearing'] },
  { term: 'diaphores', display: 'Diaphorese', concepts: ['sweating'] },
  { term: 'pyrexie|subfebril|febril', display: 'febril', concepts: ['fever'] },
  { term: 'claudicatio', display: 'Claudicatio', concepts: ['leg', 'pain', 'exertion'] },
  { term: 'tenesm', display: 'Tenesmen', concepts: ['stool'] },
  { term: 'steatorrh', display: 'Steatorrhö', concepts: ['stool'] },
  { term: 'dysphagie', display: 'Dysphagie', concepts: ['throat'] },
  { term: 'odynophagie', display: 'Odynophagie', concepts: ['throat', 'pain'] },
  { term: 'rhinorrh', display: 'Rhinorrhö', concepts: ['nose'] },
  { term: 'otalgie', display: 'Otalgie', concepts: ['ear', 'pain'] },
  { term: 'otorrh', display: 'Otorrhö', concepts: ['ear', 'discharge'] },
  { term: 'emesis', display: 'Emesis', concepts: ['vomit'] },
  { term: 'vomitus', display: 'Vomitus', concepts: ['vomit'] },
  { term: 'nausea|nausee', display: 'Nausea', concepts: ['nausea'] },
  { term: 'obstipat', display: 'Obstipation', concepts: ['stool', 'flatus', 'constipation'] },
  { term: 'diarrh', display: 'Diarrhö', concepts: ['diarrhoea'] },
  { term: 'defäkation', display: 'Defäkation', concepts: ['stool'] },
  { term: 'flatulenz|meteorismus', display: 'Flatulenz', concepts: ['flatus', 'distension'] },
  { term: 'inappetenz', display: 'Inappetenz', concepts: ['appetite'] },
  { term: 'parästhesi|hypästhesi', display: 'Parästhesien', concepts: ['numbness'] },
  { term: 'hemipar|hemipleg', display: 'Hemiparese', concepts: ['weakness'] },
  { term: 'dysarthri|aphasi|dysphasi', display: 'Dysarthrie', concepts: ['speech'] },
  { term: 'post-?iktal', display: 'postiktal', concepts: ['confusion', 'seizure'] },
  { term: 'prodrom', display: 'Prodromi', concepts: ['aura'] },
  { term: 'myalgie', display: 'Myalgien', concepts: ['joint', 'pain'] },
  { term: 'arthralgie', display: 'Arthralgien', concepts: ['joint', 'pain'] },
  { term: 'zephalgie|cephalgie', display: 'Zephalgie', concepts: ['headache'] },
  { term: 'epistaxis', display: 'Epistaxis', concepts: ['nose', 'blood'] },
  { term: 'menorrhagie|hypermenorrh', display: 'Menorrhagie', concepts: ['menstrual', 'blood'] },
  { term: 'dysmenorrh', display: 'Dysmenorrhö', concepts: ['menstrual', 'pain'] },
  { term: 'amenorrh', display: 'Amenorrhö', concepts: ['menstrual'] },
  { term: 'menarche', display: 'Menarche', concepts: ['menstrual'] },
  { term: 'dyspareunie', display: 'Dyspareunie', concepts: ['sexual', 'pain'] },
  { term: 'kontrazeption', display: 'Kontrazeption', concepts: ['contraception'] },
  { term: 'gravidität', display: 'Gravidität', concepts: ['pregnancy'] },
  { term: 'anhedonie', display: 'Anhedonie', concepts: ['mood'] },
  { term: 'suizidalität', display: 'Suizidalität', concepts: ['suicide'] },
  { term: 'urethritis|urethral', display: 'Urethritis', concepts: ['genital', 'urine'] },
  { term: 'pleuritisch', display: 'pleuritisch', concepts: ['breath', 'pain'] },
  { term: 'tachykard', display: 'Tachykardie', concepts: ['palpitations'] },
  { term: 'palpitation', display: 'Palpitationen', concepts: ['palpitations'] },
  { term: 'thorax|thorakal', display: 'Thorax', concepts: ['chest'] },
  { term: 'abdomen|abdominal', display: 'Abdomen', concepts: ['abdomen'] },
  { term: 'peritonismus|loslassschmerz', display: 'Peritonismus', concepts: ['abdomen', 'pain'] },
  { term: 'ikter', display: 'Ikterus', concepts: ['jaundice'] },
  { term: 'pruritus', display: 'Pruritus', concepts: ['itch'] },
  { term: 'exanthem', display: 'Exanthem', concepts: ['rash'] },
  { term: 'diplopie', display: 'Diplopie', concepts: ['vision'] },
  { term: 'meningismus', display: 'Meningismus', concepts: ['neck-stiffness'] },
  { term: 'ptosis', display: 'Ptosis', concepts: ['vision', 'weakness'] },
  { term: 'amaurosis', display: 'Amaurosis', concepts: ['vision'] },
  { term: 'insomnie', display: 'Insomnie', concepts: ['sleep'] },
  { term: 'sputum|expektoration', display: 'Sputum', concepts: ['cough'] },
  { term: 'adipositas', display: 'Adipositas', concepts: ['weight'] },
  { term: 'b-symptom', display: 'B-Symptomatik', concepts: ['fever', 'sweating', 'weight'] },
  { term: 'noxen', display: 'Noxen', concepts: ['smoking', 'alcohol', 'drugs'] },
  { term: '(nikotin|alkohol|drogen|substanz)?abusus', display: 'Abusus', concepts: ['smoking', 'alcohol', 'drugs'] },
];

const STOPWORDS = `
aber alle allem allen aller alles als also am an andere anderem anderen anderer anderes anders auch auf aus außer bei beim bin bis bisschen bist bitte bzw da dabei dadurch dafür dagegen daher damit dann daran darauf daraus darf darfst darin darüber darum das dass daß davon dazu dein deine deinem deinen deiner dem den denen denn der deren des deshalb dessen dich die dies diese diesem diesen dieser dieses dir doch dort du durch dürfen dürfte
ein eine einem einen einer eines einfach einige einigen einiges einmal er es etwa etwas euch euer eure für gab ganz gar gegen gehabt gemacht genau gerade gern gerne gewesen gibt gut hab habe haben hast hat hatte hatten hätte hätten her herr frau heute hier hin hinter
ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im immer in ins irgendein irgendeine irgendeinen irgendetwas irgendwas irgendwelche irgendwelchen irgendwie irgendwann ist ja je jede jedem jeden jeder jedes jemals jemand jetzt
kann kannst kein keine keinem keinen keiner keines können könnte könnten konnte konnten machen macht mal man mehr mein meine meinem meinen meiner meist meisten mich mir mit möchte möchten muss müssen musste mussten nach nein nicht nichts noch nun nur ob oder ohne
schon schonmal sehr sei seid sein seine seinem seinen seiner sich sie sind so sogar solch solche solchen solcher solches sollen sollte sollten sonst soweit sowie statt über um und uns unser unsere unter viel viele vielen von vom vor war waren wäre wären warum was weil weiter welche welchem welchen welcher welches wenn wer werde werden wie wieder will wir wird wirklich wo wurde wurden würde würden zu zum zur zwar zwischen
okay ok dr prof med ach äh ähm hm na tja eigentlich halt eben wohl überhaupt ziemlich eher ungefähr circa zb beispiel beispielsweise bestimmt sicher natürlich klar momentan aktuell derzeit zurzeit letzter letzten zeit moment gestern vorgestern morgen heuer tag tage tagen woche wochen stunde stunden monat monate monaten jahr jahre jahren minute minuten
bemerkt aufgefallen festgestellt gemerkt bemerken merken spüren gespürt fühlen gefühlt fühlt empfinden erlebt bekommen kriegen gekriegt passiert erzählen sagen gesagt fragen frage wissen weiß glaube glaub denke finde nehmen nehme nimmt nahm tun tut getan gehen geht ging kommen kommt kam gekommen lassen lässt sieht aussehen liegen
krank gedanke gedanken termin heutigen heutige problem probleme beschwerden symptome sache sachen ding dinge weise arzt ärztin doktor richtig verstanden stimmt normal persönliches persönlich selbst eigene eigenen vielleicht
`;

const NUMBER_WORDS = ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn', 'zwanzig'];

const stopwords = withAscii([...STOPWORDS.split(/\s+/).filter(Boolean), ...NUMBER_WORDS]);

const layTerms = withAscii([
  'arthritis', 'polyarthritis', 'bronchitis', 'gastritis', 'hepatitis', 'meningitis', 'sinusitis', 'tonsillitis', 'neurodermitis', 'dermatitis', 'colitis', 'kolitis', 'divertikulitis', 'otitis', 'laryngitis',
  'anämie', 'leukämie', 'osteoporose', 'thrombose', 'arthrose', 'psychose', 'neurose', 'tuberkulose', 'diagnose', 'prognose', 'narkose', 'sklerose', 'skoliose', 'endometriose', 'hypnose', 'borreliose',
  'glukose', 'glucose', 'laktose', 'fruktose', 'aprikose', 'franzose', 'mimose', 'matrose', 'virtuose', 'grandiose',
  'hypertonie', 'hypotonie', 'hyperaktiv', 'hyperventilation', 'hyperventiliert', 'hyperventilieren', 'hypochonder', 'hypothek', 'hypothese', 'dyslexie', 'legasthenie',
  'neuralgie', 'fibromyalgie', 'nostalgie', 'homöopathie', 'sympathie', 'empathie', 'antipathie', 'osteopathie', 'telepathie', 'anatomie', 'analyse', 'dialyse', 'katalyse',
  'klaustrophobie', 'arachnophobie', 'spinnenphobie', 'psoriasis', 'homophobie', 'sozialphobie', 'schlafapnoe', 'hämatom', 'hämorrhoiden', 'anorexie', 'bulimie',
]);

export const de: LanguagePack = {
  language: 'de',
  concepts: concepts.map((c) => ({ ...c, words: spellAll(c.words), question: spellAll(c.question), fact: spellAll(c.fact) })),
  moves: Object.fromEntries(Object.entries(moves).map(([id, sources]) => [id, sources.map(spell)])) as Record<MoveId, string[]>,
  jargon: jargon.map((t) => ({ ...t, term: spell(t.term) })),
  negation: ['nein', 'nicht', 'nie', 'niemals', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'nichts', 'nix', 'ohne', 'weder', 'nirgends', 'nirgendwo', 'niemand', 'nee', 'nö'].map(spell),
  stopwords,
  spellings: { nich: 'nicht', nix: 'nichts', grad: 'gerade', hab: 'habe', is: 'ist', ne: 'eine', schmertzen: 'schmerzen', medikamennte: 'medikamente' },
  whWords: ['wo ', 'wo?', 'wann', 'was ', 'wie ', 'welche', 'wer ', 'warum', 'wieso', 'weshalb', 'woher', 'wohin', 'woran', 'womit', 'seit wann', 'beschreiben sie', 'erzählen sie', 'schildern sie'],
  questionWords: `${VERBS}|${QUESTION_WORDS}|bestand|bestehen|besteht|hast|hattest|bist|warst|kannst|musst|tust|leben|wohnen|arbeiten|treiben|schlafen|essen|erzählen|beschreiben|schildern|irgendwelche|irgendwas|irgendetwas|sonst|und|auch|oder|außerdem|sowie|kennen|wissen|fällt|fiel|gehen`.split('|').map(spell),
  jargonShape: spell('\\p{L}{3,}(?:ämie|aemie|ptyse|pnoe|urie|rrhö|rrhoe|algie|tomie|stomie|plasie|pathie|parese|plegie|phobie|phagie|phasie|dipsie|orexie|iktal|megalie|penie|zytose|lyse|iasis|itis|(?<![hdl])ose)|(?:hyper|hypo|dys|brady|tachy|hämat|haemat|psychomotor)\\p{L}{4,}'),
  layTerms,
  questionStarters: [`(und|außerdem|sowie|oder) (auch )?(${STARTER_VERBS}|${QUESTION_WORDS})${E}`, `(?<=(?:[–—:]| -) )(${STARTER_VERBS}|${QUESTION_WORDS})${E}`].map(spell),
  probes: {
    open: ['Was führt Sie heute zu uns?', 'Gibt es sonst noch etwas?'],
    standard: ['Was glauben Sie, woher das kommt?', 'Was macht Ihnen am meisten Sorgen?', 'Was erhoffen Sie sich heute von uns?', 'Haben Sie noch Fragen an mich?'],
    cue: ['{cue}?', 'Haben Sie {cue}?', 'Erzählen Sie mir von {cue}.', 'Wie ist es mit {cue}?'],
  },
  articles: ['ein', 'eine', 'einen', 'einem', 'einer'],
  approximateNumbers: withAsciiKeys({ paar: 3, einige: 3, einigen: 3, mehrere: 3, mehreren: 3, dutzend: 12, halbe: 0.5, halben: 0.5, anderthalb: 1.5, eineinhalb: 1.5, zweieinhalb: 2.5 }),
  numberWords: [...NUMBER_WORDS],
  contrasts: [
    ['links(?:seitig)?|linke[nmrs]?', 'rechts(?:seitig)?|rechte[nmrs]?'],
    ['stunden?|heute (?:morgen|früh|vormittag|mittag|nachmittag|abend|nacht)|heute', 'gestern|vorgestern|letzte nacht|über nacht', 'tage?n?', 'wochen?|letzte woche', 'monate?n?|letzten monat', 'jahre?n?|letztes jahr'],
    ['plötzlich|schlagartig|auf einen schlag', 'allmählich|schleichend|langsam|nach und nach'],
    ['mutter|mama', 'vater|papa', 'bruder', 'schwester'],
  ].map((group) => group.map(spell)),
  templates: {
    greeting: ['Guten Tag.', 'Hallo.', 'Guten Tag, hallo.'],
    greetingInformant: ['Guten Tag, ich bin {informant} ({relation} von {patient}).'],
    consent: ['Ja, natürlich.', 'Ja, klar, fragen Sie ruhig.', 'Ja, kein Problem.'],
    name: 'Ich heiße {name}.',
    nameInformant: 'Das ist {patient}, und ich bin {informant} ({relation}).',
    age: 'Ich bin {age}.',
    ageInformant: '{pronoun} ist {age}.',
    months: '{n} Monate alt',
    pronoun: { female: 'Sie', male: 'Er', intersex: 'Sie' },
    possessive: { female: 'ihre', male: 'seine', intersex: 'ihre' },
    deny: ['Nein, eigentlich nicht.', 'Nein, nicht dass ich wüsste.', 'Nein.', 'Nein, so etwas habe ich nicht bemerkt.'],
    unsure: ['Ehrlich gesagt weiß ich das nicht genau.', 'Das weiß ich nicht so genau.', 'Hm, das kann ich nicht sagen.'],
    denyByTopic: {
      smoking: 'Nein, ich rauche nicht.',
      alcohol: 'Alkohol trinke ich eigentlich nicht.',
      drugs: 'Nein, Drogen nehme ich keine.',
      allergies: 'Nein, Allergien habe ich keine, soweit ich weiß.',
      meds: 'Ich nehme keine regelmäßigen Medikamente.',
      pmh: 'Nein, sonst habe ich eigentlich nichts.',
      surgery: 'Nein, operiert wurde ich noch nie.',
      family: 'Nicht, dass ich wüsste.',
      travel: 'Nein, ich war nicht verreist.',
    },
    diagnosis: ['Das wollte ich eigentlich von Ihnen wissen.', 'Keine Ahnung, deswegen bin ich ja hier.', 'Das müssen Sie mir sagen – ich wollte Sie gerade fragen.'],
    advice: ['Das weiß ich nicht, Sie sind doch vom Fach. Was meinen Sie?', 'Da kenne ich mich nicht aus – ich hatte gehofft, dass Sie mir das sagen.', 'Da fragen Sie leider die falsche Person.'],
    roleBreak: ['Wie bitte? Das verstehe ich nicht. Ich möchte eigentlich nur wissen, was mit mir los ist.', 'Ich weiß nicht, was Sie meinen. Können wir wieder darüber reden, warum ich hier bin?', 'Entschuldigung? Ich verstehe nicht, was Sie von mir wollen.'],
    jargon: ['Entschuldigung, was bedeutet „{term}“?', 'Ich weiß nicht, was „{term}“ ist – können Sie das erklären?', '„{term}“? Das Wort kenne ich nicht, tut mir leid.'],
    summaryConfirm: ['Ja, genau.', 'Ja, das stimmt so.', 'Ja, so war es ungefähr.'],
    summaryCorrect: 'Nicht ganz — {fact}',
    closing: ['Vielen Dank.', 'Okay, danke schön.', 'Danke.'],
    nothingElse: ['Nein, ich glaube, das war alles.', 'Nein, ich denke, Sie haben alles gefragt.', 'Mir fällt sonst nichts ein.'],
    unclear: ['Entschuldigung, das habe ich nicht ganz verstanden.', 'Wie meinen Sie das? Können Sie das anders fragen?'],
    examine: ['Ja, natürlich.', 'Okay, machen Sie ruhig.'],
    empathy: ['Danke.', 'Ja, es war wirklich nicht leicht.'],
    occupation: 'Ich bin {occupation}.',
    partsJoiner: ' ',
  },
};
