import type { PackageQuestion } from '@savoir/domain';
import { imageChoice, item, matching, multiple, numeric, ordering, picture, right, single, t, trueFalse, wrong } from './build';

/** Movement basics, the Calibre AU-1837 and hand-finishing (module onboarding.movements-quiz). */
export const MOVEMENTS_QUESTIONS: readonly PackageQuestion[] = [
  single(
    'q.movements.automatic-what',
    ['product.movement-basics'],
    1,
    t('What winds an automatic movement?', 'Qu’est-ce qui remonte un mouvement automatique ?'),
    [
      wrong('a', 'A battery', 'Une pile'),
      right('b', 'A rotor that turns with the movements of the wrist', 'Une masse oscillante qui tourne au gré des mouvements du poignet'),
      wrong('c', 'Light falling on the dial', 'La lumière qui tombe sur le cadran'),
      wrong('d', 'Only the crown, turned every morning', 'Uniquement la couronne, tournée chaque matin'),
    ],
    t(
      'In an automatic movement, the rotor — in Or Aurore on the AU-1837 — turns with every gesture and winds the mainspring. The crown can still wind it, for instance after a few days off the wrist.',
      'Dans un mouvement automatique, la masse oscillante — en Or Aurore sur l’AU-1837 — tourne à chaque geste et remonte le ressort de barillet. La couronne peut toujours le remonter, par exemple après quelques jours hors du poignet.',
    ),
  ),
  trueFalse(
    'q.movements.quartz-battery',
    ['product.movement-basics'],
    1,
    t('True or false: a quartz movement is powered by a battery and kept on time by a vibrating quartz crystal.', 'Vrai ou faux : un mouvement à quartz est alimenté par une pile et réglé par un cristal de quartz qui vibre.'),
    true,
    t(
      'True. The maison uses quartz only where a jewellery watch asks for slimness and ease: the Calibre AU-Q08 of the Ondine Secrète. Every other Aurèle calibre is mechanical.',
      'Vrai. La maison n’emploie le quartz que lorsqu’une montre-bijou demande finesse et simplicité : le calibre AU-Q08 de l’Ondine Secrète. Tous les autres calibres Aurèle sont mécaniques.',
    ),
  ),
  single(
    'q.movements.power-reserve-meaning',
    ['product.movement-basics'],
    1,
    t('What does the power reserve of a mechanical watch tell the client?', 'Qu’indique au client la réserve de marche d’une montre mécanique ?'),
    [
      right('a', 'How long the watch keeps running, fully wound, once taken off the wrist', 'Combien de temps la montre continue de fonctionner, entièrement remontée, une fois retirée du poignet'),
      wrong('b', 'How long its battery lasts', 'Combien de temps dure sa pile'),
      wrong('c', 'How many years it lasts between two services', 'Combien d’années elle tient entre deux révisions'),
      wrong('d', 'How deep it can go under water', 'À quelle profondeur elle peut descendre sous l’eau'),
    ],
    t(
      'The power reserve is the running time of a fully wound movement left on a table. With 60 hours, an AU-1837 taken off on Friday evening is still running on Monday morning.',
      'La réserve de marche est l’autonomie d’un mouvement entièrement remonté posé sur une table. Avec 60 heures, une AU-1837 retirée le vendredi soir fonctionne encore le lundi matin.',
    ),
  ),
  numeric(
    'q.movements.au1837-power-reserve',
    ['product.calibre-au1837'],
    2,
    t('What is the power reserve of the Calibre AU-1837, in hours?', 'Quelle est la réserve de marche du calibre AU-1837, en heures ?'),
    { value: 60, tolerance: 2, unit: 'h' },
    t('60 hours: a whole weekend off the wrist without stopping.', '60 heures : tout un week-end hors du poignet sans s’arrêter.'),
  ),
  numeric(
    'q.movements.au1837-frequency',
    ['product.calibre-au1837', 'product.movement-basics'],
    3,
    t('At what frequency does the balance of the Calibre AU-1837 beat, in hertz?', 'À quelle fréquence bat le balancier du calibre AU-1837, en hertz ?'),
    { value: 4, tolerance: 0, unit: 'Hz' },
    t(
      '4 Hz, that is 28,800 vibrations an hour — eight ticks a second. A higher frequency makes the seconds hand glide and keeps the rate steadier against knocks.',
      '4 Hz, soit 28 800 alternances par heure — huit battements par seconde. Une fréquence élevée fait glisser la trotteuse et rend la marche plus stable face aux chocs.',
    ),
  ),
  multiple(
    'q.movements.au1837-features',
    ['product.calibre-au1837'],
    2,
    t('Which describe the Calibre AU-1837? Select all that apply.', 'Qu’est-ce qui décrit le calibre AU-1837 ? Sélectionnez toutes les bonnes réponses.'),
    [
      right('a', 'Automatic winding', 'Remontage automatique'),
      wrong('b', 'An 80-hour power reserve', 'Une réserve de marche de 80 heures'),
      right('c', 'A rotor in Or Aurore engraved with the Rayons d’Aurore', 'Une masse oscillante en Or Aurore gravée des Rayons d’Aurore'),
      right('d', 'A silicon hairspring', 'Un spiral en silicium'),
      wrong('e', 'A one-minute tourbillon', 'Un tourbillon une minute'),
    ],
    t(
      'The AU-1837 is the maison’s automatic base calibre: 4 Hz, 60 hours, 28 jewels, an Or Aurore rotor engraved with the Rayons d’Aurore and, since 2015, a silicon hairspring. The 80 hours and the tourbillon belong to the AU-1871 T.',
      'L’AU-1837 est le calibre automatique de base de la maison : 4 Hz, 60 heures, 28 rubis, une masse oscillante en Or Aurore gravée des Rayons d’Aurore et, depuis 2015, un spiral en silicium. Les 80 heures et le tourbillon appartiennent à l’AU-1871 T.',
    ),
  ),
  single(
    'q.movements.jewels-why',
    ['product.movement-basics'],
    2,
    t('Why does a mechanical movement contain “jewels”?', 'Pourquoi un mouvement mécanique contient-il des « rubis » ?'),
    [
      wrong('a', 'To add to the value of the watch', 'Pour ajouter à la valeur de la montre'),
      wrong('b', 'As decoration, visible through the caseback', 'Comme décoration, visible à travers le fond'),
      right('c', 'Synthetic rubies serve as bearings that reduce friction and wear', 'Des rubis de synthèse servent de paliers qui réduisent frottements et usure'),
      wrong('d', 'To make the movement heavier and steadier', 'Pour alourdir et stabiliser le mouvement'),
    ],
    t(
      'Jewels are synthetic rubies, hard and smooth, in which the pivots of the wheels turn with very little friction. The AU-1837 has 28 of them; their number reflects function, not value.',
      'Les rubis sont des rubis de synthèse, durs et lisses, dans lesquels tournent les pivots des roues avec très peu de frottement. L’AU-1837 en compte 28 ; leur nombre traduit une fonction, non une valeur.',
    ),
  ),
  matching(
    'q.movements.finishes',
    ['craft.movement-finishing'],
    3,
    t('Match each movement finish with its description.', 'Associez chaque finition du mouvement à sa description.'),
    [
      [item('cotes', 'Côtes de Genève', 'Côtes de Genève'), item('stripes', 'Parallel waves across the bridges', 'Des vagues parallèles sur les ponts')],
      [item('perlage', 'Perlage', 'Perlage'), item('circles', 'Small overlapping circles on the main plate', 'De petits cercles qui se chevauchent sur la platine')],
      [item('anglage', 'Anglage', 'Anglage'), item('bevel', 'Edges bevelled and polished by hand', 'Des arêtes chanfreinées et polies à la main')],
      [item('poli-noir', 'Black polish', 'Poli noir'), item('mirror', 'A flat mirror surface that looks black from some angles', 'Une surface plane et miroir qui paraît noire sous certains angles')],
    ],
    t(
      'Four finishes an advisor can show through a sapphire caseback: the waves of the Côtes de Genève, the circles of perlage, the bright bevels of anglage and, on the Sentinelle’s tourbillon cage, black polish.',
      'Quatre finitions qu’un conseiller peut montrer à travers un fond saphir : les vagues des Côtes de Genève, les cercles du perlage, les chanfreins brillants de l’anglage et, sur la cage du tourbillon de la Sentinelle, le poli noir.',
    ),
  ),
  imageChoice(
    'q.movements.cotes-image',
    ['craft.movement-finishing'],
    2,
    t('Which movement is decorated with Côtes de Genève?', 'Quel mouvement est décoré de Côtes de Genève ?'),
    [
      picture('a', false, 'finish-perlage.svg', t('Movement A', 'Mouvement A'), t('A plate covered with small overlapping circles', 'Une platine couverte de petits cercles qui se chevauchent')),
      picture('b', false, 'finish-black-polish.svg', t('Movement B', 'Mouvement B'), t('A steel part with a flat surface that reflects black', 'Une pièce d’acier à la surface plane qui reflète du noir')),
      picture('c', true, 'finish-cotes-de-geneve.svg', t('Movement C', 'Mouvement C'), t('Bridges decorated with straight, parallel bands of wavy light', 'Des ponts décorés de bandes droites et parallèles de lumière ondulée')),
      picture('d', false, 'finish-frosted.svg', t('Movement D', 'Mouvement D'), t('A matt, frosted grey plate with no pattern', 'Une platine grise mate et givrée, sans motif')),
    ],
    t(
      'Côtes de Genève are parallel bands that catch the light like waves (C). Circles are perlage; a black-looking mirror surface is black polish.',
      'Les Côtes de Genève sont des bandes parallèles qui accrochent la lumière comme des vagues (C). Les cercles sont du perlage ; une surface miroir qui paraît noire est un poli noir.',
    ),
  ),
  trueFalse(
    'q.movements.inward-angles',
    ['craft.movement-finishing', 'product.sentinelle-collection'],
    4,
    t('True or false: the inward angles of the Sentinelle Tourbillon’s bridges can only be bevelled by hand.', 'Vrai ou faux : les angles rentrants des ponts de la Sentinelle Tourbillon ne peuvent être anglés qu’à la main.'),
    true,
    t(
      'True. No machine tool can reach into an inward angle: the craftsman shapes it with a file and polishes it with wood and paste. Point them out through the caseback — they are the signature of true hand-finishing.',
      'Vrai. Aucun outil mécanique ne peut atteindre un angle rentrant : l’artisan le forme à la lime et le polit au bois et à la pâte. Montrez-les à travers le fond — ils signent une véritable finition à la main.',
    ),
  ),
];

/** Chronograph, moon phase and tourbillon (module onboarding.complications-quiz). */
export const COMPLICATIONS_QUESTIONS: readonly PackageQuestion[] = [
  matching(
    'q.complications.calibres',
    ['product.calibre-au1837-chronograph', 'product.moon-phase', 'product.tourbillon'],
    2,
    t('Match each calibre with what it does.', 'Associez chaque calibre à sa fonction.'),
    [
      [item('au1837', 'AU-1837', 'AU-1837'), item('hms', 'Hours, minutes, seconds and date', 'Heures, minutes, secondes et date')],
      [item('au1837c', 'AU-1837 C', 'AU-1837 C'), item('chrono', 'Column-wheel chronograph', 'Chronographe à roue à colonnes')],
      [item('au1854l', 'AU-1854 L', 'AU-1854 L'), item('moon', 'Precise moon phase', 'Phase de lune de précision')],
      [item('au1871t', 'AU-1871 T', 'AU-1871 T'), item('tourbillon', 'One-minute tourbillon', 'Tourbillon une minute')],
      [item('auq08', 'AU-Q08', 'AU-Q08'), item('quartz', 'Quartz, for a jewellery watch', 'Quartz, pour une montre-bijou')],
    ],
    t(
      'The letters tell the story: C for chronograph, L for lune, T for tourbillon, Q for quartz. The numbers are dates of the maison: 1837 the founding, 1854 the Atelier des Émaux, 1871 La Sentinelle, 08 for 1908.',
      'Les lettres racontent l’histoire : C pour chronographe, L pour lune, T pour tourbillon, Q pour quartz. Les nombres sont des dates de la maison : 1837 la fondation, 1854 l’Atelier des Émaux, 1871 La Sentinelle, 08 pour 1908.',
    ),
  ),
  matching(
    'q.complications.power-reserves',
    ['product.calibre-au1837', 'product.calibre-au1837-chronograph', 'product.tourbillon'],
    4,
    t('Match each calibre with its power reserve.', 'Associez chaque calibre à sa réserve de marche.'),
    [
      [item('au1837', 'AU-1837', 'AU-1837'), item('h60', '60 hours', '60 heures')],
      [item('au1837c', 'AU-1837 C', 'AU-1837 C'), item('h55', '55 hours', '55 heures')],
      [item('au1871t', 'AU-1871 T', 'AU-1871 T'), item('h80', '80 hours', '80 heures')],
    ],
    t(
      'The AU-1837 runs 60 hours. Its chronograph version gives some energy to the chronograph: 55 hours. The hand-wound AU-1871 T, beating at a calmer 3 Hz, reaches 80 hours.',
      'L’AU-1837 fonctionne 60 heures. Sa version chronographe consacre une part d’énergie au chronographe : 55 heures. L’AU-1871 T à remontage manuel, qui bat à un paisible 3 Hz, atteint 80 heures.',
    ),
  ),
  single(
    'q.complications.column-wheel',
    ['product.chronograph-mechanics', 'product.calibre-au1837-chronograph'],
    3,
    t('What does the column wheel of the Calibre AU-1837 C do?', 'Quel est le rôle de la roue à colonnes du calibre AU-1837 C ?'),
    [
      right('a', 'It orchestrates start, stop and reset, giving the pushers a crisp, precise feel', 'Elle orchestre départ, arrêt et remise à zéro, et donne aux poussoirs une sensation nette et précise'),
      wrong('b', 'It winds the mainspring', 'Elle remonte le ressort de barillet'),
      wrong('c', 'It turns the moon disc', 'Elle fait tourner le disque de lune'),
      wrong('d', 'It regulates the rate of the watch', 'Elle règle la marche de la montre'),
    ],
    t(
      'The column wheel is the conductor of the chronograph: at each press it turns a notch and tells the levers to start, stop or reset. Invite the client to press the pushers — the precise feel is the column wheel.',
      'La roue à colonnes est le chef d’orchestre du chronographe : à chaque pression, elle tourne d’un cran et commande aux leviers de démarrer, d’arrêter ou de remettre à zéro. Invitez le client à actionner les poussoirs — cette sensation précise, c’est elle.',
    ),
  ),
  trueFalse(
    'q.complications.vertical-clutch',
    ['product.chronograph-mechanics', 'product.calibre-au1837-chronograph'],
    4,
    t(
      'True or false: thanks to its vertical clutch, the chronograph hand of the AU-1837 C starts without a jump and can run for hours without disturbing the watch.',
      'Vrai ou faux : grâce à son embrayage vertical, l’aiguille du chronographe de l’AU-1837 C démarre sans à-coup et peut tourner des heures sans perturber la montre.',
    ),
    true,
    t(
      'True. A vertical clutch couples the chronograph by friction discs rather than by meshing teeth: no jump at the start, and no wear if the chronograph is left running.',
      'Vrai. L’embrayage vertical couple le chronographe par des disques à friction plutôt que par des dents qui s’engrènent : aucun saut au départ, et aucune usure si le chronographe reste en marche.',
    ),
  ),
  ordering(
    'q.complications.chronograph-use',
    ['product.chronograph-mechanics', 'product.envol-collection'],
    1,
    t('Put in order the steps to time a moment with the Envol Chronographe 41.', 'Remettez dans l’ordre les étapes pour chronométrer un moment avec l’Envol Chronographe 41.'),
    [
      item('start', 'Press the pusher at 2 o’clock to start', 'Appuyer sur le poussoir à 2 heures pour démarrer'),
      item('stop', 'Press the pusher at 2 o’clock again to stop', 'Appuyer à nouveau sur le poussoir à 2 heures pour arrêter'),
      item('read', 'Read the elapsed time on the central hand and the counters', 'Lire le temps écoulé sur l’aiguille centrale et les compteurs'),
      item('reset', 'Press the pusher at 4 o’clock to reset', 'Appuyer sur le poussoir à 4 heures pour remettre à zéro'),
    ],
    t(
      'Start and stop at 2 o’clock, read, then reset at 4 o’clock. The minutes appear on the 30-minute counter at 3 o’clock, the hours on the 12-hour counter at 6 o’clock.',
      'Départ et arrêt à 2 heures, lecture, puis remise à zéro à 4 heures. Les minutes s’affichent au compteur 30 minutes à 3 heures, les heures au compteur 12 heures à 6 heures.',
    ),
  ),
  single(
    'q.complications.tachymeter',
    ['product.chronograph-mechanics'],
    3,
    t('What does the tachymeter scale of the Envol measure?', 'Que mesure l’échelle tachymétrique de l’Envol ?'),
    [
      wrong('a', 'Altitude', 'L’altitude'),
      wrong('b', 'The heart rate', 'Le pouls'),
      right('c', 'An average speed over a known distance, such as one kilometre', 'Une vitesse moyenne sur une distance connue, par exemple un kilomètre'),
      wrong('d', 'The time in a second time zone', 'L’heure d’un second fuseau horaire'),
    ],
    t(
      'Start the chronograph at the first kilometre marker, stop it at the next: the central hand points to the average speed on the tachymeter scale. It was the aviators’ tool of 1931.',
      'Démarrez le chronographe à la première borne kilométrique, arrêtez-le à la suivante : l’aiguille centrale indique la vitesse moyenne sur l’échelle tachymétrique. C’était l’outil des aviateurs de 1931.',
    ),
  ),
  numeric(
    'q.complications.tachymeter-calc',
    ['product.chronograph-mechanics'],
    4,
    t('A car covers one kilometre in 20 seconds, timed with the Envol. What speed does the tachymeter show, in km/h?', 'Une voiture parcourt un kilomètre en 20 secondes, chronométrées à l’Envol. Quelle vitesse le tachymètre indique-t-il, en km/h ?'),
    { value: 180, tolerance: 0, unit: 'km/h' },
    t('3,600 seconds in an hour ÷ 20 seconds = 180 km/h — the figure facing the hand on the scale.', '3 600 secondes dans une heure ÷ 20 secondes = 180 km/h — le chiffre que désigne l’aiguille sur l’échelle.'),
  ),
  single(
    'q.complications.moon-cycle',
    ['product.moon-phase'],
    2,
    t('How long is a lunar cycle, from one new moon to the next?', 'Combien dure un cycle lunaire, d’une nouvelle lune à la suivante ?'),
    [
      wrong('a', 'Exactly 28 days', 'Exactement 28 jours'),
      right('b', 'About 29.5 days', 'Environ 29,5 jours'),
      wrong('c', 'Exactly 30 days', 'Exactement 30 jours'),
      wrong('d', '31 days', '31 jours'),
    ],
    t(
      'A lunar cycle lasts 29 days, 12 hours and 44 minutes — about 29.5 days. A moon phase that counts whole days drifts; the AU-1854 L follows the true cycle.',
      'Un cycle lunaire dure 29 jours, 12 heures et 44 minutes — environ 29,5 jours. Une phase de lune qui compte en jours entiers dérive ; l’AU-1854 L suit le cycle réel.',
    ),
  ),
  trueFalse(
    'q.complications.moon-122',
    ['product.moon-phase', 'product.selene-collection'],
    2,
    t('True or false: the moon phase of the Calibre AU-1854 L drifts by one day only every 122 years.', 'Vrai ou faux : la phase de lune du calibre AU-1854 L ne dérive que d’un jour tous les 122 ans.'),
    true,
    t(
      'True. A simple moon phase drifts by a day in under three years; the AU-1854 L, with its finer gearing, only once every 122 years. A Séléné will show the right moon to the client’s grandchildren.',
      'Vrai. Une phase de lune simple dérive d’un jour en moins de trois ans ; l’AU-1854 L, grâce à un rouage plus fin, une seule fois tous les 122 ans. Une Séléné montrera la juste lune aux petits-enfants du client.',
    ),
  ),
  single(
    'q.complications.tourbillon-purpose',
    ['product.tourbillon'],
    2,
    t('What does a tourbillon do?', 'Quel est le rôle d’un tourbillon ?'),
    [
      wrong('a', 'It winds the watch as the wrist moves', 'Il remonte la montre au gré du poignet'),
      right('b', 'It turns the balance and escapement in a rotating cage, averaging out the effect of gravity', 'Il fait tourner balancier et échappement dans une cage mobile, pour compenser l’effet de la gravité'),
      wrong('c', 'It protects the movement from shocks', 'Il protège le mouvement des chocs'),
      wrong('d', 'It shows a second time zone', 'Il affiche un second fuseau horaire'),
    ],
    t(
      'In a pocket watch that sits upright all day, gravity pulls the balance always the same way. By turning the whole regulating organ once a minute, the tourbillon averages those errors out. Aurèle Vautier built the maison’s first in 1871.',
      'Dans une montre de poche qui reste verticale toute la journée, la gravité tire toujours le balancier dans le même sens. En faisant tourner tout l’organe réglant une fois par minute, le tourbillon compense ces écarts. Aurèle Vautier réalisa le premier de la maison en 1871.',
    ),
  ),
  numeric(
    'q.complications.tourbillon-rotation',
    ['product.tourbillon'],
    2,
    t('In how many seconds does the tourbillon cage of the AU-1871 T make one full turn?', 'En combien de secondes la cage du tourbillon de l’AU-1871 T fait-elle un tour complet ?'),
    { value: 60, tolerance: 0, unit: 's' },
    t(
      'A one-minute tourbillon: the cage turns once every 60 seconds, so its seconds hand, mounted on the cage, doubles as the small seconds.',
      'Un tourbillon une minute : la cage fait un tour toutes les 60 secondes, si bien que l’aiguille fixée sur la cage sert aussi de petite seconde.',
    ),
  ),
  numeric(
    'q.complications.au1871-power-reserve',
    ['product.tourbillon', 'product.sentinelle-collection'],
    3,
    t('What is the power reserve of the Calibre AU-1871 T, in hours?', 'Quelle est la réserve de marche du calibre AU-1871 T, en heures ?'),
    { value: 80, tolerance: 2, unit: 'h' },
    t('80 hours, thanks to a large barrel and a calm 3 Hz frequency.', '80 heures, grâce à un grand barillet et une paisible fréquence de 3 Hz.'),
  ),
  trueFalse(
    'q.complications.sentinelle-hand-wound',
    ['product.tourbillon', 'product.movement-basics'],
    2,
    t('True or false: the Sentinelle Tourbillon is an automatic watch.', 'Vrai ou faux : la Sentinelle Tourbillon est une montre automatique.'),
    false,
    t(
      'False. The AU-1871 T is wound by hand through the crown, with no rotor to hide the movement. A few turns every few days keep its 80 hours topped up — a small daily ritual many owners love.',
      'Faux. L’AU-1871 T se remonte à la main, par la couronne, sans masse oscillante pour masquer le mouvement. Quelques tours tous les deux ou trois jours suffisent à entretenir ses 80 heures — un petit rituel que beaucoup de propriétaires affectionnent.',
    ),
  ),
  numeric(
    'q.complications.tourbillon-weight',
    ['product.tourbillon'],
    5,
    t('The tourbillon cage of the AU-1871 T has 72 components. What does it weigh, in grams?', 'La cage du tourbillon de l’AU-1871 T compte 72 composants. Combien pèse-t-elle, en grammes ?'),
    { value: 0.4, tolerance: 0.05, unit: 'g' },
    t(
      'About 0.4 gram for 72 components — the weight of a two-carat diamond. The lighter the cage, the less energy it takes to turn it every minute.',
      'Environ 0,4 gramme pour 72 composants — le poids d’un diamant de deux carats. Plus la cage est légère, moins il faut d’énergie pour la faire tourner chaque minute.',
    ),
  ),
];

/** The watch collections (module onboarding.watch-challenge). */
export const WATCHES_QUESTIONS: readonly PackageQuestion[] = [
  matching(
    'q.watches.collection-calibre',
    ['product.rhone-collection', 'product.envol-collection', 'product.selene-collection'],
    2,
    t('Match each watch with its calibre.', 'Associez chaque montre à son calibre.'),
    [
      [item('rhone', 'Rhône 38 Automatique', 'Rhône 38 Automatique'), item('au1837', 'AU-1837', 'AU-1837')],
      [item('envol', 'Envol Chronographe 41', 'Envol Chronographe 41'), item('au1837c', 'AU-1837 C', 'AU-1837 C')],
      [item('selene', 'Séléné Phase de Lune 39', 'Séléné Phase de Lune 39'), item('au1854l', 'AU-1854 L', 'AU-1854 L')],
      [item('sentinelle', 'Sentinelle Tourbillon 40', 'Sentinelle Tourbillon 40'), item('au1871t', 'AU-1871 T', 'AU-1871 T')],
      [item('ondine', 'Ondine Secrète 26', 'Ondine Secrète 26'), item('auq08', 'AU-Q08', 'AU-Q08')],
    ],
    t(
      'Rhône and Marée both beat with the AU-1837; Envol with its chronograph version, the AU-1837 C; Séléné with the moon-phase AU-1854 L; Sentinelle with the tourbillon AU-1871 T; Ondine Secrète with the quartz AU-Q08.',
      'Rhône et Marée battent toutes deux au rythme de l’AU-1837 ; Envol, de sa version chronographe, l’AU-1837 C ; Séléné, de l’AU-1854 L à phase de lune ; Sentinelle, du tourbillon AU-1871 T ; Ondine Secrète, du quartz AU-Q08.',
    ),
  ),
  matching(
    'q.watches.case-materials',
    ['product.sentinelle-collection', 'product.maree-collection', 'materials.platinum'],
    2,
    t('Match each watch with its case material.', 'Associez chaque montre au métal de sa boîte.'),
    [
      [item('rhone', 'Rhône 38 Automatique', 'Rhône 38 Automatique'), item('aurore', 'Or Aurore', 'Or Aurore')],
      [item('envol', 'Envol Chronographe 41', 'Envol Chronographe 41'), item('steel', 'Steel', 'Acier')],
      [item('selene', 'Séléné Phase de Lune 39', 'Séléné Phase de Lune 39'), item('white-gold', '18-carat white gold', 'Or gris 18 carats')],
      [item('sentinelle', 'Sentinelle Tourbillon 40', 'Sentinelle Tourbillon 40'), item('platinum', 'Platinum 950', 'Platine 950')],
      [item('maree', 'Marée Plongée 42', 'Marée Plongée 42'), item('titanium', 'Grade 5 titanium', 'Titane grade 5')],
    ],
    t(
      'Or Aurore for the Rhône 38 (also offered in steel), steel for the Envol, white gold for the Séléné, platinum for the Sentinelle, titanium for the Marée.',
      'L’Or Aurore pour la Rhône 38 (proposée aussi en acier), l’acier pour l’Envol, l’or gris pour la Séléné, le platine pour la Sentinelle, le titane pour la Marée.',
    ),
  ),
  imageChoice(
    'q.watches.envol-image',
    ['product.envol-collection'],
    2,
    t('Which watch is the Envol Chronographe 41?', 'Quelle montre est l’Envol Chronographe 41 ?'),
    [
      picture('a', true, 'watch-envol-41.svg', t('Watch A', 'Montre A'), t('A steel watch with two counters at 3 and 6 o’clock, small seconds at 9 and a scale around the dial', 'Une montre en acier avec deux compteurs à 3 et 6 heures, une petite seconde à 9 heures et une échelle autour du cadran')),
      picture('b', false, 'watch-rhone-38.svg', t('Watch B', 'Montre B'), t('A slim rose-gold watch with a silvered sunburst dial and three hands', 'Une montre fine en or rose au cadran argenté rayonnant et à trois aiguilles')),
      picture('c', false, 'watch-maree-42.svg', t('Watch C', 'Montre C'), t('A titanium watch with a black rotating bezel and large luminous hands', 'Une montre en titane à lunette tournante noire et grandes aiguilles luminescentes')),
      picture('d', false, 'watch-selene-39.svg', t('Watch D', 'Montre D'), t('A white-gold watch with a deep blue dial and a moon aperture at 6 o’clock', 'Une montre en or gris au cadran bleu profond et à guichet de lune à 6 heures')),
    ],
    t(
      'The Envol Chronographe 41 is recognised by its counters at 3 and 6 o’clock, its small seconds at 9 and the tachymeter scale of the aviators of 1931.',
      'L’Envol Chronographe 41 se reconnaît à ses compteurs à 3 et 6 heures, à sa petite seconde à 9 heures et à l’échelle tachymétrique des aviateurs de 1931.',
    ),
  ),
  imageChoice(
    'q.watches.tourbillon-image',
    ['product.sentinelle-collection', 'product.tourbillon'],
    1,
    t('Which dial shows the Sentinelle Tourbillon?', 'Quel cadran est celui de la Sentinelle Tourbillon ?'),
    [
      picture('a', false, 'watch-envol-41.svg', t('Dial A', 'Cadran A'), t('A dial with two counters and a scale around the edge', 'Un cadran à deux compteurs, entouré d’une échelle')),
      picture('b', false, 'watch-selene-39.svg', t('Dial B', 'Cadran B'), t('A blue dial with a gold moon in an aperture', 'Un cadran bleu avec une lune dorée dans un guichet')),
      picture('c', true, 'watch-sentinelle-40.svg', t('Dial C', 'Cadran C'), t('An opening at 6 o’clock revealing a small turning cage with a balance inside', 'Une ouverture à 6 heures dévoilant une petite cage tournante abritant un balancier')),
      picture('d', false, 'watch-ondine-secrete.svg', t('Dial D', 'Cadran D'), t('A small mother-of-pearl dial beneath a diamond-set cover', 'Un petit cadran en nacre sous un capot serti de diamants')),
    ],
    t(
      'The Sentinelle shows its tourbillon through an opening at 6 o’clock: the small cage turning once a minute, with its black-polished bridge.',
      'La Sentinelle dévoile son tourbillon dans une ouverture à 6 heures : la petite cage qui tourne une fois par minute, avec son pont en poli noir.',
    ),
  ),
  numeric(
    'q.watches.rhone-diameter',
    ['product.rhone-collection'],
    1,
    t('What is the diameter of the Rhône 38 Automatique, in millimetres?', 'Quel est le diamètre de la Rhône 38 Automatique, en millimètres ?'),
    { value: 38, tolerance: 0, unit: 'mm' },
    t(
      '38 mm, as its name says, for a case only 8.9 mm thick: it slips under a shirt cuff. The number in every Aurèle watch name is its diameter.',
      '38 mm, comme son nom l’indique, pour une boîte de 8,9 mm d’épaisseur seulement : elle se glisse sous une manchette. Le nombre dans le nom de chaque montre Aurèle est son diamètre.',
    ),
  ),
  single(
    'q.watches.selene-dial',
    ['product.selene-collection'],
    2,
    t('What is the dial of the Séléné Phase de Lune 39?', 'Quel est le cadran de la Séléné Phase de Lune 39 ?'),
    [
      wrong('a', 'Black lacquer', 'De la laque noire'),
      right('b', 'Blue grand feu enamel', 'De l’émail grand feu bleu'),
      wrong('c', 'Mother-of-pearl', 'De la nacre'),
      wrong('d', 'Silvered, with Rayons d’Aurore guilloché', 'Argenté, guilloché Rayons d’Aurore'),
    ],
    t(
      'A blue grand feu enamel dial from the Atelier des Émaux, fired eight to twelve times, with gold moons on the moon disc. The silvered Rayons d’Aurore dial belongs to the Rhône; mother-of-pearl to the Ondine Secrète.',
      'Un cadran en émail grand feu bleu de l’Atelier des Émaux, cuit huit à douze fois, avec des lunes en or sur le disque. Le cadran argenté Rayons d’Aurore appartient à la Rhône ; la nacre, à l’Ondine Secrète.',
    ),
  ),
  trueFalse(
    'q.watches.sentinelle-37',
    ['product.sentinelle-collection'],
    2,
    t('True or false: the Sentinelle Tourbillon 40 is made to order, at no more than 37 pieces a year.', 'Vrai ou faux : la Sentinelle Tourbillon 40 est réalisée sur commande, à 37 pièces par an au plus.'),
    true,
    t(
      'True — 37, in homage to 1837. One watchmaker assembles and regulates each one, about 120 hours of work. Be exact with clients about timing: a commission is a wait worth explaining.',
      'Vrai — 37, en hommage à 1837. Un seul horloger assemble et règle chacune, soit environ 120 heures de travail. Soyez exact avec les clients sur les délais : une commande est une attente qui mérite d’être expliquée.',
    ),
  ),
  single(
    'q.watches.sentinelle-assembly',
    ['product.sentinelle-collection'],
    3,
    t('Who assembles a Sentinelle Tourbillon?', 'Qui assemble une Sentinelle Tourbillon ?'),
    [
      wrong('a', 'A team, each member adding one stage', 'Une équipe, chacun ajoutant une étape'),
      right('b', 'A single watchmaker, from the first part to the final regulation — about 120 hours', 'Un seul horloger, de la première pièce au réglage final — environ 120 heures'),
      wrong('c', 'An automated line, checked by a watchmaker', 'Une chaîne automatisée, contrôlée par un horloger'),
      wrong('d', 'A partner workshop outside Geneva', 'Un atelier partenaire hors de Genève'),
    ],
    t(
      'One watchmaker, one watch: about 120 hours at the Manufacture des Tilleuls, as Aurèle Vautier himself built La Sentinelle in 1871.',
      'Un horloger, une montre : environ 120 heures à la Manufacture des Tilleuls, comme Aurèle Vautier réalisa lui-même La Sentinelle en 1871.',
    ),
  ),
  numeric(
    'q.watches.maree-depth',
    ['product.maree-collection', 'service.water-resistance'],
    1,
    t('To what depth is the Marée Plongée 42 water-resistant, in metres?', 'Jusqu’à quelle profondeur la Marée Plongée 42 est-elle étanche, en mètres ?'),
    { value: 300, tolerance: 0, unit: 'm' },
    t('300 metres: a true diving watch, with a screw-down crown and a unidirectional bezel.', '300 mètres : une véritable montre de plongée, à couronne vissée et lunette unidirectionnelle.'),
  ),
  single(
    'q.watches.maree-bezel',
    ['product.maree-collection'],
    3,
    t('Why does the Marée bezel turn in one direction only?', 'Pourquoi la lunette Marée ne tourne-t-elle que dans un sens ?'),
    [
      right('a', 'If it is knocked, it can only show more elapsed dive time, never less', 'Si elle est heurtée, elle ne peut indiquer qu’un temps de plongée plus long, jamais plus court'),
      wrong('b', 'To wind the movement', 'Pour remonter le mouvement'),
      wrong('c', 'To set the date', 'Pour régler la date'),
      wrong('d', 'For the look of the ratchet', 'Pour l’esthétique du cliquet'),
    ],
    t(
      'The diver sets the bezel’s zero on the minute hand. A knock can only turn it anticlockwise — showing more time spent under water, which errs on the side of safety.',
      'Le plongeur aligne le zéro de la lunette sur l’aiguille des minutes. Un choc ne peut la faire tourner que dans le sens inverse des aiguilles d’une montre — indiquant plus de temps passé sous l’eau, ce qui va dans le sens de la sécurité.',
    ),
  ),
  multiple(
    'q.watches.maree-features',
    ['product.maree-collection'],
    2,
    t('Which belong to the Marée Plongée 42? Select all that apply.', 'Qu’est-ce qui appartient à la Marée Plongée 42 ? Sélectionnez toutes les bonnes réponses.'),
    [
      right('a', 'A grade 5 titanium case', 'Une boîte en titane grade 5'),
      wrong('b', 'A grand feu enamel dial', 'Un cadran en émail grand feu'),
      right('c', 'A black ceramic bezel insert', 'Un insert de lunette en céramique noire'),
      right('d', 'A screw-down crown', 'Une couronne vissée'),
      wrong('e', 'A hand-wound tourbillon', 'Un tourbillon à remontage manuel'),
    ],
    t(
      'Titanium for lightness at sea, ceramic for a bezel that never fades, a screw-down crown for 300 metres, and the AU-1837 inside. Enamel and the tourbillon belong to Séléné and Sentinelle.',
      'Le titane pour la légèreté en mer, la céramique pour une lunette qui ne passe jamais, la couronne vissée pour 300 mètres, et l’AU-1837 à l’intérieur. L’émail et le tourbillon appartiennent à Séléné et Sentinelle.',
    ),
  ),
  single(
    'q.watches.rhone-for-client',
    ['product.rhone-collection', 'clienteling.presenting-a-piece'],
    2,
    t(
      'A client wants a slim, classic gold watch for the evening, with a dial that plays with the light. Which do you present first?',
      'Un client souhaite une montre en or, fine et classique, pour le soir, avec un cadran qui joue avec la lumière. Laquelle présentez-vous en premier ?',
    ),
    [
      wrong('a', 'Marée Plongée 42', 'Marée Plongée 42'),
      wrong('b', 'Envol Chronographe 41', 'Envol Chronographe 41'),
      right('c', 'Rhône 38 Automatique in Or Aurore', 'Rhône 38 Automatique en Or Aurore'),
      wrong('d', 'Ondine Secrète 26', 'Ondine Secrète 26'),
    ],
    t(
      'Slim (8.9 mm), gold (Or Aurore), classic (three hands) and a guilloché dial whose rays catch every light: the Rhône 38 answers each of the client’s words.',
      'Fine (8,9 mm), en or (Or Aurore), classique (trois aiguilles), et un cadran guilloché dont les rayons accrochent chaque lumière : la Rhône 38 répond à chacun des mots du client.',
    ),
  ),
  single(
    'q.watches.ondine-secrete',
    ['product.ondine-collection'],
    2,
    t('What is the Ondine Secrète?', 'Qu’est-ce que l’Ondine Secrète ?'),
    [
      wrong('a', 'A moon-phase watch in white gold', 'Une montre à phase de lune en or gris'),
      right('b', 'A jewellery watch whose snow-set diamond cover opens on a mother-of-pearl dial', 'Une montre-bijou dont le capot serti neige s’ouvre sur un cadran en nacre'),
      wrong('c', 'A diving watch for women', 'Une montre de plongée pour femme'),
      wrong('d', 'A pocket watch from 1871', 'Une montre de poche de 1871'),
    ],
    t(
      'The Ondine Secrète 26 keeps the hour a secret: a hinged cover snow-set with about 1.20 ct of diamonds opens on a mother-of-pearl dial, driven by the quartz AU-Q08.',
      'L’Ondine Secrète 26 garde l’heure secrète : un capot à charnière serti neige d’environ 1,20 ct de diamants s’ouvre sur un cadran en nacre, animé par le quartz AU-Q08.',
    ),
  ),
  numeric(
    'q.watches.ondine-secrete-carats',
    ['product.ondine-collection', 'materials.diamond-4cs'],
    4,
    t('About how many carats of diamonds are snow-set on the cover of the Ondine Secrète 26?', 'Environ combien de carats de diamants sont sertis neige sur le capot de l’Ondine Secrète 26 ?'),
    { value: 1.2, tolerance: 0.05, unit: 'ct' },
    t('About 1.20 ct, in diamonds of many sizes so that no metal shows between them.', 'Environ 1,20 ct, en diamants de tailles variées afin qu’aucun métal n’apparaisse entre eux.'),
  ),
  trueFalse(
    'q.watches.envol-pushers',
    ['product.envol-collection', 'service.water-resistance'],
    3,
    t(
      'True or false: the Envol Chronographe 41 is water-resistant to 100 metres, but its pushers must never be pressed under water.',
      'Vrai ou faux : l’Envol Chronographe 41 est étanche à 100 mètres, mais ses poussoirs ne doivent jamais être actionnés sous l’eau.',
    ),
    true,
    t(
      'True. 100 metres allows swimming and snorkelling, but pressing a pusher under water opens a path for water into the case. Time the swim before and after, never during.',
      'Vrai. 100 mètres permettent la nage et la randonnée palmée, mais actionner un poussoir sous l’eau ouvre un chemin à l’eau dans la boîte. Chronométrez avant et après la baignade, jamais pendant.',
    ),
  ),
  ordering(
    'q.watches.water-resistance-order',
    ['service.water-resistance', 'product.maree-collection'],
    2,
    t('Order these watches from the least to the most water-resistant.', 'Classez ces montres de la moins étanche à la plus étanche.'),
    [
      item('selene', 'Séléné Phase de Lune 39', 'Séléné Phase de Lune 39'),
      item('rhone', 'Rhône 38 Automatique', 'Rhône 38 Automatique'),
      item('envol', 'Envol Chronographe 41', 'Envol Chronographe 41'),
      item('maree', 'Marée Plongée 42', 'Marée Plongée 42'),
    ],
    t(
      'Séléné 30 m, Rhône 50 m, Envol 100 m, Marée 300 m. The Sentinelle and the Ondine Secrète are, like the Séléné, water-resistant to 30 m.',
      'Séléné 30 m, Rhône 50 m, Envol 100 m, Marée 300 m. La Sentinelle et l’Ondine Secrète sont, comme la Séléné, étanches à 30 m.',
    ),
  ),
];

/** The jewellery collections (module onboarding.jewellery-challenge). */
export const JEWELLERY_QUESTIONS: readonly PackageQuestion[] = [
  matching(
    'q.jewellery.lines-motifs',
    ['product.ondine-collection', 'product.lierre-collection', 'product.aube-collection'],
    1,
    t('Match each jewellery line with its motif.', 'Associez chaque ligne de joaillerie à son motif.'),
    [
      [item('ondine', 'Ondine', 'Ondine'), item('wave', 'The wave of the Rhône', 'La vague du Rhône')],
      [item('lierre', 'Lierre', 'Lierre'), item('ivy', 'The ivy leaf', 'La feuille de lierre')],
      [item('aube', 'Aube', 'Aube'), item('sunrise', 'The rising sun', 'Le soleil levant')],
      [item('serment', 'Serment', 'Serment'), item('solitaire', 'The solitaire of a promise', 'Le solitaire d’une promesse')],
    ],
    t(
      'Four lines, four images: the wave (Ondine), the ivy (Lierre), the dawn of the emblem (Aube), the promise (Serment — “oath” in French).',
      'Quatre lignes, quatre images : la vague (Ondine), le lierre (Lierre), l’aurore de l’emblème (Aube), la promesse (Serment).',
    ),
  ),
  imageChoice(
    'q.jewellery.serment-image',
    ['product.serment-collection'],
    1,
    t('Which ring is a Serment solitaire?', 'Quelle bague est un solitaire Serment ?'),
    [
      picture('a', false, 'ring-ondine-vague.svg', t('Ring A', 'Bague A'), t('A white-gold band shaped like a wave, paved with small diamonds', 'Un anneau en or gris en forme de vague, pavé de petits diamants')),
      picture('b', true, 'ring-serment-solitaire.svg', t('Ring B', 'Bague B'), t('A platinum ring with a single round diamond held high by six claws', 'Une bague en platine, un unique diamant rond tenu haut par six griffes')),
      picture('c', false, 'ring-lierre.svg', t('Ring C', 'Bague C'), t('A rose-gold ring of small leaves set with green stones', 'Une bague en or rose de petites feuilles serties de pierres vertes')),
      picture('d', false, 'ring-aube.svg', t('Ring D', 'Bague D'), t('A rose-gold ring with a red enamel sun around a blue stone', 'Une bague en or rose ornée d’un soleil d’émail rouge autour d’une pierre bleue')),
    ],
    t(
      'The Serment solitaire: platinum 950, one round brilliant, six claws raising it to the light. The wave is Ondine, the leaves Lierre, the enamel sun Aube.',
      'Le solitaire Serment : platine 950, un brillant rond, six griffes qui l’élèvent vers la lumière. La vague est Ondine, les feuilles Lierre, le soleil émaillé Aube.',
    ),
  ),
  imageChoice(
    'q.jewellery.lierre-image',
    ['product.lierre-collection'],
    2,
    t('Which bracelet is the Lierre bracelet?', 'Quel bracelet est le bracelet Lierre ?'),
    [
      picture('a', false, 'bracelet-ondine.svg', t('Bracelet A', 'Bracelet A'), t('A white-gold bangle of rolling waves paved with diamonds', 'Un jonc en or gris aux vagues déferlantes pavées de diamants')),
      picture('b', false, 'bracelet-tennis.svg', t('Bracelet B', 'Bracelet B'), t('A single line of identical diamonds in white metal', 'Une ligne unique de diamants identiques sur métal blanc')),
      picture('c', true, 'bracelet-lierre.svg', t('Bracelet C', 'Bracelet C'), t('A rose-gold chain of ivy leaves, some set with deep green stones in smooth rims, others paved in bright green', 'Une chaîne en or rose de feuilles de lierre, certaines serties de pierres vert profond dans des rebords lisses, d’autres pavées d’un vert vif')),
      picture('d', false, 'bracelet-aube.svg', t('Bracelet D', 'Bracelet D'), t('A rose-gold cuff with enamelled suns', 'Une manchette en or rose ornée de soleils émaillés')),
    ],
    t(
      'Lierre: ivy leaves in Or Aurore, bezel-set emeralds and tsavorite pavé. The bracelet winds around the wrist as ivy holds to a wall.',
      'Lierre : des feuilles de lierre en Or Aurore, des émeraudes serties clos et un pavé de tsavorites. Le bracelet s’enroule autour du poignet comme le lierre s’attache à un mur.',
    ),
  ),
  single(
    'q.jewellery.lierre-meaning',
    ['product.lierre-collection', 'clienteling.storytelling'],
    2,
    t('What does the ivy of Lierre stand for?', 'Que symbolise le lierre de Lierre ?'),
    [
      wrong('a', 'Wealth', 'La richesse'),
      right('b', 'Fidelity: ivy holds fast and stays green all year', 'La fidélité : le lierre s’attache et reste vert toute l’année'),
      wrong('c', 'Luck', 'La chance'),
      wrong('d', 'Courage', 'Le courage'),
    ],
    t(
      'Ivy clings and never loses its green: fidelity and lasting attachment. Léonie Vautier drew it in her 1912 sketchbook; it is often chosen to mark an anniversary.',
      'Le lierre s’attache et ne perd jamais son vert : la fidélité, l’attachement durable. Léonie Vautier l’a dessiné dans son carnet de 1912 ; on le choisit souvent pour marquer un anniversaire.',
    ),
  ),
  single(
    'q.jewellery.lierre-stones',
    ['product.lierre-collection', 'materials.coloured-gems'],
    2,
    t('Which stones are set in Lierre?', 'Quelles pierres Lierre sertit-il ?'),
    [
      right('a', 'Emeralds and tsavorites', 'Des émeraudes et des tsavorites'),
      wrong('b', 'Rubies and blue sapphires', 'Des rubis et des saphirs bleus'),
      wrong('c', 'Diamonds only', 'Uniquement des diamants'),
      wrong('d', 'Amethysts and peridots', 'Des améthystes et des péridots'),
    ],
    t(
      'Two greens: the deep, velvety emerald, bezel-set, and the bright tsavorite, in pavé. Together they give the leaves their light and shade.',
      'Deux verts : l’émeraude, profonde et veloutée, sertie clos, et la tsavorite, vive, en pavé. Ensemble, elles donnent aux feuilles leur ombre et leur lumière.',
    ),
  ),
  trueFalse(
    'q.jewellery.lierre-gold',
    ['product.lierre-collection', 'materials.gold-alloys'],
    2,
    t('True or false: Lierre is made in Or Aurore.', 'Vrai ou faux : Lierre est réalisé en Or Aurore.'),
    true,
    t(
      'True. The warm rose of Or Aurore brings out the green of emeralds and tsavorites — and, thanks to its palladium, it keeps that warmth for decades.',
      'Vrai. Le rose chaleureux de l’Or Aurore exalte le vert des émeraudes et des tsavorites — et, grâce à son palladium, il garde cette chaleur pendant des décennies.',
    ),
  ),
  numeric(
    'q.jewellery.serment-report',
    ['product.serment-collection', 'materials.diamond-4cs'],
    3,
    t('From what weight, in carats, does every Serment diamond come with an independent grading report?', 'À partir de quel poids, en carats, chaque diamant Serment est-il accompagné d’un rapport d’expertise indépendant ?'),
    { value: 0.3, tolerance: 0, unit: 'ct' },
    t(
      'Serment solitaires start at 0.30 ct, and every one comes with an independent laboratory grading report, in addition to the maison’s own certificate.',
      'Les solitaires Serment commencent à 0,30 ct, et chacun est accompagné d’un rapport d’expertise d’un laboratoire indépendant, en plus du certificat de la maison.',
    ),
  ),
  multiple(
    'q.jewellery.serment-promises',
    ['product.serment-collection'],
    3,
    t('Which are true of every Serment solitaire? Select all that apply.', 'Qu’est-ce qui est vrai de chaque solitaire Serment ? Sélectionnez toutes les bonnes réponses.'),
    [
      right('a', 'It is made in platinum 950', 'Il est réalisé en platine 950'),
      right('b', 'Its diamond is held by six claws', 'Son diamant est tenu par six griffes'),
      wrong('c', 'It is made in yellow gold', 'Il est réalisé en or jaune'),
      right('d', 'Its diamond is D to G, IF to VS2, with an Excellent cut', 'Son diamant est D à G, IF à VS2, de taille Excellente'),
      wrong('e', 'Diamonds start at 0.10 ct', 'Les diamants commencent à 0,10 ct'),
    ],
    t(
      'Platinum 950, six claws, a round brilliant of D to G colour and IF to VS2 clarity with an Excellent cut, from 0.30 ct, with a grading report. The promise of the name is kept in every detail.',
      'Platine 950, six griffes, un brillant rond de couleur D à G, de pureté IF à VS2 et de taille Excellente, à partir de 0,30 ct, accompagné d’un rapport d’expertise. La promesse du nom est tenue dans chaque détail.',
    ),
  ),
  single(
    'q.jewellery.ondine-ring-setting',
    ['product.ondine-collection', 'craft.gem-setting'],
    2,
    t('How are the diamonds of the Ondine Vague ring set?', 'Comment les diamants de la bague Ondine Vague sont-ils sertis ?'),
    [
      right('a', 'In pavé', 'En pavé'),
      wrong('b', 'With six claws', 'Sur six griffes'),
      wrong('c', 'In a bezel', 'En serti clos'),
      wrong('d', 'They are glued', 'Ils sont collés'),
    ],
    t(
      'The Ondine Vague ring is paved with 112 small diamonds — about 0.85 ct in all — so the wave sparkles like water in the sun.',
      'La bague Ondine Vague est pavée de 112 petits diamants — environ 0,85 ct au total —, si bien que la vague scintille comme l’eau au soleil.',
    ),
  ),
  multiple(
    'q.jewellery.ondine-features',
    ['product.ondine-collection'],
    2,
    t('Which are true of Ondine? Select all that apply.', 'Qu’est-ce qui est vrai d’Ondine ? Sélectionnez toutes les bonnes réponses.'),
    [
      right('a', 'It was created in 1987 for the maison’s 150th anniversary', 'Elle a été créée en 1987 pour les 150 ans de la maison'),
      wrong('b', 'It is set with emeralds', 'Elle est sertie d’émeraudes'),
      right('c', 'Its wave is a homage to the Rhône', 'Sa vague rend hommage au Rhône'),
      right('d', 'It is made in white gold and diamonds', 'Elle est réalisée en or gris et diamants'),
      wrong('e', 'It is made in platinum', 'Elle est réalisée en platine'),
    ],
    t(
      'Ondine: 1987, the Rhône’s wave, white gold and diamonds — and its jewellery watch, the Ondine Secrète. Emeralds belong to Lierre, platinum to Serment.',
      'Ondine : 1987, la vague du Rhône, l’or gris et les diamants — et sa montre-bijou, l’Ondine Secrète. Les émeraudes appartiennent à Lierre, le platine à Serment.',
    ),
  ),
  trueFalse(
    'q.jewellery.aube-enamel',
    ['product.aube-collection'],
    2,
    t('True or false: the colour of the Aube pendant comes from a lacquer painted over the gold.', 'Vrai ou faux : la couleur du pendentif Aube vient d’une laque peinte sur l’or.'),
    false,
    t(
      'False. It is translucent grand feu enamel fired over Rayons d’Aurore guilloché — flinqué — so the rays glow through the colour like a sunrise. Lacquer would fade; grand feu never does.',
      'Faux. C’est un émail grand feu translucide cuit sur un guilloché Rayons d’Aurore — un flinqué —, si bien que les rayons transparaissent sous la couleur comme un lever de soleil. Une laque passerait ; le grand feu, jamais.',
    ),
  ),
  numeric(
    'q.jewellery.aube-sapphire',
    ['product.aube-collection', 'materials.coloured-gems'],
    5,
    t('What does the central blue sapphire of the Aube pendant weigh, in carats?', 'Quel est le poids du saphir bleu central du pendentif Aube, en carats ?'),
    { value: 0.5, tolerance: 0, unit: 'ct' },
    t('A 0.50 ct blue sapphire sits at the heart of the sun, like the sky before dawn.', 'Un saphir bleu de 0,50 ct se tient au cœur du soleil, comme le ciel avant l’aube.'),
  ),
];
