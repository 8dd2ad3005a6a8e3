import type { PackageQuestion } from '@savoir/domain';
import { imageChoice, item, matching, multiple, ordering, picture, right, single, t, trueFalse, wrong } from './build';

/** The founders, the name, the emblem and the motto (module onboarding.founding-challenge). */
export const FOUNDING_QUESTIONS: readonly PackageQuestion[] = [
  single(
    'q.heritage.founding-city-year',
    ['heritage.founding-story'],
    1,
    t('Where and when was Maison Aurèle founded?', 'Où et quand la Maison Aurèle a-t-elle été fondée ?'),
    [
      wrong('a', 'Paris, 1837', 'Paris, 1837'),
      right('b', 'Geneva, 1837', 'Genève, 1837'),
      wrong('c', 'Geneva, 1871', 'Genève, 1871'),
      wrong('d', 'Paris, 1908', 'Paris, 1908'),
    ],
    t(
      'Aurèle and Héloïse Vautier opened their workshop in Geneva in 1837. 1871 is the year of La Sentinelle, the first tourbillon; 1908 is the year the Paris salon opened on Place Vendôme.',
      'Aurèle et Héloïse Vautier ouvrent leur atelier à Genève en 1837. 1871 est l’année de La Sentinelle, le premier tourbillon ; 1908, celle de l’ouverture du salon parisien, place Vendôme.',
    ),
  ),
  single(
    'q.heritage.founders',
    ['heritage.founding-story'],
    1,
    t('Who founded the maison?', 'Qui a fondé la maison ?'),
    [
      wrong('a', 'Aurèle Vautier and his brother', 'Aurèle Vautier et son frère'),
      wrong('b', 'Léonie Vautier', 'Léonie Vautier'),
      right('c', 'Aurèle Vautier, watchmaker, and his wife Héloïse, enameller', 'Aurèle Vautier, horloger, et son épouse Héloïse, émailleuse'),
      wrong('d', 'A group of Geneva watchmakers', 'Un groupe d’horlogers genevois'),
    ],
    t(
      'The maison was founded by a couple: Aurèle Vautier, a watchmaker, and Héloïse Vautier, née Marchal, a miniature enamel painter. From the first day, the maison joined the exact hour and the art of the dial. Léonie, their granddaughter, came later and opened Paris in 1908.',
      'La maison est née d’un couple : Aurèle Vautier, horloger, et Héloïse Vautier, née Marchal, peintre en miniature sur émail. Dès le premier jour, la maison unit l’heure juste et l’art du cadran. Léonie, leur petite-fille, ouvrira Paris bien plus tard, en 1908.',
    ),
  ),
  trueFalse(
    'q.heritage.heloise-enameller',
    ['heritage.founding-story'],
    2,
    t('True or false: Héloïse Vautier was a miniature enamel painter before she co-founded the maison.', 'Vrai ou faux : Héloïse Vautier était peintre en miniature sur émail avant de cofonder la maison.'),
    true,
    t(
      'True. Héloïse painted miniatures on enamel before 1837, and in 1854 she founded the Atelier des Émaux, which still makes every grand feu dial of the maison.',
      'Vrai. Héloïse peignait des miniatures sur émail avant 1837 ; en 1854, elle fonde l’Atelier des Émaux, qui réalise aujourd’hui encore chaque cadran grand feu de la maison.',
    ),
  ),
  single(
    'q.heritage.first-workshop',
    ['heritage.founding-story', 'heritage.boutiques'],
    2,
    t('Where did Aurèle and Héloïse open their first workshop?', 'Où Aurèle et Héloïse ouvrent-ils leur premier atelier ?'),
    [
      wrong('a', 'Place Vendôme, Paris', 'Place Vendôme, à Paris'),
      wrong('b', 'At the Manufacture des Tilleuls', 'À la Manufacture des Tilleuls'),
      wrong('c', 'In a farmhouse in the Jura', 'Dans une ferme du Jura'),
      right('d', '17 Rue du Rhône, Geneva', 'Au 17, rue du Rhône, à Genève'),
    ],
    t(
      'The first workshop was at 17 Rue du Rhône, Geneva — the very address where the Genève Rhône boutique welcomes clients today. The Manufacture des Tilleuls only opened in 2004.',
      'Le premier atelier se trouvait au 17, rue du Rhône, à Genève — l’adresse même où la boutique Genève Rhône reçoit aujourd’hui ses clients. La Manufacture des Tilleuls n’a ouvert qu’en 2004.',
    ),
  ),
  trueFalse(
    'q.heritage.rhone-boutique-site',
    ['heritage.boutiques', 'heritage.founding-story'],
    2,
    t('True or false: the Genève Rhône boutique stands at the address of the maison’s first workshop.', 'Vrai ou faux : la boutique Genève Rhône se trouve à l’adresse du premier atelier de la maison.'),
    true,
    t(
      'True. Since 1837 the maison has never left 17 Rue du Rhône: the workshop became its first salon, and it is the Genève Rhône boutique today. A moving detail to share with a client visiting Geneva.',
      'Vrai. Depuis 1837, la maison n’a jamais quitté le 17, rue du Rhône : l’atelier est devenu son premier salon, aujourd’hui la boutique Genève Rhône. Un détail émouvant à partager avec un client de passage à Genève.',
    ),
  ),
  multiple(
    'q.heritage.name-meaning',
    ['heritage.name-and-emblem'],
    2,
    t('What does the name Aurèle carry? Select all that apply.', 'Que porte en lui le nom Aurèle ? Sélectionnez toutes les bonnes réponses.'),
    [
      right('a', 'The first name of the founder, Aurèle Vautier', 'Le prénom du fondateur, Aurèle Vautier'),
      right('b', 'Gold: it comes from the Latin aureus, “golden”', 'L’or : il vient du latin aureus, « doré »'),
      right('c', 'The dawn, “aurore”, which inspired the rising-sun emblem', 'L’aurore, qui a inspiré l’emblème du soleil levant'),
      wrong('d', 'The river Rhône', 'Le Rhône'),
      wrong('e', 'A village of the Jura', 'Un village du Jura'),
    ],
    t(
      'Aurèle is the founder’s first name; it comes from the Latin aureus, “golden”, and it echoes “aurore”, the dawn — hence the rising sun of the emblem. The Rhône is the street of the first workshop, not the origin of the name.',
      'Aurèle est le prénom du fondateur ; il vient du latin aureus, « doré », et fait écho à l’aurore — d’où le soleil levant de l’emblème. Le Rhône est la rue du premier atelier, non l’origine du nom.',
    ),
  ),
  imageChoice(
    'q.heritage.emblem-image',
    ['heritage.name-and-emblem'],
    1,
    t('Which image shows the emblem of Maison Aurèle?', 'Quelle image montre l’emblème de la Maison Aurèle ?'),
    [
      picture('a', false, 'emblem-crescent.svg', t('Emblem A', 'Emblème A'), t('A crescent moon beside a five-pointed star, engraved in gold', 'Un croissant de lune près d’une étoile à cinq branches, gravés dans l’or')),
      picture('b', true, 'emblem-rising-sun.svg', t('Emblem B', 'Emblème B'), t('A half sun rising over a line, with twelve straight rays', 'Un demi-soleil se levant au-dessus d’une ligne, avec douze rayons droits')),
      picture('c', false, 'emblem-lion.svg', t('Emblem C', 'Emblème C'), t('A standing lion holding a key', 'Un lion dressé tenant une clé')),
      picture('d', false, 'emblem-compass.svg', t('Emblem D', 'Emblème D'), t('An eight-pointed compass rose', 'Une rose des vents à huit branches')),
    ],
    t(
      'The emblem is a rising sun with twelve rays, one for each hour of the dial. It is the dawn — “aurore” — of the maison’s name, and it is engraved on every crown and every clasp.',
      'L’emblème est un soleil levant à douze rayons, un pour chaque heure du cadran. C’est l’aurore que l’on entend dans le nom de la maison ; il est gravé sur chaque couronne et chaque fermoir.',
    ),
  ),
  trueFalse(
    'q.heritage.emblem-rays',
    ['heritage.name-and-emblem'],
    1,
    t('True or false: the rising sun of the emblem has twelve rays, one for each hour of the dial.', 'Vrai ou faux : le soleil levant de l’emblème compte douze rayons, un pour chaque heure du cadran.'),
    true,
    t(
      'True. Twelve rays, twelve hours: the emblem joins the dawn of the name and the watchmaker’s dial. The same rays inspired the Rayons d’Aurore guilloché.',
      'Vrai. Douze rayons, douze heures : l’emblème unit l’aurore du nom et le cadran de l’horloger. Ces mêmes rayons ont inspiré le guilloché Rayons d’Aurore.',
    ),
  ),
  single(
    'q.heritage.motto',
    ['heritage.name-and-emblem'],
    2,
    t('What is the motto of the maison?', 'Quelle est la devise de la maison ?'),
    [
      wrong('a', '“Le temps est d’or”', '« Le temps est d’or »'),
      wrong('b', '“Précieux depuis 1837”', '« Précieux depuis 1837 »'),
      right('c', '“L’heure juste, la main sûre”', '« L’heure juste, la main sûre »'),
      wrong('d', '“Toujours plus loin”', '« Toujours plus loin »'),
    ],
    t(
      '“L’heure juste, la main sûre” — the true hour, the sure hand. It names the two sides of the maison since 1837: the watchmaker’s precision and the craftsman’s hand. It is always quoted in French.',
      '« L’heure juste, la main sûre » : la précision de l’horloger et la main de l’artisan, les deux visages de la maison depuis 1837. Elle se cite toujours en français, dans toutes les boutiques.',
    ),
  ),
  matching(
    'q.heritage.family-roles',
    ['heritage.founding-story', 'heritage.milestones'],
    3,
    t('Match each member of the Vautier family with their part in the story.', 'Associez chaque membre de la famille Vautier à son rôle dans l’histoire de la maison.'),
    [
      [item('aurele', 'Aurèle Vautier', 'Aurèle Vautier'), item('sentinelle', 'Watchmaker; built La Sentinelle in 1871', 'Horloger ; réalise La Sentinelle en 1871')],
      [item('heloise', 'Héloïse Vautier', 'Héloïse Vautier'), item('emaux', 'Enameller; founded the Atelier des Émaux in 1854', 'Émailleuse ; fonde l’Atelier des Émaux en 1854')],
      [item('leonie', 'Léonie Vautier', 'Léonie Vautier'), item('vendome', 'Opened the Paris salon and the first jewellery atelier in 1908', 'Ouvre le salon de Paris et le premier atelier de joaillerie en 1908')],
      [item('clemence', 'Clémence Vautier', 'Clémence Vautier'), item('president', 'Sixth generation; president since 2016', 'Sixième génération ; présidente depuis 2016')],
    ],
    t(
      'Four names carry the story: the founding couple Aurèle (the watchmaker of La Sentinelle) and Héloïse (the enameller), their granddaughter Léonie who brought the maison to Paris and to jewellery, and Clémence, the sixth generation, who leads it today.',
      'Quatre prénoms portent l’histoire : le couple fondateur, Aurèle (l’horloger de La Sentinelle) et Héloïse (l’émailleuse), leur petite-fille Léonie qui mène la maison à Paris et à la joaillerie, et Clémence, sixième génération, qui la dirige aujourd’hui.',
    ),
  ),
  single(
    'q.heritage.family-owned',
    ['heritage.founding-story'],
    2,
    t('Who owns Maison Aurèle today?', 'À qui appartient la Maison Aurèle aujourd’hui ?'),
    [
      right('a', 'The Vautier family, now in its sixth generation', 'À la famille Vautier, aujourd’hui à sa sixième génération'),
      wrong('b', 'A luxury group listed in Paris', 'À un groupe de luxe coté à Paris'),
      wrong('c', 'A Geneva private bank', 'À une banque privée genevoise'),
      wrong('d', 'Its employees, through a foundation', 'À ses collaborateurs, par l’intermédiaire d’une fondation'),
    ],
    t(
      'The maison has remained in the Vautier family since 1837; Clémence Vautier, sixth generation, has led it since 2016. Independence is why the maison can make a Sentinelle Tourbillon at only 37 pieces a year.',
      'La maison est restée dans la famille Vautier depuis 1837 ; Clémence Vautier, sixième génération, la dirige depuis 2016. C’est cette indépendance qui permet de ne réaliser que 37 Sentinelle Tourbillon par an.',
    ),
  ),
  trueFalse(
    'q.heritage.cabinotier',
    ['heritage.founding-story'],
    3,
    t(
      'True or false: Aurèle Vautier trained as a cabinotier, one of the Geneva watchmakers who worked in the light of top-floor workshops.',
      'Vrai ou faux : Aurèle Vautier a été formé comme cabinotier, ces horlogers genevois qui travaillaient à la lumière des ateliers sous les toits.',
    ),
    true,
    t(
      'True. Aurèle learnt his craft as a cabinotier, in the bright attic workshops — the “cabinets” — of Geneva, before opening his own workshop on the Rue du Rhône in 1837.',
      'Vrai. Aurèle apprend son métier comme cabinotier, dans les ateliers lumineux sous les toits de Genève — les « cabinets » —, avant d’ouvrir son propre atelier rue du Rhône en 1837.',
    ),
  ),
  multiple(
    'q.heritage.origin-answer',
    ['heritage.founding-story', 'clienteling.storytelling'],
    2,
    t('A client asks where the maison comes from. Which belong in a short, accurate answer? Select all that apply.', 'Un client demande d’où vient la maison. Qu’est-ce qui a sa place dans une réponse brève et exacte ? Sélectionnez toutes les bonnes réponses.'),
    [
      right('a', 'It was founded in Geneva in 1837', 'Elle a été fondée à Genève en 1837'),
      right('b', 'Its founders were a watchmaker and an enameller, husband and wife', 'Ses fondateurs étaient un horloger et une émailleuse, mari et femme'),
      wrong('c', 'It is the oldest maison in the world', 'C’est la plus ancienne maison du monde'),
      right('d', 'The first workshop stood where the Genève Rhône boutique is today', 'Le premier atelier se trouvait là où est aujourd’hui la boutique Genève Rhône'),
      wrong('e', 'It was founded in Paris by Léonie Vautier', 'Elle a été fondée à Paris par Léonie Vautier'),
    ],
    t(
      'Three exact facts make a good answer: Geneva, 1837; a watchmaker and an enameller; the Rue du Rhône address. Never claim a superlative the maison does not claim (“the oldest”), and keep Léonie for the Paris chapter of 1908.',
      'Trois faits exacts suffisent : Genève, 1837 ; un horloger et une émailleuse ; l’adresse de la rue du Rhône. Ne revendiquez jamais un superlatif que la maison ne revendique pas (« la plus ancienne »), et réservez Léonie au chapitre parisien de 1908.',
    ),
  ),
];

/** Milestones, ateliers and boutiques (module onboarding.timeline-challenge). */
export const TIMELINE_QUESTIONS: readonly PackageQuestion[] = [
  ordering(
    'q.heritage.timeline-early',
    ['heritage.milestones'],
    2,
    t('Put these early milestones in order, from the oldest.', 'Remettez ces premières grandes dates dans l’ordre, de la plus ancienne à la plus récente.'),
    [
      item('workshop', 'The workshop opens at 17 Rue du Rhône', 'L’atelier ouvre au 17, rue du Rhône'),
      item('emaux', 'Héloïse founds the Atelier des Émaux', 'Héloïse fonde l’Atelier des Émaux'),
      item('sentinelle', 'Aurèle completes La Sentinelle, the first tourbillon', 'Aurèle achève La Sentinelle, le premier tourbillon'),
      item('paris', 'Léonie opens the Paris salon on Place Vendôme', 'Léonie ouvre le salon parisien, place Vendôme'),
    ],
    t(
      '1837 the workshop; 1854 the Atelier des Émaux; 1871 La Sentinelle; 1908 Place Vendôme and the first jewellery. Watchmaking and enamel came first, jewellery seventy years later.',
      '1837, l’atelier ; 1854, l’Atelier des Émaux ; 1871, La Sentinelle ; 1908, la place Vendôme et la première joaillerie. L’horlogerie et l’émail d’abord, la joaillerie soixante-dix ans plus tard.',
    ),
  ),
  ordering(
    'q.heritage.timeline-modern',
    ['heritage.milestones'],
    4,
    t('Put these milestones of the twentieth and twenty-first centuries in order, from the oldest.', 'Remettez ces grandes dates des XXe et XXIe siècles dans l’ordre, de la plus ancienne à la plus récente.'),
    [
      item('envol', 'The first Envol chronograph, for aviators', 'Le premier chronographe Envol, pour les aviateurs'),
      item('maree', 'The first Marée diving watch', 'La première montre de plongée Marée'),
      item('ondine', 'The Ondine line, for the 150th anniversary', 'La ligne Ondine, pour le 150e anniversaire'),
      item('tilleuls', 'The Manufacture des Tilleuls opens', 'Ouverture de la Manufacture des Tilleuls'),
      item('tourbillon', 'The Sentinelle Tourbillon revives the name of 1871', 'La Sentinelle Tourbillon fait revivre le nom de 1871'),
    ],
    t(
      '1931 Envol; 1962 Marée; 1987 Ondine (150 years); 2004 the Manufacture des Tilleuls; 2021 the Sentinelle Tourbillon, 150 years after La Sentinelle.',
      '1931, Envol ; 1962, Marée ; 1987, Ondine (150 ans) ; 2004, la Manufacture des Tilleuls ; 2021, la Sentinelle Tourbillon, 150 ans après La Sentinelle.',
    ),
  ),
  ordering(
    'q.heritage.boutique-openings',
    ['heritage.boutiques'],
    2,
    t('Order the four boutiques by the year the maison first received clients there.', 'Classez les quatre boutiques selon l’année où la maison y a reçu ses premiers clients.'),
    [
      item('geneve', 'Genève Rhône', 'Genève Rhône'),
      item('paris', 'Paris Vendôme', 'Paris Vendôme'),
      item('tokyo', 'Tokyo Ginza', 'Tokyo Ginza'),
      item('singapore', 'Singapore Marina', 'Singapore Marina'),
    ],
    t(
      'Genève Rhône since 1837 (the first workshop), Paris Vendôme since 1908, Tokyo Ginza since 1989 — the first in Asia — and Singapore Marina since 2012.',
      'Genève Rhône depuis 1837 (le premier atelier), Paris Vendôme depuis 1908, Tokyo Ginza depuis 1989 — la première en Asie — et Singapore Marina depuis 2012.',
    ),
  ),
  single(
    'q.heritage.sentinelle-1871',
    ['heritage.milestones', 'product.tourbillon'],
    2,
    t('What was La Sentinelle, completed in 1871?', 'Qu’était La Sentinelle, achevée en 1871 ?'),
    [
      wrong('a', 'The maison’s first wristwatch chronograph', 'Le premier chronographe-bracelet de la maison'),
      right('b', 'The maison’s first tourbillon, a pocket watch made by Aurèle Vautier himself', 'Le premier tourbillon de la maison, une montre de poche réalisée par Aurèle Vautier lui-même'),
      wrong('c', 'The first Aurèle diving watch', 'La première montre de plongée Aurèle'),
      wrong('d', 'The name of the first Paris salon', 'Le nom du premier salon parisien'),
    ],
    t(
      'La Sentinelle was a tourbillon pocket watch that Aurèle made with his own hands in 1871. In 2021, for its 150th anniversary, the Sentinelle Tourbillon and its Calibre AU-1871 T took up the name.',
      'La Sentinelle était une montre de poche à tourbillon qu’Aurèle réalisa de ses mains en 1871. En 2021, pour ses 150 ans, la Sentinelle Tourbillon et son calibre AU-1871 T en ont repris le nom.',
    ),
  ),
  single(
    'q.heritage.envol-1931',
    ['heritage.milestones', 'product.envol-collection'],
    2,
    t('For whom was the first Envol chronograph made, in 1931?', 'Pour qui le premier chronographe Envol a-t-il été conçu, en 1931 ?'),
    [
      wrong('a', 'Divers of the Geneva lake rescue service', 'Les plongeurs du sauvetage du lac de Genève'),
      wrong('b', 'Doctors, to take a pulse', 'Les médecins, pour prendre le pouls'),
      right('c', 'The aviators of a Genevan flying school', 'Les aviateurs d’une école de pilotage genevoise'),
      wrong('d', 'Racing drivers', 'Les pilotes de course automobile'),
    ],
    t(
      'Envol — “take-off” — was born in 1931 for the aviators of a Genevan flying school, who timed their flights with it. Today’s Envol Chronographe 41 keeps its legible counters and its tachymeter scale.',
      'Envol est né en 1931 pour les aviateurs d’une école de pilotage genevoise, qui chronométraient leurs vols à son poignet. L’Envol Chronographe 41 d’aujourd’hui en garde les compteurs lisibles et l’échelle tachymétrique.',
    ),
  ),
  trueFalse(
    'q.heritage.jewellery-since-1837',
    ['heritage.milestones'],
    2,
    t('True or false: Maison Aurèle has made jewellery since its founding in 1837.', 'Vrai ou faux : la Maison Aurèle crée des bijoux depuis sa fondation en 1837.'),
    false,
    t(
      'False. The maison was a watchmaker and an enameller for its first seventy years. Jewellery began in 1908, when Léonie Vautier opened the Paris salon and founded the Atelier Vendôme.',
      'Faux. Pendant ses soixante-dix premières années, la maison est horlogère et émailleuse. La joaillerie commence en 1908, lorsque Léonie Vautier ouvre le salon de Paris et fonde l’Atelier Vendôme.',
    ),
  ),
  matching(
    'q.heritage.ateliers-crafts',
    ['heritage.ateliers'],
    2,
    t('Match each atelier with what it makes.', 'Associez chaque atelier à ce qu’il réalise.'),
    [
      [item('tilleuls', 'Manufacture des Tilleuls', 'Manufacture des Tilleuls'), item('movements', 'Movements: design, assembly, finishing and testing', 'Les mouvements : conception, assemblage, finitions et contrôle')],
      [item('emaux', 'Atelier des Émaux', 'Atelier des Émaux'), item('enamel', 'Grand feu enamel dials and jewellery enamels', 'Les cadrans en émail grand feu et les émaux de joaillerie')],
      [item('guillochage', 'Guilloché atelier', 'Atelier de guillochage'), item('engine', 'Hand engine-turning on rose engines', 'Le guillochage à la main sur tours à guillocher')],
      [item('vendome', 'Atelier Vendôme', 'Atelier Vendôme'), item('jewels', 'Jewellery, goldsmithing and gem-setting, in Paris', 'La joaillerie, l’orfèvrerie et le sertissage, à Paris')],
    ],
    t(
      'Three ateliers live in Geneva, inside the Manufacture des Tilleuls: movements, enamel and guilloché. The Atelier Vendôme, above the Paris boutique since 1908, makes the jewellery.',
      'Trois ateliers vivent à Genève, au sein de la Manufacture des Tilleuls : mouvements, émail et guillochage. L’Atelier Vendôme, au-dessus de la boutique de Paris depuis 1908, réalise la joaillerie.',
    ),
  ),
  single(
    'q.heritage.manufacture-opening',
    ['heritage.ateliers', 'heritage.milestones'],
    3,
    t('When did the Manufacture des Tilleuls open, bringing movement-making back under one roof?', 'Quand la Manufacture des Tilleuls a-t-elle ouvert, réunissant à nouveau la fabrication des mouvements sous un même toit ?'),
    [
      wrong('a', '1837', '1837'),
      wrong('b', '1962', '1962'),
      right('c', '2004', '2004'),
      wrong('d', '2015', '2015'),
    ],
    t(
      'The Manufacture des Tilleuls opened on the edge of Geneva in 2004. The Atelier des Émaux and the guilloché atelier moved in with the watchmakers. 2015 is the year of the silicon hairspring.',
      'La Manufacture des Tilleuls ouvre aux portes de Genève en 2004 ; l’Atelier des Émaux et l’atelier de guillochage s’y installent auprès des horlogers. 2015 est l’année du spiral en silicium.',
    ),
  ),
  trueFalse(
    'q.heritage.emaux-inside-manufacture',
    ['heritage.ateliers'],
    3,
    t('True or false: the Atelier des Émaux now works in Paris, next to the Atelier Vendôme.', 'Vrai ou faux : l’Atelier des Émaux travaille aujourd’hui à Paris, à côté de l’Atelier Vendôme.'),
    false,
    t(
      'False. Founded in Geneva by Héloïse in 1854, the Atelier des Émaux has worked inside the Manufacture des Tilleuls, in Geneva, since 2004. Only the jewellery atelier is in Paris.',
      'Faux. Fondé à Genève par Héloïse en 1854, l’Atelier des Émaux travaille depuis 2004 au sein de la Manufacture des Tilleuls, à Genève. Seul l’atelier de joaillerie est à Paris.',
    ),
  ),
  single(
    'q.heritage.ondine-anniversary',
    ['heritage.milestones', 'product.ondine-collection'],
    3,
    t('Which creation celebrated the maison’s 150th anniversary in 1987?', 'Quelle création a célébré les 150 ans de la maison en 1987 ?'),
    [
      wrong('a', 'Marée', 'Marée'),
      right('b', 'Ondine', 'Ondine'),
      wrong('c', 'Séléné', 'Séléné'),
      wrong('d', 'Serment', 'Serment'),
    ],
    t(
      'Ondine, the wave, was drawn for the 150th anniversary in 1987, in homage to the waters of the Rhône that flow past the first workshop. Marée dates from 1962.',
      'Ondine, la vague, a été dessinée pour les 150 ans de la maison en 1987, en hommage aux eaux du Rhône qui coulent devant le premier atelier. Marée date de 1962.',
    ),
  ),
  imageChoice(
    'q.heritage.atelier-vendome-image',
    ['heritage.ateliers'],
    2,
    t('Which photograph was taken in the Atelier Vendôme?', 'Quelle photographie a été prise à l’Atelier Vendôme ?'),
    [
      picture('a', false, 'atelier-tourbillon-assembly.svg', t('Photograph A', 'Photographie A'), t('A watchmaker with a loupe assembling a small rotating cage', 'Un horloger à la loupe assemblant une petite cage tournante')),
      picture('b', false, 'atelier-enamel-kiln.svg', t('Photograph B', 'Photographie B'), t('An enameller sliding a dial into a glowing kiln', 'Une émailleuse glissant un cadran dans un four incandescent')),
      picture('c', true, 'atelier-gem-setter.svg', t('Photograph C', 'Photographie C'), t('A craftsman at a microscope pushing small claws over a diamond in a ring', 'Un artisan au microscope rabattant de petites griffes sur le diamant d’une bague')),
      picture('d', false, 'atelier-rose-engine.svg', t('Photograph D', 'Photographie D'), t('A craftsman turning the crank of a large engine-turning lathe', 'Un artisan tournant la manivelle d’un grand tour à guillocher')),
    ],
    t(
      'The Atelier Vendôme makes jewellery: gem-setting, as in photograph C, is its daily work. Tourbillon assembly, enamel firing and engine-turning all happen in Geneva, at the Manufacture des Tilleuls.',
      'L’Atelier Vendôme réalise la joaillerie : le sertissage, comme sur la photographie C, est son quotidien. L’assemblage des tourbillons, la cuisson de l’émail et le guillochage ont lieu à Genève, à la Manufacture des Tilleuls.',
    ),
  ),
  multiple(
    'q.heritage.leonie',
    ['heritage.milestones'],
    3,
    t('Which of these did Léonie Vautier do? Select all that apply.', 'Qu’a accompli Léonie Vautier ? Sélectionnez toutes les bonnes réponses.'),
    [
      right('a', 'Opened the Paris salon on Place Vendôme in 1908', 'Ouvrir le salon parisien de la place Vendôme en 1908'),
      wrong('b', 'Built La Sentinelle', 'Réaliser La Sentinelle'),
      right('c', 'Founded the Atelier Vendôme, the maison’s jewellery atelier', 'Fonder l’Atelier Vendôme, l’atelier de joaillerie de la maison'),
      right('d', 'Drew the first ivy of Lierre in her 1912 sketchbook', 'Dessiner le premier lierre de Lierre dans son carnet de 1912'),
      wrong('e', 'Opened the Tokyo Ginza boutique', 'Ouvrir la boutique Tokyo Ginza'),
    ],
    t(
      'Léonie, granddaughter of the founders, took the maison to Paris and to jewellery: the salon and the Atelier Vendôme in 1908, and the ivy of her 1912 sketchbook that became the Lierre collection. La Sentinelle was her grandfather’s; Tokyo came in 1989.',
      'Léonie, petite-fille des fondateurs, a mené la maison à Paris et à la joaillerie : le salon et l’Atelier Vendôme en 1908, puis le lierre de son carnet de 1912, devenu la collection Lierre. La Sentinelle est l’œuvre de son grand-père ; Tokyo viendra en 1989.',
    ),
  ),
  trueFalse(
    'q.heritage.tokyo-first-asia',
    ['heritage.boutiques'],
    2,
    t('True or false: Tokyo Ginza, opened in 1989, was the maison’s first boutique in Asia.', 'Vrai ou faux : Tokyo Ginza, ouverte en 1989, a été la première boutique de la maison en Asie.'),
    true,
    t(
      'True. Tokyo Ginza opened in 1989 as the first Aurèle boutique in Asia; Singapore Marina followed in 2012.',
      'Vrai. Tokyo Ginza ouvre en 1989, première boutique Aurèle en Asie ; Singapore Marina suit en 2012.',
    ),
  ),
  single(
    'q.heritage.silicon-2015',
    ['heritage.milestones', 'service.magnetism'],
    3,
    t('What changed in every automatic Aurèle calibre in 2015?', 'Qu’est-ce qui a changé dans tous les calibres automatiques Aurèle en 2015 ?'),
    [
      wrong('a', 'They became quartz', 'Ils sont passés au quartz'),
      right('b', 'They received a silicon hairspring', 'Ils ont reçu un spiral en silicium'),
      wrong('c', 'Their rotors became ceramic', 'Leurs masses oscillantes sont devenues en céramique'),
      wrong('d', 'Their power reserve doubled', 'Leur réserve de marche a doublé'),
    ],
    t(
      'Since 2015 every automatic calibre beats with a silicon hairspring: light, insensitive to magnetism and to temperature. The rotor of the AU-1837 remains in Or Aurore.',
      'Depuis 2015, chaque calibre automatique bat au rythme d’un spiral en silicium : léger, insensible au magnétisme et aux variations de température. La masse oscillante de l’AU-1837 reste en Or Aurore.',
    ),
  ),
];
