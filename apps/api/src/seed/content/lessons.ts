import type { LessonBlock } from '@savoir/domain';
import { t } from './build';

/**
 * The bodies of the onboarding lessons. Every fact a question asks is taught here first; the canonical facts are
 * listed at the top of onboarding-program.ts.
 */

type Text = string | readonly string[];
const join = (text: Text) => (typeof text === 'string' ? text : text.join('\n\n'));

const md = (en: Text, fr: Text): LessonBlock => ({ kind: 'RICH_TEXT', markdown: t(join(en), join(fr)) });
const image = (file: string, alt: [string, string], caption?: [string, string]): LessonBlock => ({
  kind: 'IMAGE',
  url: `/content/images/${file}`,
  alt: t(...alt),
  ...(caption ? { caption: t(...caption) } : {}),
});
const video = (file: string, caption: [string, string]): LessonBlock => ({ kind: 'VIDEO', url: `/content/videos/${file}`, caption: t(...caption) });
const event = (date: string, title: [string, string], story: [string, string]): LessonBlock => ({ kind: 'TIMELINE_EVENT', date, title: t(...title), story: t(...story) });
const fact = (en: string, fr: string): LessonBlock => ({ kind: 'KEY_FACT', text: t(en, fr) });
const spec = (label: [string, string], value: [string, string]) => ({ label: t(...label), value: t(...value) });
const product = (reference: string, name: [string, string], collection: [string, string], keySpecs: ReturnType<typeof spec>[]): LessonBlock => ({
  kind: 'PRODUCT_CARD',
  reference,
  name: t(...name),
  collection: t(...collection),
  keySpecs,
});

export const WELCOME_LESSON: readonly LessonBlock[] = [
  md(
    [
      '## Geneva, 1837',
      'Maison Aurèle was born of a couple. **Aurèle Vautier** (1809–1882) trained as a *cabinotier*, one of the Geneva watchmakers who worked in the bright attic workshops — the “cabinets” — of the city. **Héloïse Vautier**, née Marchal (1814–1890), painted miniatures on enamel.',
      'In 1837 they opened their own workshop at **17 Rue du Rhône**, Geneva. The workshop soon became the maison’s first salon — and the maison has never left: the **Genève Rhône** boutique welcomes clients at the very same address today.',
    ],
    [
      '## Genève, 1837',
      'La Maison Aurèle est née d’un couple. **Aurèle Vautier** (1809-1882) est formé comme *cabinotier*, l’un de ces horlogers genevois qui travaillaient dans les ateliers lumineux sous les toits de la ville — les « cabinets ». **Héloïse Vautier**, née Marchal (1814-1890), peint des miniatures sur émail.',
      'En 1837, ils ouvrent leur propre atelier au **17, rue du Rhône**, à Genève. L’atelier devient bientôt le premier salon de la maison — et la maison ne l’a jamais quitté : la boutique **Genève Rhône** reçoit aujourd’hui ses clients à cette même adresse.',
    ],
  ),
  event(
    '1837',
    ['The workshop on the Rue du Rhône', 'L’atelier de la rue du Rhône'],
    ['Aurèle and Héloïse Vautier, a watchmaker and an enameller, open their workshop at 17 Rue du Rhône, Geneva.', 'Aurèle et Héloïse Vautier, un horloger et une émailleuse, ouvrent leur atelier au 17, rue du Rhône, à Genève.'],
  ),
  image('emblem-rising-sun.svg', ['The Aurèle emblem: a half sun rising over a line, with twelve straight rays', 'L’emblème Aurèle : un demi-soleil se levant au-dessus d’une ligne, avec douze rayons droits'], ['The rising sun, engraved on every crown and every clasp.', 'Le soleil levant, gravé sur chaque couronne et chaque fermoir.']),
  md(
    [
      '## A name, an emblem, a motto',
      'The name **Aurèle** is the founder’s first name. It comes from the Latin *aureus*, “golden”, and it echoes *aurore* — the dawn. Hence the emblem: a **rising sun with twelve rays**, one for each hour of the dial, engraved on every crown and every clasp.',
      'The motto is always quoted in French: **“L’heure juste, la main sûre”** — the true hour, the sure hand. It names the two sides of the maison since its first day: the watchmaker’s precision and the craftsman’s hand.',
      'The maison has remained in the Vautier family for six generations. **Clémence Vautier** has led it since 2016.',
    ],
    [
      '## Un nom, un emblème, une devise',
      'Le nom **Aurèle** est le prénom du fondateur. Il vient du latin *aureus*, « doré », et fait écho à l’*aurore*. D’où l’emblème : un **soleil levant à douze rayons**, un pour chaque heure du cadran, gravé sur chaque couronne et chaque fermoir.',
      'La devise se cite toujours en français : **« L’heure juste, la main sûre »**. Elle nomme les deux visages de la maison depuis son premier jour : la précision de l’horloger et la main de l’artisan.',
      'La maison est restée dans la famille Vautier depuis six générations. **Clémence Vautier** la dirige depuis 2016.',
    ],
  ),
  fact('“L’heure juste, la main sûre” — the true hour, the sure hand.', '« L’heure juste, la main sûre. »'),
  md(
    [
      '## The maison’s language',
      '- We speak of a **creation**, a **piece**, a **timepiece** — never a “product”, an “item” or a “deal”.',
      '- We never speak ill of another maison: we speak of what Aurèle does, exactly and warmly.',
      '- We never claim what the maison does not claim. Aurèle is not “the oldest” of anything; it is exact, and that is enough.',
    ].join('\n'),
    [
      '## Le langage de la maison',
      '- Nous parlons d’une **création**, d’une **pièce**, d’un **garde-temps** — jamais d’un « produit », d’un « article » ou d’une « affaire ».',
      '- Nous ne critiquons jamais une autre maison : nous parlons de ce que fait Aurèle, avec exactitude et chaleur.',
      '- Nous ne revendiquons jamais ce que la maison ne revendique pas. Aurèle n’est « la plus ancienne » de rien ; elle est exacte, et cela suffit.',
    ].join('\n'),
  ),
];

export const TIMELINE_LESSON: readonly LessonBlock[] = [
  md(
    'Watchmaking and enamel first, jewellery seventy years later: the maison’s story reads in a few dates. Learn them in order — clients often ask “since when?”.',
    'L’horlogerie et l’émail d’abord, la joaillerie soixante-dix ans plus tard : l’histoire de la maison se lit en quelques dates. Apprenez-les dans l’ordre — les clients demandent souvent « depuis quand ? ».',
  ),
  event('1837', ['Founding in Geneva', 'Fondation à Genève'], ['Aurèle and Héloïse Vautier open the workshop at 17 Rue du Rhône — today the Genève Rhône boutique.', 'Aurèle et Héloïse Vautier ouvrent l’atelier du 17, rue du Rhône — aujourd’hui la boutique Genève Rhône.']),
  event('1854', ['The Atelier des Émaux', 'L’Atelier des Émaux'], ['Héloïse founds the enamel atelier. Its grand feu dials become a signature of the maison.', 'Héloïse fonde l’atelier d’émail. Ses cadrans grand feu deviennent une signature de la maison.']),
  event('1871', ['La Sentinelle', 'La Sentinelle'], ['Aurèle Vautier completes, with his own hands, La Sentinelle: the maison’s first tourbillon, a pocket watch.', 'Aurèle Vautier achève de ses mains La Sentinelle : le premier tourbillon de la maison, une montre de poche.']),
  event(
    '1908',
    ['Paris, Place Vendôme', 'Paris, place Vendôme'],
    ['Léonie Vautier, granddaughter of the founders, opens the Paris salon and founds the Atelier Vendôme: the first Aurèle jewellery.', 'Léonie Vautier, petite-fille des fondateurs, ouvre le salon parisien et fonde l’Atelier Vendôme : la première joaillerie Aurèle.'],
  ),
  event('1912', ['The ivy sketchbook', 'Le carnet au lierre'], ['Léonie draws an ivy leaf in her sketchbook. It will become the Lierre collection.', 'Léonie dessine une feuille de lierre dans son carnet. Elle deviendra la collection Lierre.']),
  event('1931', ['Envol', 'Envol'], ['The first Envol wristwatch chronograph is made for the aviators of a Genevan flying school.', 'Le premier chronographe-bracelet Envol est conçu pour les aviateurs d’une école de pilotage genevoise.']),
  event('1962', ['Marée', 'Marée'], ['The first Marée diving watch, water-resistant to 200 metres at the time.', 'La première montre de plongée Marée, étanche à 200 mètres à l’époque.']),
  event('1987', ['Ondine, for 150 years', 'Ondine, pour les 150 ans'], ['For its 150th anniversary, the maison draws Ondine, the wave of the Rhône.', 'Pour ses 150 ans, la maison dessine Ondine, la vague du Rhône.']),
  event('1989', ['Tokyo Ginza', 'Tokyo Ginza'], ['The first Aurèle boutique in Asia opens in Ginza.', 'La première boutique Aurèle en Asie ouvre à Ginza.']),
  event(
    '2004',
    ['The Manufacture des Tilleuls', 'La Manufacture des Tilleuls'],
    ['Movement-making returns under one roof on the edge of Geneva; the enamel and guilloché ateliers move in with the watchmakers.', 'La fabrication des mouvements est à nouveau réunie sous un même toit, aux portes de Genève ; les ateliers d’émail et de guillochage s’y installent auprès des horlogers.'],
  ),
  event('2012', ['Singapore Marina', 'Singapore Marina'], ['The maison’s second boutique in Asia opens at Marina Bay.', 'La deuxième boutique de la maison en Asie ouvre à Marina Bay.']),
  event('2015', ['The silicon hairspring', 'Le spiral en silicium'], ['Every automatic Aurèle calibre now beats with a silicon hairspring.', 'Chaque calibre automatique Aurèle bat désormais au rythme d’un spiral en silicium.']),
  event('2016', ['The sixth generation', 'La sixième génération'], ['Clémence Vautier becomes president of the maison.', 'Clémence Vautier prend la présidence de la maison.']),
  event(
    '2021',
    ['The Sentinelle Tourbillon', 'La Sentinelle Tourbillon'],
    ['150 years after La Sentinelle, the Sentinelle Tourbillon and its Calibre AU-1871 T take up the name.', '150 ans après La Sentinelle, la Sentinelle Tourbillon et son calibre AU-1871 T en reprennent le nom.'],
  ),
  fact(
    'Four boutiques, four dates: Genève Rhône since 1837, Paris Vendôme since 1908, Tokyo Ginza since 1989, Singapore Marina since 2012.',
    'Quatre boutiques, quatre dates : Genève Rhône depuis 1837, Paris Vendôme depuis 1908, Tokyo Ginza depuis 1989, Singapore Marina depuis 2012.',
  ),
];

export const ATELIERS_LESSON: readonly LessonBlock[] = [
  md(
    [
      '## Four ateliers, one maison',
      '**The Manufacture des Tilleuls** (Geneva, 2004) designs, makes, assembles, finishes and tests every mechanical movement. It is home to two more ateliers:',
      '**The Atelier des Émaux**, founded by Héloïse in 1854, makes every grand feu enamel dial and the enamels of the jewellery. It has worked inside the Manufacture since 2004.',
      '**The guilloché atelier** engine-turns dials and jewellery by hand on rose engines. The oldest, built in 1902, still turns every day; rose engines are no longer made in series, so the atelier maintains its own.',
      '**The Atelier Vendôme**, above the Paris boutique since 1908, makes the jewellery: design, goldsmithing, gem-setting and polishing.',
    ],
    [
      '## Quatre ateliers, une maison',
      '**La Manufacture des Tilleuls** (Genève, 2004) conçoit, fabrique, assemble, décore et contrôle chaque mouvement mécanique. Elle abrite deux autres ateliers :',
      '**L’Atelier des Émaux**, fondé par Héloïse en 1854, réalise chaque cadran en émail grand feu et les émaux de la joaillerie. Il travaille au sein de la Manufacture depuis 2004.',
      '**L’atelier de guillochage** guilloche à la main cadrans et bijoux sur des tours à guillocher. Le plus ancien, construit en 1902, tourne encore chaque jour ; ces tours ne se fabriquent plus en série, l’atelier entretient donc lui-même les siens.',
      '**L’Atelier Vendôme**, au-dessus de la boutique de Paris depuis 1908, réalise la joaillerie : création, orfèvrerie, sertissage et polissage.',
    ],
  ),
  video('manufacture-des-tilleuls.mp4', ['A morning at the Manufacture des Tilleuls, from the movement workshop to the enamel kilns.', 'Une matinée à la Manufacture des Tilleuls, de l’atelier des mouvements aux fours d’émaillage.']),
  image('atelier-gem-setter.svg', ['A gem-setter at the Atelier Vendôme, at the microscope, pushing claws over a diamond', 'Un sertisseur de l’Atelier Vendôme, au microscope, rabattant des griffes sur un diamant'], ['The Atelier Vendôme, Paris.', 'L’Atelier Vendôme, Paris.']),
  fact('Geneva makes the watches, the enamel and the guilloché; Paris makes the jewellery.', 'Genève réalise les montres, l’émail et le guillochage ; Paris réalise la joaillerie.'),
];

export const METALS_LESSON: readonly LessonBlock[] = [
  md(
    [
      '## Gold',
      '**18-carat gold** is 18 parts of gold out of 24: **75 %**, hallmarked 750. The other quarter — copper, silver, palladium — gives colour and strength.',
      '- **Or Aurore** is the maison’s own 18-carat rose gold: gold, copper, silver and a touch of **palladium**, which keeps its warm colour from fading. It dresses the Rhône 38, Lierre and Aube.',
      '- **18-carat white gold** is gold alloyed with palladium, slightly warm in tone; a fine **rhodium plating** gives its bright white. With daily wear, the plating is renewed every one to two years, at any boutique, on request.',
    ],
    [
      '## L’or',
      'L’**or 18 carats** compte 18 parts d’or sur 24 : **75 %**, poinçonné 750. Le quart restant — cuivre, argent, palladium — apporte couleur et résistance.',
      '- L’**Or Aurore** est l’or rose 18 carats propre à la maison : or, cuivre, argent et une touche de **palladium**, qui empêche sa chaude couleur de passer. Il habille la Rhône 38, Lierre et Aube.',
      '- L’**or gris 18 carats** est un alliage d’or et de palladium, d’un ton légèrement chaud ; un fin **rhodiage** lui donne son blanc éclatant. Porté chaque jour, il se renouvelle tous les un à deux ans, dans toute boutique, sur demande.',
    ],
  ),
  md(
    [
      '## Platinum 950',
      '**95 % platinum.** It is white by nature and never needs plating; it is dense — clients feel its weight in the hand, heavier than gold; and rather than losing metal, it takes on a soft satin **patina**, which a polish at service restores to shine. The maison uses it for the Serment solitaires and the Sentinelle Tourbillon.',
    ],
    [
      '## Le platine 950',
      '**95 % de platine.** Il est blanc par nature et n’a jamais besoin d’être rhodié ; il est dense — les clients sentent en main son poids, supérieur à celui de l’or ; et plutôt que de perdre de la matière, il se pare d’une douce **patine** satinée, à laquelle un polissage lors de la révision rend son éclat. La maison l’emploie pour les solitaires Serment et la Sentinelle Tourbillon.',
    ],
  ),
  md(
    [
      '## Ceramic, titanium and steel',
      '- **Ceramic** — zirconium oxide, pressed then sintered at about **1,400 °C** — forms the Marée bezel insert. It is almost impossible to scratch and its black never fades; but hardness is not toughness: a hard knock on an edge can crack it, and the maison then replaces the insert at service. It is never polished in a boutique.',
      '- **Grade 5 titanium** is about **40 % lighter than steel** and does not corrode in sea water: the Marée case. Its satin-brushed finish is renewed by brushing, never polished to a mirror.',
      '- **Steel** dresses the Envol Chronographe 41 and a version of the Rhône 38.',
    ].join('\n'),
    [
      '## Céramique, titane et acier',
      '- La **céramique** — de l’oxyde de zirconium, pressé puis fritté à environ **1 400 °C** — forme l’insert de la lunette Marée. Elle est presque impossible à rayer et son noir ne passe jamais ; mais dureté n’est pas résistance aux chocs : un choc violent sur une arête peut la fêler, et la maison remplace alors l’insert lors de la révision. Elle n’est jamais polie en boutique.',
      '- Le **titane grade 5** est environ **40 % plus léger que l’acier** et ne craint pas la corrosion de l’eau de mer : c’est la boîte de la Marée. Sa finition satinée se renouvelle en satinant à nouveau, jamais par un poli miroir.',
      '- L’**acier** habille l’Envol Chronographe 41 et une version de la Rhône 38.',
    ].join('\n'),
  ),
  md(
    [
      '## Sapphire crystal',
      'Every Aurèle watch glass is **sapphire crystal**: synthetic corundum — aluminium oxide grown as a colourless crystal, then cut and polished. The same mineral as a sapphire gem, hence its name and its hardness of **9 on the Mohs scale**, just below diamond at 10. Keys, steel and sand cannot scratch it; a diamond can.',
      'The maison applies the **anti-reflective coating on the inside** only: protected there, it cannot wear, and the outer face stays bare, hard sapphire. The Rhône, Séléné and Sentinelle also have sapphire casebacks.',
    ],
    [
      '## Le verre saphir',
      'Chaque glace de montre Aurèle est en **verre saphir** : du corindon de synthèse — de l’oxyde d’aluminium cristallisé, incolore, puis taillé et poli. Le même minéral que le saphir gemme, d’où son nom et sa dureté de **9 sur l’échelle de Mohs**, juste en dessous du diamant, à 10. Les clés, l’acier ou le sable ne peuvent le rayer ; un diamant, si.',
      'La maison applique le **traitement antireflet sur la face intérieure** uniquement : protégé, il ne peut s’user, et la face extérieure reste du saphir nu et dur. La Rhône, la Séléné et la Sentinelle ont aussi un fond en verre saphir.',
    ],
  ),
  fact('Hardness is not toughness: sapphire and ceramic resist scratches, not every knock.', 'Dureté n’est pas résistance aux chocs : le saphir et la céramique résistent aux rayures, pas à tous les chocs.'),
];

export const GEMS_LESSON: readonly LessonBlock[] = [
  md(
    [
      '## The 4Cs of a diamond',
      '- **Carat** — weight. One carat is **0.2 gram**; five carats make a gram.',
      '- **Colour** — the absence of tint, graded from **D** (colourless) towards **Z** (increasingly yellow).',
      '- **Clarity** — what a 10× loupe reveals: **IF** (internally flawless), then VVS1–VVS2, VS1–VS2, SI1–SI2 and I1–I3.',
      '- **Cut** — proportions, symmetry and polish, which turn light into brilliance. The only C in a craftsman’s hands. A **round brilliant** has **57 facets** (58 with a culet).',
    ].join('\n'),
    [
      '## Les 4C du diamant',
      '- **Carat** — le poids. Un carat pèse **0,2 gramme** ; cinq carats font un gramme.',
      '- **Couleur** — l’absence de teinte, notée de **D** (incolore) vers **Z** (de plus en plus jaune).',
      '- **Pureté** — ce que révèle la loupe 10× : **IF** (pur à la loupe), puis VVS1-VVS2, VS1-VS2, SI1-SI2 et I1-I3.',
      '- **Taille** — proportions, symétrie et poli, qui changent la lumière en éclat. Le seul C qui dépende de la main de l’artisan. Un **brillant rond** compte **57 facettes** (58 avec une colette).',
    ].join('\n'),
  ),
  fact(
    'The Aurèle standard: colour D to G, clarity IF to VS2, Excellent cut for round brilliants — for a 0.01 ct pavé stone as for a solitaire.',
    'L’exigence Aurèle : couleur D à G, pureté IF à VS2, taille Excellente pour les brillants ronds — pour une pierre de pavé de 0,01 ct comme pour un solitaire.',
  ),
  image('cut-round-brilliant.svg', ['A round brilliant diamond seen from above, its facets radiating from the centre', 'Un diamant taille brillant vu de dessus, ses facettes rayonnant depuis le centre']),
  md(
    'Diamond is the hardest natural material — **10** on the Mohs scale — yet a sharp knock along one of its cleavage planes can **chip** it. Hence the yearly claw check, and pieces stored apart: a diamond scratches every other stone.',
    'Le diamant est le matériau naturel le plus dur — **10** sur l’échelle de Mohs —, et pourtant un choc sec dans l’axe d’un de ses plans de clivage peut l’**ébrécher**. D’où la vérification annuelle des griffes, et des bijoux rangés séparément : un diamant raye toutes les autres pierres.',
  ),
  md(
    [
      '## Coloured gems',
      '- **Sapphire** — corundum, hardness 9; blue from iron and titanium.',
      '- **Ruby** — corundum too, hardness 9; red from chromium.',
      '- **Emerald** — beryl, hardness 7.5 to 8. Its inclusions form its **“jardin”**, expected and unique to each stone; they are usually filled with a colourless oil, so an emerald never goes in an ultrasonic cleaner or near steam.',
      '- **Tsavorite** — a vivid green garnet, rarely treated: the bright green of the Lierre leaves.',
      '- **Mother-of-pearl** — nacre, about 3.5: soft, it fears perfume, acids and knocks. The dial of the Ondine Secrète.',
    ].join('\n'),
    [
      '## Les pierres de couleur',
      '- **Saphir** — corindon, dureté 9 ; bleu grâce au fer et au titane.',
      '- **Rubis** — corindon lui aussi, dureté 9 ; rouge grâce au chrome.',
      '- **Émeraude** — béryl, dureté 7,5 à 8. Ses inclusions forment son **« jardin »**, attendu et propre à chaque pierre ; on les comble généralement d’une huile incolore : une émeraude ne passe donc jamais aux ultrasons ni à la vapeur.',
      '- **Tsavorite** — un grenat d’un vert vif, rarement traité : le vert lumineux des feuilles de Lierre.',
      '- **Nacre** — environ 3,5 : tendre, elle craint le parfum, les acides et les chocs. Le cadran de l’Ondine Secrète.',
    ].join('\n'),
  ),
];

export const ENAMEL_GUILLOCHE_LESSON: readonly LessonBlock[] = [
  md(
    [
      '## Grand feu enamel',
      'Grand feu is **vitreous enamel**: glass ground to a fine powder, coloured with metal oxides, laid on a base of fine gold and fused in a kiln at about **800 °C** — fine gold itself melts only above 1,000 °C. Being glass, its colour **never fades**: Héloïse’s pocket watches of the 1850s have kept theirs.',
      'A Séléné dial goes through **eight to twelve firings**, each adding a thin layer to build the depth of its blue. Every firing can leave a bubble, a crack or a speck that cannot be repaired: about **one dial in three** is set aside.',
      'The making, in order: prepare the gold base; grind and wash the enamel; lay a thin, even layer; fire — and repeat, layer by layer; inspect under the loupe.',
    ],
    [
      '## L’émail grand feu',
      'Le grand feu est un **émail vitrifié** : du verre broyé en poudre fine, coloré d’oxydes métalliques, posé sur une base en or fin et fondu au four à environ **800 °C** — l’or fin, lui, ne fond qu’au-delà de 1 000 °C. Puisqu’il s’agit de verre, sa couleur **ne passe jamais** : les montres de poche d’Héloïse des années 1850 ont gardé les leurs.',
      'Un cadran Séléné traverse **huit à douze cuissons**, chacune ajoutant une fine couche pour construire la profondeur de son bleu. Chaque cuisson peut laisser une bulle, une fêlure ou une poussière irréparables : environ **un cadran sur trois** est écarté.',
      'La réalisation, dans l’ordre : préparer la base en or ; broyer et laver l’émail ; poser une couche fine et régulière ; cuire — et recommencer, couche après couche ; contrôler à la loupe.',
    ],
  ),
  video('enamel-firing.mp4', ['A Séléné dial entering the kiln at the Atelier des Émaux.', 'Un cadran Séléné entre dans le four à l’Atelier des Émaux.']),
  md(
    [
      '## Four techniques',
      '- **Champlevé** — hollows carved into the metal are filled with enamel.',
      '- **Cloisonné** — fine gold wires form cells that hold each colour.',
      '- **Grisaille** — shades of white enamel painted over a dark ground.',
      '- **Plique-à-jour** — translucent enamel with no backing, like stained glass.',
    ].join('\n'),
    [
      '## Quatre techniques',
      '- **Champlevé** — des creux taillés dans le métal sont remplis d’émail.',
      '- **Cloisonné** — de fins fils d’or forment des cloisons qui retiennent chaque couleur.',
      '- **Grisaille** — des nuances d’émail blanc peintes sur un fond sombre.',
      '- **Plique-à-jour** — un émail translucide sans fond, comme un vitrail.',
    ].join('\n'),
  ),
  md(
    [
      '## Guilloché',
      'The guillocheur guides the cutter **by hand on a rose engine**, one line at a time. About **four hours** for the dial of a single Rhône. A stamped dial copies a pattern; only engine-turning gives that crisp, living light.',
      'The maison’s signature pattern is **Rayons d’Aurore**: fine rays fanning out from the centre, like the dawn of the emblem. It dresses every Rhône dial. Under translucent grand feu enamel, guilloché becomes **flinqué** — the technique of the Aube jewellery.',
    ],
    [
      '## Le guillochage',
      'Le guillocheur guide l’outil **à la main sur un tour à guillocher**, une ligne à la fois. Environ **quatre heures** pour le cadran d’une seule Rhône. Un cadran estampé copie un motif ; seul le guillochage donne cette lumière nette et vivante.',
      'Le motif signature de la maison est **Rayons d’Aurore** : de fins rayons qui partent du centre en éventail, comme l’aurore de l’emblème. Il habille chaque cadran Rhône. Sous un émail grand feu translucide, le guilloché devient **flinqué** — la technique des bijoux Aube.',
    ],
  ),
  image('atelier-guilloche.svg', ['A guillocheur turning the crank of a rose engine over a silvered dial', 'Un guillocheur actionnant la manivelle d’un tour à guillocher au-dessus d’un cadran argenté'], ['Rayons d’Aurore, line by line.', 'Rayons d’Aurore, ligne après ligne.']),
  fact('By hand for the result, not for nostalgia: it takes more time, never less.', 'À la main pour le résultat, non par nostalgie : cela demande plus de temps, jamais moins.'),
];

export const GEM_SETTING_LESSON: readonly LessonBlock[] = [
  md(
    [
      '## Four settings at the Atelier Vendôme',
      '- **Claw setting** — a few claws hold the stone high, open to the light. The Serment solitaire has **six claws**, each adjusted by hand.',
      '- **Bezel setting** (*serti clos*) — a rim of metal encircles the stone and protects its girdle. The maison chooses it for the **Lierre emeralds**, more fragile than diamond.',
      '- **Pavé** — small stones set close together, like cobblestones: the **Ondine** wave.',
      '- **Snow setting** (*serti neige*) — stones of different sizes cover the surface so no metal shows: the cover of the **Ondine Secrète**.',
    ].join('\n'),
    [
      '## Quatre sertis à l’Atelier Vendôme',
      '- **Serti griffes** — quelques griffes tiennent la pierre haute, ouverte à la lumière. Le solitaire Serment compte **six griffes**, chacune ajustée à la main.',
      '- **Serti clos** — un rebord de métal entoure la pierre et protège son rondiste. La maison le choisit pour les **émeraudes Lierre**, plus fragiles que le diamant.',
      '- **Pavé** — de petites pierres serrées les unes contre les autres, comme des pavés : la vague **Ondine**.',
      '- **Serti neige** — des pierres de tailles différentes couvrent la surface, sans que le métal n’apparaisse : le capot de l’**Ondine Secrète**.',
    ].join('\n'),
  ),
  image('setting-bezel.svg', ['An emerald entirely surrounded by a smooth rim of rose gold', 'Une émeraude entièrement entourée d’un rebord lisse d’or rose'], ['A bezel-set Lierre emerald.', 'Une émeraude Lierre sertie clos.']),
  fact('The setter fits every claw to its own stone.', 'Le sertisseur ajuste chaque griffe à sa pierre.'),
];

export const MOVEMENTS_LESSON: readonly LessonBlock[] = [
  md(
    [
      '## Mechanical or quartz',
      'A **mechanical** movement stores energy in a mainspring and lets it out, beat by beat, through the balance. It is **automatic** when a rotor, turning with the wrist, winds it; **hand-wound** when the crown does. A **quartz** movement runs on a battery, kept on time by a vibrating quartz crystal: the maison uses it only in the Ondine Secrète (Calibre AU-Q08).',
      '- **Frequency** — how fast the balance beats. **4 Hz** is 28,800 vibrations an hour: a gliding seconds hand, a steadier rate.',
      '- **Power reserve** — how long a fully wound movement runs once off the wrist. **60 hours**: taken off on Friday evening, still running on Monday morning.',
      '- **Jewels** — synthetic rubies used as bearings, to reduce friction and wear. Their number reflects function, not value.',
    ],
    [
      '## Mécanique ou quartz',
      'Un mouvement **mécanique** emmagasine l’énergie dans un ressort de barillet et la restitue, battement après battement, par le balancier. Il est **automatique** lorsqu’une masse oscillante, qui tourne au gré du poignet, le remonte ; **à remontage manuel** lorsque c’est la couronne. Un mouvement **à quartz** fonctionne sur pile, réglé par un cristal de quartz qui vibre : la maison ne l’emploie que dans l’Ondine Secrète (calibre AU-Q08).',
      '- **Fréquence** — la cadence du balancier. **4 Hz**, ce sont 28 800 alternances par heure : une trotteuse qui glisse, une marche plus stable.',
      '- **Réserve de marche** — l’autonomie d’un mouvement entièrement remonté, une fois hors du poignet. **60 heures** : retirée le vendredi soir, la montre fonctionne encore le lundi matin.',
      '- **Rubis** — des rubis de synthèse servant de paliers, pour réduire frottements et usure. Leur nombre traduit une fonction, non une valeur.',
    ],
  ),
  product(
    'AU-1837',
    ['Calibre AU-1837', 'Calibre AU-1837'],
    ['Manufacture calibres', 'Calibres manufacture'],
    [
      spec(['Winding', 'Remontage'], ['Automatic', 'Automatique']),
      spec(['Frequency', 'Fréquence'], ['4 Hz (28,800 vibrations/hour)', '4 Hz (28 800 alternances/heure)']),
      spec(['Power reserve', 'Réserve de marche'], ['60 hours', '60 heures']),
      spec(['Jewels', 'Rubis'], ['28', '28']),
      spec(['Rotor', 'Masse oscillante'], ['Or Aurore, engraved with the Rayons d’Aurore', 'Or Aurore, gravée des Rayons d’Aurore']),
      spec(['Hairspring', 'Spiral'], ['Silicon (since 2015)', 'Silicium (depuis 2015)']),
      spec(['Functions', 'Fonctions'], ['Hours, minutes, seconds, date', 'Heures, minutes, secondes, date']),
    ],
  ),
  md(
    'The **silicon hairspring**, in every automatic calibre since 2015, is light and insensitive to magnetism and temperature. The calibre names tell the maison’s story: the numbers are its dates (1837, 1854, 1871, and 08 for 1908), the letters the complication — **C** chronograph, **L** lune, **T** tourbillon, **Q** quartz.',
    'Le **spiral en silicium**, présent dans chaque calibre automatique depuis 2015, est léger et insensible au magnétisme comme aux variations de température. Les noms des calibres racontent la maison : les nombres sont ses dates (1837, 1854, 1871, et 08 pour 1908), les lettres la complication — **C** chronographe, **L** lune, **T** tourbillon, **Q** quartz.',
  ),
  md(
    [
      '## Hand-finishing, seen through the caseback',
      '- **Côtes de Genève** — parallel waves across the bridges.',
      '- **Perlage** — small overlapping circles on the main plate.',
      '- **Anglage** — edges bevelled and polished by hand. The **inward angles** of the Sentinelle’s bridges can only be done by hand: no machine tool reaches into them.',
      '- **Black polish** — a flat mirror surface that looks black from some angles, on the Sentinelle’s tourbillon bridge.',
    ].join('\n'),
    [
      '## Les finitions à la main, vues à travers le fond',
      '- **Côtes de Genève** — des vagues parallèles sur les ponts.',
      '- **Perlage** — de petits cercles qui se chevauchent sur la platine.',
      '- **Anglage** — des arêtes chanfreinées et polies à la main. Les **angles rentrants** des ponts de la Sentinelle ne se font qu’à la main : aucun outil mécanique ne peut les atteindre.',
      '- **Poli noir** — une surface plane et miroir qui paraît noire sous certains angles, sur le pont du tourbillon de la Sentinelle.',
    ].join('\n'),
  ),
  image('finish-cotes-de-geneve.svg', ['Movement bridges decorated with straight, parallel bands of wavy light', 'Des ponts de mouvement décorés de bandes droites et parallèles de lumière ondulée'], ['Côtes de Genève on the AU-1837.', 'Côtes de Genève sur l’AU-1837.']),
];

export const COMPLICATIONS_LESSON: readonly LessonBlock[] = [
  md(
    [
      '## The chronograph: Calibre AU-1837 C',
      'The chronograph version of the AU-1837 powers the Envol. Its **column wheel** is the conductor: at each press it turns a notch and tells the levers to start, stop or reset — the crisp feel of the pushers. Its **vertical clutch** couples the chronograph by friction discs: no jump at the start, no wear if it runs for hours. Power reserve: **55 hours**.',
      '- Pusher at **2 o’clock**: start, then stop. Read the time. Pusher at **4 o’clock**: reset.',
      '- 30-minute counter at 3 o’clock, 12-hour counter at 6 o’clock, running seconds at 9 o’clock.',
      '- The **tachymeter** gives an average speed over a known distance: time one kilometre, read the speed facing the hand. 20 seconds for a kilometre is 3,600 ÷ 20 = 180 km/h.',
    ],
    [
      '## Le chronographe : calibre AU-1837 C',
      'La version chronographe de l’AU-1837 anime l’Envol. Sa **roue à colonnes** en est le chef d’orchestre : à chaque pression, elle tourne d’un cran et commande aux leviers de démarrer, d’arrêter ou de remettre à zéro — la sensation nette des poussoirs. Son **embrayage vertical** couple le chronographe par des disques à friction : aucun saut au départ, aucune usure s’il tourne des heures. Réserve de marche : **55 heures**.',
      '- Poussoir à **2 heures** : départ, puis arrêt. Lecture. Poussoir à **4 heures** : remise à zéro.',
      '- Compteur 30 minutes à 3 heures, compteur 12 heures à 6 heures, petite seconde à 9 heures.',
      '- Le **tachymètre** donne une vitesse moyenne sur une distance connue : chronométrez un kilomètre, lisez la vitesse en face de l’aiguille. 20 secondes pour un kilomètre : 3 600 ÷ 20 = 180 km/h.',
    ],
  ),
  md(
    [
      '## The moon phase: Calibre AU-1854 L',
      'A lunar cycle lasts 29 days, 12 hours and 44 minutes — about **29.5 days**. A simple moon phase counts whole days and drifts by a day in under three years. The AU-1854 L, with its finer gearing, drifts by **one day every 122 years**. Automatic, 60 hours, with a pointer date; it beats in the Séléné.',
    ],
    [
      '## La phase de lune : calibre AU-1854 L',
      'Un cycle lunaire dure 29 jours, 12 heures et 44 minutes — environ **29,5 jours**. Une phase de lune simple compte en jours entiers et dérive d’un jour en moins de trois ans. L’AU-1854 L, grâce à un rouage plus fin, ne dérive que d’**un jour tous les 122 ans**. Automatique, 60 heures, avec une date à aiguille ; il bat dans la Séléné.',
    ],
  ),
  md(
    [
      '## The tourbillon: Calibre AU-1871 T',
      'In a pocket watch upright all day, gravity pulls the balance always the same way. A **tourbillon** places the balance and escapement in a cage that turns **once a minute**, averaging those errors out; the hand on the cage doubles as the small seconds.',
      'The AU-1871 T is **hand-wound** — no rotor hides the movement — beats at a calm **3 Hz** (21,600 vibrations an hour) and runs **80 hours**. Its cage has **72 components** and weighs about **0.4 gram**, under a black-polished bridge. It beats in the Sentinelle.',
    ],
    [
      '## Le tourbillon : calibre AU-1871 T',
      'Dans une montre de poche verticale toute la journée, la gravité tire toujours le balancier dans le même sens. Un **tourbillon** place balancier et échappement dans une cage qui tourne **une fois par minute**, pour compenser ces écarts ; l’aiguille fixée sur la cage sert aussi de petite seconde.',
      'L’AU-1871 T est **à remontage manuel** — aucune masse oscillante ne masque le mouvement —, bat à un paisible **3 Hz** (21 600 alternances par heure) et offre **80 heures** de réserve. Sa cage compte **72 composants** et pèse environ **0,4 gramme**, sous un pont en poli noir. Il bat dans la Sentinelle.',
    ],
  ),
  video('tourbillon-cage.mp4', ['The AU-1871 T cage turning once a minute, filmed through a loupe.', 'La cage de l’AU-1871 T tournant une fois par minute, filmée à la loupe.']),
  fact(
    'Power reserves: AU-1837 60 h · AU-1837 C 55 h · AU-1854 L 60 h · AU-1871 T 80 h.',
    'Réserves de marche : AU-1837 60 h · AU-1837 C 55 h · AU-1854 L 60 h · AU-1871 T 80 h.',
  ),
];

export const WATCH_COLLECTIONS_LESSON: readonly LessonBlock[] = [
  md(
    'Six watches to know by heart. The number in each name is the case diameter in millimetres.',
    'Six montres à connaître par cœur. Le nombre dans chaque nom est le diamètre de la boîte, en millimètres.',
  ),
  product(
    'RH.38.OA',
    ['Rhône 38 Automatique', 'Rhône 38 Automatique'],
    ['Rhône', 'Rhône'],
    [
      spec(['Case', 'Boîte'], ['Or Aurore, 38 mm, 8.9 mm thick (also in steel, RH.38.ST)', 'Or Aurore, 38 mm, 8,9 mm d’épaisseur (existe aussi en acier, RH.38.ST)']),
      spec(['Dial', 'Cadran'], ['Silvered, Rayons d’Aurore guilloché', 'Argenté, guilloché Rayons d’Aurore']),
      spec(['Movement', 'Mouvement'], ['Calibre AU-1837, automatic, 60 h', 'Calibre AU-1837, automatique, 60 h']),
      spec(['Crystal and caseback', 'Glace et fond'], ['Sapphire', 'Saphir']),
      spec(['Water resistance', 'Étanchéité'], ['50 m', '50 m']),
      spec(['Strap', 'Bracelet'], ['Alligator', 'Alligator']),
    ],
  ),
  product(
    'EV.41.ST',
    ['Envol Chronographe 41', 'Envol Chronographe 41'],
    ['Envol', 'Envol'],
    [
      spec(['Case', 'Boîte'], ['Steel, 41 mm, screw-down crown', 'Acier, 41 mm, couronne vissée']),
      spec(['Movement', 'Mouvement'], ['Calibre AU-1837 C, column wheel, vertical clutch, 55 h', 'Calibre AU-1837 C, roue à colonnes, embrayage vertical, 55 h']),
      spec(['Dial', 'Cadran'], ['Counters at 3 and 6 o’clock, small seconds at 9, tachymeter scale', 'Compteurs à 3 et 6 heures, petite seconde à 9 heures, échelle tachymétrique']),
      spec(['Water resistance', 'Étanchéité'], ['100 m — pushers never used under water', '100 m — poussoirs jamais actionnés sous l’eau']),
    ],
  ),
  product(
    'SL.39.WG',
    ['Séléné Phase de Lune 39', 'Séléné Phase de Lune 39'],
    ['Séléné', 'Séléné'],
    [
      spec(['Case', 'Boîte'], ['18-carat white gold, 39 mm', 'Or gris 18 carats, 39 mm']),
      spec(['Dial', 'Cadran'], ['Blue grand feu enamel, gold moons, moon aperture at 6 o’clock, pointer date', 'Émail grand feu bleu, lunes en or, guichet de lune à 6 heures, date à aiguille']),
      spec(['Movement', 'Mouvement'], ['Calibre AU-1854 L, automatic, 60 h, one day’s drift in 122 years', 'Calibre AU-1854 L, automatique, 60 h, un jour d’écart en 122 ans']),
      spec(['Water resistance', 'Étanchéité'], ['30 m', '30 m']),
    ],
  ),
  product(
    'ST.40.PT',
    ['Sentinelle Tourbillon 40', 'Sentinelle Tourbillon 40'],
    ['Sentinelle', 'Sentinelle'],
    [
      spec(['Case', 'Boîte'], ['Platinum 950, 40 mm', 'Platine 950, 40 mm']),
      spec(['Movement', 'Mouvement'], ['Calibre AU-1871 T, hand-wound, one-minute tourbillon at 6 o’clock, 80 h', 'Calibre AU-1871 T, remontage manuel, tourbillon une minute à 6 heures, 80 h']),
      spec(['Making', 'Réalisation'], ['Made to order, 37 pieces a year; one watchmaker, about 120 hours', 'Sur commande, 37 pièces par an ; un seul horloger, environ 120 heures']),
      spec(['Water resistance', 'Étanchéité'], ['30 m', '30 m']),
    ],
  ),
  product(
    'MP.42.TI',
    ['Marée Plongée 42', 'Marée Plongée 42'],
    ['Marée', 'Marée'],
    [
      spec(['Case', 'Boîte'], ['Grade 5 titanium, satin-brushed, 42 mm, screw-down crown', 'Titane grade 5 satiné, 42 mm, couronne vissée']),
      spec(['Bezel', 'Lunette'], ['Unidirectional, black ceramic insert, 60-minute scale', 'Unidirectionnelle, insert en céramique noire, échelle 60 minutes']),
      spec(['Movement', 'Mouvement'], ['Calibre AU-1837, automatic, 60 h', 'Calibre AU-1837, automatique, 60 h']),
      spec(['Water resistance', 'Étanchéité'], ['300 m', '300 m']),
      spec(['Strap', 'Bracelet'], ['Rubber, or titanium bracelet with diving extension', 'Caoutchouc, ou bracelet titane avec rallonge de plongée']),
    ],
  ),
  product(
    'OS.26.WG',
    ['Ondine Secrète 26', 'Ondine Secrète 26'],
    ['Ondine', 'Ondine'],
    [
      spec(['Case', 'Boîte'], ['18-carat white gold, 26 mm', 'Or gris 18 carats, 26 mm']),
      spec(['Cover', 'Capot'], ['Hinged, snow-set with about 1.20 ct of diamonds', 'À charnière, serti neige d’environ 1,20 ct de diamants']),
      spec(['Dial', 'Cadran'], ['Mother-of-pearl', 'Nacre']),
      spec(['Movement', 'Mouvement'], ['Calibre AU-Q08, quartz', 'Calibre AU-Q08, quartz']),
      spec(['Water resistance', 'Étanchéité'], ['30 m', '30 m']),
    ],
  ),
  md(
    [
      '## What to remember',
      '- The **Marée bezel turns one way only**: if knocked, it can only show more elapsed dive time, never less.',
      '- The **Sentinelle** is a commission: 37 pieces a year, in homage to 1837, each assembled and regulated by a single watchmaker — as Aurèle built La Sentinelle in 1871.',
      '- For a slim, classic gold watch whose dial plays with light, think **Rhône 38**. For water, think **Envol** or **Marée**.',
    ].join('\n'),
    [
      '## À retenir',
      '- La **lunette Marée ne tourne que dans un sens** : si elle est heurtée, elle ne peut indiquer qu’un temps de plongée plus long, jamais plus court.',
      '- La **Sentinelle** est une commande : 37 pièces par an, en hommage à 1837, chacune assemblée et réglée par un seul horloger — comme Aurèle réalisa La Sentinelle en 1871.',
      '- Pour une montre en or fine et classique dont le cadran joue avec la lumière, pensez **Rhône 38**. Pour l’eau, pensez **Envol** ou **Marée**.',
    ].join('\n'),
  ),
];

export const JEWELLERY_COLLECTIONS_LESSON: readonly LessonBlock[] = [
  md(
    'Four lines, four images: the wave, the ivy, the dawn and the promise. All are made at the Atelier Vendôme, with diamonds of the Aurèle standard.',
    'Quatre lignes, quatre images : la vague, le lierre, l’aurore et la promesse. Toutes sont réalisées à l’Atelier Vendôme, avec des diamants répondant à l’exigence Aurèle.',
  ),
  product(
    'ON.R.WG',
    ['Ondine Vague ring', 'Bague Ondine Vague'],
    ['Ondine', 'Ondine'],
    [
      spec(['Motif', 'Motif'], ['The wave of the Rhône, drawn in 1987 for the 150th anniversary', 'La vague du Rhône, dessinée en 1987 pour les 150 ans']),
      spec(['Metal', 'Métal'], ['18-carat white gold', 'Or gris 18 carats']),
      spec(['Stones', 'Pierres'], ['112 round diamonds in pavé, about 0.85 ct', '112 diamants ronds en pavé, environ 0,85 ct']),
    ],
  ),
  product(
    'LI.B.OA',
    ['Lierre bracelet', 'Bracelet Lierre'],
    ['Lierre', 'Lierre'],
    [
      spec(['Motif', 'Motif'], ['Ivy leaves — fidelity — from Léonie Vautier’s 1912 sketchbook', 'Feuilles de lierre — la fidélité — du carnet de Léonie Vautier de 1912']),
      spec(['Metal', 'Métal'], ['Or Aurore', 'Or Aurore']),
      spec(['Stones', 'Pierres'], ['Bezel-set emeralds (about 2.40 ct) and tsavorite pavé', 'Émeraudes serties clos (environ 2,40 ct) et pavé de tsavorites']),
    ],
  ),
  product(
    'AB.P.OA',
    ['Aube pendant', 'Pendentif Aube'],
    ['Aube', 'Aube'],
    [
      spec(['Motif', 'Motif'], ['The rising sun of the emblem', 'Le soleil levant de l’emblème']),
      spec(['Metal', 'Métal'], ['Or Aurore', 'Or Aurore']),
      spec(['Craft', 'Savoir-faire'], ['Flinqué: translucent sunrise-red grand feu enamel over Rayons d’Aurore guilloché', 'Flinqué : émail grand feu translucide rouge aurore sur guilloché Rayons d’Aurore']),
      spec(['Stone', 'Pierre'], ['Central blue sapphire, 0.50 ct', 'Saphir bleu central, 0,50 ct']),
    ],
  ),
  product(
    'SE.S.PT',
    ['Serment solitaire', 'Solitaire Serment'],
    ['Serment', 'Serment'],
    [
      spec(['Metal', 'Métal'], ['Platinum 950', 'Platine 950']),
      spec(['Setting', 'Serti'], ['Six claws, raising the stone to the light', 'Six griffes, qui élèvent la pierre vers la lumière']),
      spec(['Diamond', 'Diamant'], ['Round brilliant from 0.30 ct, D–G, IF–VS2, Excellent cut', 'Brillant rond à partir de 0,30 ct, D-G, IF-VS2, taille Excellente']),
      spec(['Papers', 'Documents'], ['Independent grading report and the maison’s certificate', 'Rapport d’expertise indépendant et certificat de la maison']),
    ],
  ),
  image('bracelet-lierre.svg', ['A rose-gold chain of ivy leaves, some set with deep green stones in smooth rims, others paved in bright green', 'Une chaîne en or rose de feuilles de lierre, certaines serties de pierres vert profond dans des rebords lisses, d’autres pavées d’un vert vif'], ['The Lierre bracelet winds around the wrist as ivy holds to a wall.', 'Le bracelet Lierre s’enroule autour du poignet comme le lierre s’attache à un mur.']),
  md(
    [
      '## The stories to tell',
      '- **Ondine** — the waters of the Rhône that flow past the first workshop. Its jewellery watch, the **Ondine Secrète**, hides the hour under a snow-set cover.',
      '- **Lierre** — ivy holds fast and stays green all year: **fidelity**. Often chosen for an anniversary.',
      '- **Aube** — the dawn of the emblem, in enamel that will never fade.',
      '- **Serment** — French for “oath”: the promise, kept in every detail.',
    ].join('\n'),
    [
      '## Les histoires à raconter',
      '- **Ondine** — les eaux du Rhône qui coulent devant le premier atelier. Sa montre-bijou, l’**Ondine Secrète**, cache l’heure sous un capot serti neige.',
      '- **Lierre** — le lierre s’attache et reste vert toute l’année : la **fidélité**. Souvent choisi pour un anniversaire.',
      '- **Aube** — l’aurore de l’emblème, dans un émail qui ne passera jamais.',
      '- **Serment** — la promesse, tenue dans chaque détail.',
    ].join('\n'),
  ),
];

export const CARE_LESSON: readonly LessonBlock[] = [
  md(
    [
      '## Water resistance',
      'A rating is a **test pressure**, not a depth to dive to.',
      '- **30 m** — splashes, rain, hand-washing; no swimming, no shower. *Séléné, Sentinelle, Ondine Secrète.*',
      '- **50 m** — a brief swim at the surface. *Rhône 38* — but its alligator strap does not like water.',
      '- **100 m** — swimming and snorkelling. *Envol.*',
      '- **300 m** — scuba diving. *Marée.*',
    ].join('\n'),
    [
      '## L’étanchéité',
      'Une étanchéité est une **pression d’essai**, non une profondeur de plongée.',
      '- **30 m** — éclaboussures, pluie, lavage des mains ; ni baignade, ni douche. *Séléné, Sentinelle, Ondine Secrète.*',
      '- **50 m** — une courte baignade en surface. *Rhône 38* — mais son bracelet en alligator n’aime pas l’eau.',
      '- **100 m** — la nage et la randonnée palmée. *Envol.*',
      '- **300 m** — la plongée sous-marine. *Marée.*',
    ].join('\n'),
  ),
  md(
    [
      'Habits that keep a watch water-resistant:',
      '- screw the crown fully down before any water;',
      '- never use the crown or the pushers under water;',
      '- rinse in fresh water after the sea;',
      '- avoid heat — sauna, hot showers — which ages the gaskets;',
      '- have water resistance checked **every year** if the watch is worn in water.',
    ].join('\n'),
    [
      'Les gestes qui préservent l’étanchéité :',
      '- visser complètement la couronne avant tout contact avec l’eau ;',
      '- ne jamais manipuler la couronne ni les poussoirs sous l’eau ;',
      '- rincer à l’eau douce après la mer ;',
      '- éviter la chaleur — sauna, douche chaude — qui vieillit les joints ;',
      '- faire contrôler l’étanchéité **chaque année** si la montre est portée dans l’eau.',
    ].join('\n'),
  ),
  image('crown-screwed-down.svg', ['A crown screwed tight against the case, between two crown guards', 'Une couronne vissée contre la boîte, entre deux protège-couronne'], ['Screwed fully home: ready for the water.', 'Vissée à fond : prête pour l’eau.']),
  md(
    [
      '## Magnetism',
      'A watch that suddenly **gains several minutes a day** has most likely been magnetised: steel parts of the movement stick together and the balance beats too fast. Sources are everywhere — phone speakers, magnetic tablet covers, handbag clasps, speakers, induction hobs.',
      'The **silicon hairspring** makes Aurèle automatic watches far more resistant, but other steel parts can still be magnetised by a strong magnet: say “far more resistant”, never “immune”.',
      'Every boutique has a demagnetiser: **a few minutes, complimentary**, while the client waits, then a check on the timing machine.',
    ],
    [
      '## Le magnétisme',
      'Une montre qui se met soudain à **avancer de plusieurs minutes par jour** a très probablement été magnétisée : des pièces en acier du mouvement s’aimantent et le balancier bat trop vite. Les sources sont partout — haut-parleurs de téléphone, housses de tablette aimantées, fermoirs de sac, enceintes, plaques à induction.',
      'Le **spiral en silicium** rend les montres automatiques Aurèle bien plus résistantes, mais d’autres pièces en acier peuvent encore s’aimanter au contact d’un aimant puissant : dites « bien plus résistante », jamais « insensible ».',
      'Chaque boutique dispose d’un démagnétiseur : **quelques minutes, gracieusement**, pendant que le client patiente, puis un contrôle sur l’appareil de mesure.',
    ],
  ),
  fact('Never the crown, never the pushers under water.', 'Jamais la couronne, jamais les poussoirs sous l’eau.'),
];

export const JEWELLERY_CARE_LESSON: readonly LessonBlock[] = [
  md(
    [
      '## Polishing',
      'Each polish removes a little metal and softens the edges of a case. The maison therefore polishes **only during a complete service, and only with the client’s agreement** — some prefer to keep the marks of their life with the piece. The polishers restore the original finishes: the Marée’s satin-brushed titanium is **brushed again**, never mirror-polished; its ceramic insert is never polished in a boutique; platinum’s patina gives way to its shine.',
    ],
    [
      '## Le polissage',
      'Chaque polissage enlève un peu de métal et adoucit les arêtes d’une boîte. La maison ne polit donc **que lors d’une révision complète, et seulement avec l’accord du client** — certains préfèrent garder les marques de leur vie avec la pièce. Les polisseurs restituent les finitions d’origine : le titane satiné de la Marée est **satiné à nouveau**, jamais poli miroir ; son insert en céramique n’est jamais poli en boutique ; la patine du platine laisse place à son éclat.',
    ],
  ),
  md(
    [
      '## Caring for jewellery',
      '- At home: **lukewarm soapy water**, a soft brush behind the stones, a soft cloth. Never toothpaste (abrasive) or bleach (it attacks the alloy).',
      '- **Never ultrasonic or steam** for emeralds (oiled), enamel or mother-of-pearl.',
      '- Jewellery goes on **last**, after perfume and creams, and comes off first.',
      '- Store each piece **apart**, in its Aurèle pouch, away from the bathroom: a diamond scratches every other stone.',
      '- Claws are checked **once a year**, with a cleaning, **complimentary** at any Aurèle boutique. White gold’s rhodium is renewed every one to two years, on request.',
    ].join('\n'),
    [
      '## L’entretien des bijoux',
      '- À la maison : **de l’eau tiède savonneuse**, une brosse douce derrière les pierres, un chiffon doux. Jamais de dentifrice (abrasif) ni d’eau de Javel (elle attaque l’alliage).',
      '- **Jamais d’ultrasons ni de vapeur** pour les émeraudes (huilées), l’émail ou la nacre.',
      '- Les bijoux se mettent **en dernier**, après le parfum et les crèmes, et s’enlèvent en premier.',
      '- Chaque pièce se range **séparément**, dans sa pochette Aurèle, loin de la salle de bains : un diamant raye toutes les autres pierres.',
      '- Les griffes se vérifient **une fois par an**, avec un nettoyage, **gracieusement** dans toute boutique Aurèle. Le rhodiage de l’or gris se renouvelle tous les un à deux ans, sur demande.',
    ].join('\n'),
  ),
  fact('Last on, first off.', 'En dernier le matin, en premier le soir.'),
];

export const SERVICE_DESK_LESSON: readonly LessonBlock[] = [
  md(
    [
      '## Servicing',
      'A movement runs on a few drops of oil that age. When they dry, parts wear — silently, long before the timekeeping shows it. The maison recommends a **complete service every five to seven years**, and a **water-resistance check every year** for a watch worn in water.',
      'A complete service at the Manufacture: diagnosis and estimate; complete disassembly; cleaning of every part; replacement of worn parts and of all gaskets; reassembly and lubrication; regulation; water-resistance test and final control. About **eight weeks** — **twelve** for a Sentinelle Tourbillon. The watch then carries a **two-year service warranty**.',
      'The Ondine Secrète’s quartz battery is replaced **about every three years**, always followed by a water-resistance test: opening a case is never “just a battery”.',
    ],
    [
      '## La révision',
      'Un mouvement fonctionne grâce à quelques gouttes d’huile qui vieillissent. Lorsqu’elles sèchent, les pièces s’usent — en silence, bien avant que la marche ne le montre. La maison recommande une **révision complète tous les cinq à sept ans**, et un **contrôle d’étanchéité chaque année** pour une montre portée dans l’eau.',
      'Une révision complète à la Manufacture : diagnostic et devis ; démontage complet ; nettoyage de chaque pièce ; remplacement des pièces usées et de tous les joints ; remontage et lubrification ; réglage ; test d’étanchéité et contrôle final. Environ **huit semaines** — **douze** pour une Sentinelle Tourbillon. La montre bénéficie ensuite d’une **garantie de révision de deux ans**.',
      'La pile à quartz de l’Ondine Secrète se remplace **environ tous les trois ans**, toujours suivie d’un test d’étanchéité : ouvrir une boîte n’est jamais « juste une pile ».',
    ],
  ),
  md(
    [
      '## Receiving a watch in five steps',
      '1. **Listen** to the client describe how the watch behaves.',
      '2. **Inspect it together** under the loupe and note every mark.',
      '3. Run the **quick tests**: timing machine and water resistance.',
      '4. **Explain** the service, the estimate and the expected timing — honestly.',
      '5. Issue the **service receipt**, signed by the client.',
      '',
      'On the receipt, only what the service needs: the condition, the issue, the estimate and timing, and the contact the client chooses.',
    ].join('\n'),
    [
      '## Prendre en charge une montre en cinq étapes',
      '1. **Écouter** le client décrire le comportement de la montre.',
      '2. **L’examiner ensemble** à la loupe et noter chaque marque.',
      '3. Effectuer les **tests rapides** : appareil de mesure et étanchéité.',
      '4. **Expliquer** la révision, le devis et le délai prévu — honnêtement.',
      '5. Remettre le **bon de dépôt**, signé par le client.',
      '',
      'Sur le bon de dépôt, seulement ce qu’exige la révision : l’état, le problème, le devis et le délai, ainsi que le moyen de contact choisi par le client.',
    ].join('\n'),
  ),
  fact(
    'The Aurèle International Warranty: five years on every watch, from the date of purchase, honoured in every Aurèle boutique worldwide. Jewellery: two years.',
    'La Garantie internationale Aurèle : cinq ans sur chaque montre, à compter de la date d’achat, honorée dans toute boutique Aurèle à travers le monde. Joaillerie : deux ans.',
  ),
  md(
    'The warranty, activated at the sale, covers **manufacturing defects**. It does not cover wear (straps, everyday scratches), accidents, loss, theft, or a watch opened by a watchmaker outside the maison’s network. After a complete service, the original warranty does not restart: the work carries its own two-year service warranty.',
    'La garantie, activée au moment de la vente, couvre les **défauts de fabrication**. Elle ne couvre ni l’usure (bracelets, rayures du quotidien), ni les accidents, la perte ou le vol, ni une montre ouverte par un horloger extérieur au réseau de la maison. Après une révision complète, la garantie d’origine ne repart pas à zéro : le travail bénéficie de sa propre garantie de révision de deux ans.',
  ),
];

export const CLIENT_RITUAL_LESSON: readonly LessonBlock[] = [
  md(
    [
      '## Le Rituel Aurèle',
      'Five moments, known by their French names in every boutique: **L’Accueil** (welcome), **La Découverte** (discovery), **La Présentation** (presenting a piece), **La Réflexion** (time to reflect, and objections), **Le Lien** (the lasting bond). Each one earns the right to the next.',
    ],
    [
      '## Le Rituel Aurèle',
      'Cinq temps, connus sous leur nom français dans toutes les boutiques : **L’Accueil**, **La Découverte**, **La Présentation**, **La Réflexion**, **Le Lien**. Chacun ouvre le droit au suivant.',
    ],
  ),
  md(
    [
      '## L’Accueil',
      'Every client is acknowledged **within ten seconds** — a glance, a smile, a word — even when every advisor is busy. Greet, give your name, offer a drink; no selling, and the client sets the pace. If you are with another client, acknowledge the newcomer, say you will be with them shortly, and ask a colleague to offer a seat and a drink.',
    ],
    [
      '## L’Accueil',
      'Chaque client est salué **dans les dix secondes** — un regard, un sourire, un mot —, même lorsque tous les conseillers sont occupés. Saluez, donnez votre prénom, proposez une boisson ; aucune vente, et le client donne le rythme. Si vous êtes avec un autre client, saluez le nouveau venu, dites-lui que vous serez à lui très vite, et demandez à un collègue de lui proposer un siège et une boisson.',
    ],
  ),
  md(
    [
      '## La Découverte',
      'Ask **open questions** — what, who, how, tell me — and **listen about two-thirds of the time**:',
      '- “What brings you to Maison Aurèle today?”\n- “What moment would you like to mark?”\n- “Who will have the pleasure of wearing it?”\n- “Tell me about the watch you wear every day.”\n- “What caught your eye in the window?”',
      'Never lead with price. If the client shares a budget, honour it without comment.',
    ],
    [
      '## La Découverte',
      'Posez des **questions ouvertes** — quoi, qui, comment, parlez-moi — et **écoutez environ les deux tiers du temps** :',
      '- « Qu’est-ce qui vous amène à la Maison Aurèle aujourd’hui ? »\n- « Quel moment souhaitez-vous célébrer ? »\n- « Qui aura le plaisir de la porter ? »\n- « Parlez-moi de la montre que vous portez au quotidien. »\n- « Qu’est-ce qui a retenu votre regard en vitrine ? »',
      'N’abordez jamais le prix le premier. Si le client confie un budget, respectez-le sans commentaire.',
    ],
  ),
  image('gesture-two-hands-tray.svg', ['An advisor offering a watch in both hands above a navy leather tray, dial turned towards the client', 'Un conseiller présentant une montre à deux mains au-dessus d’un plateau en cuir bleu nuit, cadran tourné vers le client'], ['Both hands, dial towards the client.', 'Les deux mains, cadran vers le client.']),
  md(
    [
      '## La Présentation',
      'Bring **three pieces at most** to the navy leather tray; one returns to the showcase before another comes out. Offer each piece **with both hands, dial towards the client**. Invite the client to **try it early**, in the mirror, before any long description. Then present one feature in three steps:',
      '**The fact** — “The dial is grand feu enamel.” **The meaning** — “Its blue will never fade.” **The story** — “Héloïse Vautier founded our enamel atelier in 1854.”',
    ],
    [
      '## La Présentation',
      'Apportez **trois créations au plus** sur le plateau en cuir bleu nuit ; l’une retourne en vitrine avant qu’une autre n’en sorte. Présentez chaque pièce **à deux mains, cadran vers le client**. Invitez-le à **l’essayer tôt**, dans le miroir, avant toute longue description. Présentez ensuite un détail en trois temps :',
      '**Le fait** — « Le cadran est en émail grand feu. » **Le sens** — « Son bleu ne passera jamais. » **Le récit** — « Héloïse Vautier a fondé notre atelier d’émail en 1854. »',
    ],
  ),
  fact(
    'Heritage storytelling: one story, linked to what the client said; brief; exact. Never the whole timeline, never an embellishment.',
    'Raconter la maison : une seule histoire, liée à ce que le client a confié ; brève ; exacte. Jamais toute la chronologie, jamais un embellissement.',
  ),
];

export const OBJECTIONS_LESSON: readonly LessonBlock[] = [
  md(
    [
      '## La Réflexion: a remark about price',
      'A remark about price is rarely a “no”: it is a question about value. Answer in four steps:',
      '1. **Acknowledge** calmly, without defending or apologising — “I understand, it is a real decision.”\n2. **Explore** what matters most to the client.\n3. **Re-anchor** on what is true of the piece: the hours (four hours of guilloché for one Rhône dial), the materials (grand feu never fades), the care that follows it (five-year warranty, service for generations).\n4. **Propose**, if it helps, another size or material — the Rhône 38 in steel keeps the AU-1837 and the Rayons d’Aurore dial — as a choice in its own right.',
      'The maison **never discounts**: its prices are the same for every client, in every boutique. Say it simply, then return to the piece. Never use urgency or comparisons with other maisons.',
    ],
    [
      '## La Réflexion : une remarque sur le prix',
      'Une remarque sur le prix est rarement un « non » : c’est une question sur la valeur. Répondez en quatre temps :',
      '1. **Accueillir** avec calme, sans se justifier ni s’excuser — « Je comprends, c’est une vraie décision. »\n2. **Explorer** ce qui compte le plus pour le client.\n3. **Réancrer** sur ce qui est vrai de la pièce : les heures (quatre heures de guillochage pour un cadran Rhône), les matières (le grand feu ne passe jamais), le soin qui l’accompagne (garantie de cinq ans, service pour des générations).\n4. **Proposer**, si cela aide, une autre taille ou un autre métal — la Rhône 38 en acier garde l’AU-1837 et le cadran Rayons d’Aurore — comme un choix à part entière.',
      'La maison **ne remise jamais** : ses prix sont les mêmes pour chaque client, dans chaque boutique. Dites-le simplement, puis revenez à la pièce. Jamais d’urgence, jamais de comparaison avec d’autres maisons.',
    ],
  ),
  md(
    [
      '## La Réflexion: “I need to think about it”',
      'Time to reflect is part of the ritual. Offer to **reserve the piece for 48 hours**, to arrange a **private appointment** — with a partner, if the client wishes — and your card. Never invent urgency; if a piece really is the last one, say so as information. Let the client leave as warmly as they came in.',
    ],
    [
      '## La Réflexion : « J’ai besoin d’y réfléchir »',
      'Le temps de la réflexion fait partie du rituel. Proposez de **réserver la pièce 48 heures**, d’organiser un **rendez-vous privé** — à deux, si le client le souhaite — et remettez votre carte. N’inventez jamais d’urgence ; si une pièce est réellement la dernière, dites-le comme une information. Laissez le client repartir aussi chaleureusement qu’il est arrivé.',
    ],
  ),
  fact(
    'Le Lien: a handwritten card within 48 hours; a courtesy message after about three weeks; a note on the first anniversary; a reminder when the service falls due.',
    'Le Lien : une carte manuscrite sous 48 heures ; un message de courtoisie après environ trois semaines ; un mot au premier anniversaire ; un rappel lorsque la révision arrive à échéance.',
  ),
  md(
    [
      '## Le Lien',
      'The courtesy message asks **how the piece is living with the client** and offers help — a strap adjustment, a question. It never sells.',
      'Follow up **only with the client’s consent**, through **the channel they chose**, from the maison’s tools — never a personal phone. The client book holds only what the relationship needs, and a client’s details are never passed around. No consent, no message: the bond is then kept in the boutique, by recognising the client when they return.',
    ],
    [
      '## Le Lien',
      'Le message de courtoisie demande **comment la pièce vit avec le client** et propose son aide — un ajustement de bracelet, une question. Il ne vend jamais.',
      'Ne recontactez un client **qu’avec son consentement**, par **le canal qu’il a choisi**, depuis les outils de la maison — jamais depuis un téléphone personnel. Le carnet client ne contient que ce dont la relation a besoin, et les coordonnées d’un client ne sont jamais transmises. Sans consentement, aucun message : le lien se cultive alors en boutique, en reconnaissant le client lorsqu’il revient.',
    ],
  ),
];
