import type { PackageQuestion } from '@savoir/domain';
import { imageChoice, item, matching, multiple, numeric, ordering, picture, right, single, t, trueFalse, wrong } from './build';

/** Gold, platinum, ceramic, titanium and sapphire crystal (module onboarding.metals-quiz). */
export const METALS_QUESTIONS: readonly PackageQuestion[] = [
  numeric(
    'q.materials.gold-18k-purity',
    ['materials.gold-alloys'],
    1,
    t('What percentage of pure gold does 18-carat gold contain?', 'Quel pourcentage d’or pur l’or 18 carats contient-il ?'),
    { value: 75, tolerance: 0, unit: '%' },
    t(
      'Eighteen parts of gold out of twenty-four: 75 %, hallmarked 750. The other 25 % — copper, silver, palladium — give the colour and the strength a jewel needs to be worn every day.',
      'Dix-huit parts d’or sur vingt-quatre : 75 %, poinçonné 750. Les 25 % restants — cuivre, argent, palladium — donnent la couleur et la résistance qu’exige un bijou porté chaque jour.',
    ),
  ),
  single(
    'q.materials.or-aurore',
    ['materials.gold-alloys'],
    2,
    t('What is Or Aurore?', 'Qu’est-ce que l’Or Aurore ?'),
    [
      wrong('a', 'Pure 24-carat gold', 'De l’or pur 24 carats'),
      right('b', 'The maison’s 18-carat rose gold, with a touch of palladium so its colour does not fade', 'L’or rose 18 carats de la maison, avec une touche de palladium pour que sa couleur ne passe pas'),
      wrong('c', 'A gold-plated steel used for straps', 'Un acier plaqué or utilisé pour les boucles'),
      wrong('d', 'A white gold with a rose rhodium plating', 'Un or gris recouvert d’un rhodiage rosé'),
    ],
    t(
      'Or Aurore is Aurèle’s own 18-carat rose gold: 75 % gold, with copper, silver and a touch of palladium that keeps its warm dawn colour from fading. It dresses the Rhône 38, Lierre and Aube.',
      'L’Or Aurore est l’or rose 18 carats propre à Aurèle : 75 % d’or, du cuivre, de l’argent et une touche de palladium qui empêche sa chaude couleur d’aurore de passer. Il habille la Rhône 38, Lierre et Aube.',
    ),
  ),
  trueFalse(
    'q.materials.white-gold-rhodium',
    ['materials.gold-alloys', 'service.jewellery-care'],
    2,
    t('True or false: Aurèle white gold owes its bright white to a rhodium plating, which is renewed over the years.', 'Vrai ou faux : l’or gris Aurèle doit son blanc éclatant à un rhodiage, renouvelé au fil des années.'),
    true,
    t(
      'True. 18-carat white gold is gold alloyed with palladium, slightly warm in tone; a fine rhodium plating gives it its bright white. With daily wear it is renewed every one to two years, at any boutique, on request.',
      'Vrai. L’or gris 18 carats est un alliage d’or et de palladium, d’un ton légèrement chaud ; un fin rhodiage lui donne son blanc éclatant. Porté chaque jour, il se renouvelle tous les un à deux ans, dans toute boutique, sur demande.',
    ),
  ),
  matching(
    'q.materials.metals-properties',
    ['materials.gold-alloys', 'materials.platinum', 'materials.ceramic-titanium'],
    3,
    t('Match each metal with what sets it apart.', 'Associez chaque métal à ce qui le distingue.'),
    [
      [item('aurore', 'Or Aurore', 'Or Aurore'), item('palladium', 'Rose gold whose colour is kept from fading by palladium', 'Or rose dont le palladium préserve la couleur')],
      [item('white', '18-carat white gold', 'Or gris 18 carats'), item('rhodium', 'Rhodium-plated for a bright white', 'Rhodié pour un blanc éclatant')],
      [item('platinum', 'Platinum 950', 'Platine 950'), item('patina', 'Naturally white, dense, takes on a soft patina', 'Naturellement blanc, dense, se pare d’une douce patine')],
      [item('titanium', 'Grade 5 titanium', 'Titane grade 5'), item('light', 'About 40 % lighter than steel, satin-brushed', 'Environ 40 % plus léger que l’acier, satiné')],
    ],
    t(
      'Each metal has its reason: Or Aurore for its lasting warmth, rhodium-plated white gold for brilliance, platinum for its natural white and its weight, titanium for lightness at sea.',
      'Chaque métal a sa raison d’être : l’Or Aurore pour sa chaleur durable, l’or gris rhodié pour son éclat, le platine pour sa blancheur naturelle et son poids, le titane pour sa légèreté en mer.',
    ),
  ),
  numeric(
    'q.materials.platinum-purity',
    ['materials.platinum'],
    2,
    t('What percentage of pure platinum does the maison’s platinum 950 contain?', 'Quel pourcentage de platine pur le platine 950 de la maison contient-il ?'),
    { value: 95, tolerance: 0, unit: '%' },
    t(
      '950 thousandths: 95 % platinum. This purity is why platinum stays naturally white and never needs a plating — the reason the Serment solitaires and the Sentinelle Tourbillon are made in it.',
      '950 millièmes : 95 % de platine. Cette pureté explique pourquoi le platine reste naturellement blanc et n’a jamais besoin d’être rhodié — c’est pourquoi les solitaires Serment et la Sentinelle Tourbillon sont réalisés dans ce métal.',
    ),
  ),
  multiple(
    'q.materials.platinum-qualities',
    ['materials.platinum'],
    2,
    t('Which are true of platinum 950? Select all that apply.', 'Qu’est-ce qui est vrai du platine 950 ? Sélectionnez toutes les bonnes réponses.'),
    [
      right('a', 'It is naturally white and never needs a rhodium plating', 'Il est naturellement blanc et n’a jamais besoin d’être rhodié'),
      right('b', 'It feels heavier in the hand than gold', 'Il paraît plus lourd en main que l’or'),
      wrong('c', 'It cannot be scratched', 'Il ne peut pas se rayer'),
      right('d', 'It takes on a soft patina with wear', 'Il se pare d’une douce patine avec le temps'),
      wrong('e', 'It is lighter than titanium', 'Il est plus léger que le titane'),
    ],
    t(
      'Platinum is white by nature, dense — the weight clients notice when they first hold a Sentinelle — and, rather than losing metal, it takes on a soft satin patina. It can be marked like any precious metal; a polish at service restores its shine.',
      'Le platine est blanc par nature, dense — c’est le poids que remarquent les clients en prenant pour la première fois une Sentinelle en main — et, plutôt que de perdre de la matière, il se pare d’une douce patine satinée. Il se marque comme tout métal précieux ; un polissage lors de la révision lui rend son éclat.',
    ),
  ),
  single(
    'q.materials.ceramic-what',
    ['materials.ceramic-titanium'],
    3,
    t('What is the ceramic of the Marée bezel?', 'En quoi consiste la céramique de la lunette Marée ?'),
    [
      wrong('a', 'Enamel fired on steel', 'De l’émail cuit sur acier'),
      wrong('b', 'A tinted sapphire', 'Un saphir teinté'),
      right('c', 'Zirconium oxide, sintered at about 1,400 °C', 'De l’oxyde de zirconium, fritté à environ 1 400 °C'),
      wrong('d', 'Lacquered aluminium', 'De l’aluminium laqué'),
    ],
    t(
      'The Marée bezel insert is zirconium-oxide ceramic, pressed then sintered at about 1,400 °C. The result is almost impossible to scratch, and its black never fades in sun or sea water.',
      'L’insert de lunette Marée est en céramique d’oxyde de zirconium, pressée puis frittée à environ 1 400 °C. Elle est presque impossible à rayer, et son noir ne passe ni au soleil ni à l’eau de mer.',
    ),
  ),
  trueFalse(
    'q.materials.ceramic-unbreakable',
    ['materials.ceramic-titanium'],
    2,
    t('True or false: because ceramic is practically scratch-proof, it cannot break.', 'Vrai ou faux : la céramique étant pratiquement inrayable, elle ne peut pas casser.'),
    false,
    t(
      'False. Hardness is not toughness: ceramic resists scratches far better than steel, but a hard knock on a sharp edge can crack it. Say so honestly — the maison replaces a damaged insert at service.',
      'Faux. Dureté n’est pas résistance aux chocs : la céramique résiste bien mieux aux rayures que l’acier, mais un choc violent sur une arête peut la fêler. Dites-le avec honnêteté — la maison remplace un insert abîmé lors de la révision.',
    ),
  ),
  numeric(
    'q.materials.titanium-lighter',
    ['materials.ceramic-titanium', 'product.maree-collection'],
    3,
    t('About how much lighter than steel is grade 5 titanium, in percent?', 'De combien le titane grade 5 est-il environ plus léger que l’acier, en pourcentage ?'),
    { value: 40, tolerance: 5, unit: '%' },
    t(
      'About 40 % lighter than steel, and it does not corrode in sea water: why the Marée Plongée 42 is made in grade 5 titanium. Its case is satin-brushed, a finish that is renewed, not polished.',
      'Environ 40 % plus léger que l’acier, et insensible à la corrosion de l’eau de mer : c’est pourquoi la Marée Plongée 42 est en titane grade 5. Sa boîte est satinée, une finition que l’on renouvelle sans la polir.',
    ),
  ),
  numeric(
    'q.materials.sapphire-mohs',
    ['materials.sapphire-crystal'],
    2,
    t('How hard is sapphire crystal on the Mohs scale?', 'Quelle est la dureté du verre saphir sur l’échelle de Mohs ?'),
    { value: 9, tolerance: 0, unit: 'Mohs' },
    t(
      '9 on the Mohs scale, just below diamond at 10. Everyday objects — keys, steel, sand — cannot scratch it.',
      '9 sur l’échelle de Mohs, juste en dessous du diamant, à 10. Les objets du quotidien — clés, acier, sable — ne peuvent pas le rayer.',
    ),
  ),
  single(
    'q.materials.sapphire-crystal-what',
    ['materials.sapphire-crystal'],
    2,
    t('What is sapphire crystal?', 'Qu’est-ce que le verre saphir ?'),
    [
      right('a', 'Synthetic corundum — aluminium oxide grown as a crystal, then cut and polished', 'Du corindon de synthèse — de l’oxyde d’aluminium cristallisé, puis taillé et poli'),
      wrong('b', 'A natural sapphire sliced thin', 'Un saphir naturel découpé en fine lamelle'),
      wrong('c', 'A toughened mineral glass', 'Un verre minéral trempé'),
      wrong('d', 'A scratch-resistant acrylic', 'Un acrylique résistant aux rayures'),
    ],
    t(
      'Sapphire crystal is the same mineral as a sapphire gem — corundum — but grown in a laboratory, colourless, then cut and polished. Hence its name and its hardness of 9.',
      'Le verre saphir est le même minéral que le saphir gemme — le corindon —, mais cristallisé en laboratoire, incolore, puis taillé et poli. D’où son nom et sa dureté de 9.',
    ),
  ),
  trueFalse(
    'q.materials.ar-inside',
    ['materials.sapphire-crystal'],
    4,
    t('True or false: the maison applies the anti-reflective coating on the inside of the sapphire crystal.', 'Vrai ou faux : la maison applique le traitement antireflet sur la face intérieure du verre saphir.'),
    true,
    t(
      'True. On the inside, the coating is protected; the outer face stays bare sapphire, as hard as it can be. A coating on the outside could wear and show marks that look like scratches.',
      'Vrai. À l’intérieur, le traitement est protégé ; la face extérieure reste du saphir nu, aussi dur que possible. Un traitement extérieur pourrait s’user et laisser des traces qui ressemblent à des rayures.',
    ),
  ),
  single(
    'q.materials.sapphire-scratch',
    ['materials.sapphire-crystal', 'materials.diamond-4cs'],
    3,
    t('Which of these can scratch sapphire crystal?', 'Lequel de ces éléments peut rayer le verre saphir ?'),
    [
      wrong('a', 'A steel bracelet', 'Un bracelet en acier'),
      wrong('b', 'Beach sand', 'Le sable d’une plage'),
      right('c', 'A diamond, for instance the diamond of a ring', 'Un diamant, celui d’une bague par exemple'),
      wrong('d', 'A set of keys', 'Un trousseau de clés'),
    ],
    t(
      'Only a harder material scratches a softer one. Diamond, at 10, can mark sapphire crystal at 9 — a useful reminder for clients who wear a solitaire and a watch on the same hand.',
      'Seul un matériau plus dur peut en rayer un plus tendre. Le diamant, à 10, peut marquer le verre saphir, à 9 — un rappel utile pour les clientes qui portent un solitaire et une montre au même poignet.',
    ),
  ),
];

/** Diamonds and coloured gems (module onboarding.gems-quiz). */
export const GEMS_QUESTIONS: readonly PackageQuestion[] = [
  matching(
    'q.gems.four-cs',
    ['materials.diamond-4cs'],
    1,
    t('Match each of the 4Cs with what it describes.', 'Associez chacun des 4C à ce qu’il décrit.'),
    [
      [item('carat', 'Carat', 'Carat'), item('weight', 'Weight: one carat is 0.2 gram', 'Le poids : un carat pèse 0,2 gramme')],
      [item('colour', 'Colour', 'Couleur'), item('tint', 'The absence of tint, graded from D to Z', 'L’absence de teinte, notée de D à Z')],
      [item('clarity', 'Clarity', 'Pureté'), item('inclusions', 'Inclusions and blemishes seen under a 10× loupe', 'Les inclusions et défauts vus à la loupe 10×')],
      [item('cut', 'Cut', 'Taille'), item('light', 'Proportions, symmetry and polish, which make light play', 'Proportions, symétrie et poli, qui font jouer la lumière')],
    ],
    t(
      'Carat is weight; colour, the absence of tint from D (colourless) to Z; clarity, what a 10× loupe reveals; cut, the proportions that turn light into brilliance. Cut is the only C in a craftsman’s hands.',
      'Le carat est le poids ; la couleur, l’absence de teinte de D (incolore) à Z ; la pureté, ce que révèle la loupe 10× ; la taille, les proportions qui changent la lumière en éclat. La taille est le seul C qui dépende de la main de l’artisan.',
    ),
  ),
  numeric(
    'q.gems.carat-grams',
    ['materials.diamond-4cs'],
    2,
    t('A diamond weighs 1.50 carats. What is its weight in grams?', 'Un diamant pèse 1,50 carat. Quel est son poids en grammes ?'),
    { value: 0.3, tolerance: 0.01, unit: 'g' },
    t('One carat is 0.2 gram, so 1.50 ct × 0.2 g = 0.30 g.', 'Un carat pèse 0,2 gramme : 1,50 ct × 0,2 g = 0,30 g.'),
  ),
  numeric(
    'q.gems.grams-carat',
    ['materials.diamond-4cs'],
    3,
    t('A loose diamond weighs 0.5 gram. How many carats is that?', 'Un diamant sur papier pèse 0,5 gramme. Combien de carats cela représente-t-il ?'),
    { value: 2.5, tolerance: 0.05, unit: 'ct' },
    t('Five carats make one gram, so 0.5 g × 5 = 2.50 ct.', 'Cinq carats font un gramme : 0,5 g × 5 = 2,50 ct.'),
  ),
  ordering(
    'q.gems.colour-grades',
    ['materials.diamond-4cs'],
    2,
    t('Order these diamond colour grades from the most colourless.', 'Classez ces couleurs de diamant, de la plus incolore à la plus teintée.'),
    [item('d', 'D', 'D'), item('f', 'F', 'F'), item('h', 'H', 'H'), item('k', 'K', 'K')],
    t(
      'The scale runs from D, perfectly colourless, towards Z, increasingly yellow. The maison sets only D to G, so H and K never appear in an Aurèle creation.',
      'L’échelle va de D, parfaitement incolore, vers Z, de plus en plus jaune. La maison ne sertit que de D à G : H et K n’apparaissent jamais dans une création Aurèle.',
    ),
  ),
  ordering(
    'q.gems.clarity-grades',
    ['materials.diamond-4cs'],
    4,
    t('Order these clarity grades from the purest.', 'Classez ces degrés de pureté, du plus pur au moins pur.'),
    [
      item('if', 'IF — internally flawless', 'IF — pur à la loupe'),
      item('vvs1', 'VVS1 — very, very slightly included', 'VVS1 — très, très petites inclusions'),
      item('vs2', 'VS2 — very slightly included', 'VS2 — très petites inclusions'),
      item('si1', 'SI1 — slightly included', 'SI1 — petites inclusions'),
      item('i1', 'I1 — included', 'I1 — inclusions visibles'),
    ],
    t(
      'IF, then VVS, VS, SI and I. The maison’s limit is VS2: every Aurèle diamond is IF to VS2, with inclusions invisible to the naked eye.',
      'IF, puis VVS, VS, SI et I. La limite de la maison est VS2 : chaque diamant Aurèle est IF à VS2, sans inclusion visible à l’œil nu.',
    ),
  ),
  single(
    'q.gems.aurele-standard',
    ['materials.diamond-4cs'],
    2,
    t('Which diamonds does the maison set?', 'Quels diamants la maison sertit-elle ?'),
    [
      wrong('a', 'Any colour, as long as the clarity is IF', 'Toute couleur, pourvu que la pureté soit IF'),
      right('b', 'Colour D to G, clarity IF to VS2', 'Couleur D à G, pureté IF à VS2'),
      wrong('c', 'Colour D only, any clarity', 'Couleur D uniquement, toute pureté'),
      wrong('d', 'Colour G to K, clarity SI', 'Couleur G à K, pureté SI'),
    ],
    t(
      'The Aurèle standard: colour D to G, clarity IF to VS2, and an Excellent cut for round brilliants. It applies to a 0.01 ct pavé stone as much as to a Serment solitaire.',
      'L’exigence Aurèle : couleur D à G, pureté IF à VS2 et taille Excellente pour les brillants ronds. Elle vaut pour une pierre de pavé de 0,01 ct comme pour un solitaire Serment.',
    ),
  ),
  single(
    'q.gems.brilliant-facets',
    ['materials.diamond-4cs'],
    2,
    t('How many facets does a round brilliant have?', 'Combien de facettes compte un brillant rond ?'),
    [
      wrong('a', '33', '33'),
      right('b', '57 (58 with a culet)', '57 (58 avec une colette)'),
      wrong('c', '72', '72'),
      wrong('d', '100', '100'),
    ],
    t(
      'A round brilliant has 57 facets — 58 when a tiny culet is polished at the point. Their angles send light back through the top of the stone: that is brilliance.',
      'Un brillant rond compte 57 facettes — 58 lorsqu’une minuscule colette est polie à la pointe. Leurs angles renvoient la lumière vers le haut de la pierre : c’est cela, l’éclat.',
    ),
  ),
  trueFalse(
    'q.gems.diamond-cannot-chip',
    ['materials.diamond-4cs', 'service.jewellery-care'],
    3,
    t('True or false: diamond is the hardest natural material, so it cannot chip.', 'Vrai ou faux : le diamant étant le matériau naturel le plus dur, il ne peut pas s’ébrécher.'),
    false,
    t(
      'False. Nothing natural scratches a diamond, but a sharp knock along one of its cleavage planes can chip it. This is why claws are checked every year and why pieces are stored apart.',
      'Faux. Rien de naturel ne raye un diamant, mais un choc sec dans l’axe d’un de ses plans de clivage peut l’ébrécher. C’est pourquoi les griffes sont vérifiées chaque année et les bijoux rangés séparément.',
    ),
  ),
  matching(
    'q.gems.gem-properties',
    ['materials.coloured-gems'],
    3,
    t('Match each gem with its description.', 'Associez chaque pierre à sa description.'),
    [
      [item('sapphire', 'Blue sapphire', 'Saphir bleu'), item('corundum-blue', 'Corundum, coloured blue by iron and titanium', 'Corindon, coloré en bleu par le fer et le titane')],
      [item('ruby', 'Ruby', 'Rubis'), item('corundum-red', 'Corundum, coloured red by chromium', 'Corindon, coloré en rouge par le chrome')],
      [item('emerald', 'Emerald', 'Émeraude'), item('beryl', 'Beryl with a “jardin” of inclusions, usually oiled', 'Béryl au « jardin » d’inclusions, généralement huilé')],
      [item('tsavorite', 'Tsavorite', 'Tsavorite'), item('garnet', 'A vivid green garnet, rarely treated', 'Grenat d’un vert vif, rarement traité')],
    ],
    t(
      'Sapphire and ruby are both corundum (hardness 9), blue from iron and titanium, red from chromium. Emerald is a beryl whose inclusions form its “jardin”; tsavorite, a green garnet, gives the Lierre leaves their brightness.',
      'Saphir et rubis sont tous deux des corindons (dureté 9) : bleu du fer et du titane, rouge du chrome. L’émeraude est un béryl dont les inclusions forment le « jardin » ; la tsavorite, un grenat vert, donne leur éclat aux feuilles de Lierre.',
    ),
  ),
  ordering(
    'q.gems.hardness-order',
    ['materials.coloured-gems'],
    2,
    t('Order these materials from the hardest.', 'Classez ces matières, de la plus dure à la plus tendre.'),
    [
      item('diamond', 'Diamond', 'Diamant'),
      item('sapphire', 'Sapphire', 'Saphir'),
      item('emerald', 'Emerald', 'Émeraude'),
      item('nacre', 'Mother-of-pearl', 'Nacre'),
    ],
    t(
      'Diamond 10, sapphire 9, emerald 7.5 to 8, mother-of-pearl about 3.5. The softer the material, the more gently it is worn and cleaned — mother-of-pearl fears perfume as much as a knock.',
      'Diamant 10, saphir 9, émeraude 7,5 à 8, nacre environ 3,5. Plus la matière est tendre, plus on la porte et la nettoie avec douceur — la nacre craint le parfum autant que les chocs.',
    ),
  ),
  multiple(
    'q.gems.corundum',
    ['materials.coloured-gems', 'materials.sapphire-crystal'],
    3,
    t('Which of these are corundum? Select all that apply.', 'Lesquels sont des corindons ? Sélectionnez toutes les bonnes réponses.'),
    [
      right('a', 'Ruby', 'Le rubis'),
      wrong('b', 'Emerald', 'L’émeraude'),
      right('c', 'Blue sapphire', 'Le saphir bleu'),
      right('d', 'The sapphire crystal of a watch', 'Le verre saphir d’une montre'),
      wrong('e', 'Tsavorite', 'La tsavorite'),
    ],
    t(
      'Ruby, sapphire and sapphire crystal are all corundum — aluminium oxide — the last one grown in a laboratory. Emerald is a beryl, tsavorite a garnet.',
      'Le rubis, le saphir et le verre saphir sont tous des corindons — de l’oxyde d’aluminium —, le dernier cristallisé en laboratoire. L’émeraude est un béryl, la tsavorite un grenat.',
    ),
  ),
  imageChoice(
    'q.gems.round-brilliant-image',
    ['materials.diamond-4cs'],
    1,
    t('Which stone is a round brilliant?', 'Quelle pierre est un brillant rond ?'),
    [
      picture('a', false, 'cut-princess.svg', t('Stone A', 'Pierre A'), t('A square stone seen from above, with sharp corners', 'Une pierre carrée vue de dessus, aux angles vifs')),
      picture('b', false, 'cut-emerald.svg', t('Stone B', 'Pierre B'), t('A rectangular stone with cut corners and long step facets', 'Une pierre rectangulaire aux angles coupés et aux longues facettes en gradins')),
      picture('c', true, 'cut-round-brilliant.svg', t('Stone C', 'Pierre C'), t('A circular stone with many triangular and kite-shaped facets radiating from its centre', 'Une pierre circulaire aux nombreuses facettes triangulaires et en losange rayonnant depuis son centre')),
      picture('d', false, 'cut-pear.svg', t('Stone D', 'Pierre D'), t('A teardrop-shaped stone', 'Une pierre en forme de goutte')),
    ],
    t(
      'The round brilliant is circular, its 57 facets radiating from the centre. It is the cut of the Serment solitaires and of the Ondine pavé; princess, emerald and pear cuts are other shapes.',
      'Le brillant rond est circulaire, ses 57 facettes rayonnant depuis le centre. C’est la taille des solitaires Serment et du pavé Ondine ; princesse, émeraude et poire sont d’autres formes.',
    ),
  ),
  trueFalse(
    'q.gems.emerald-jardin',
    ['materials.coloured-gems'],
    2,
    t('True or false: in an emerald, small inclusions called the “jardin” are expected and part of its character.', 'Vrai ou faux : dans une émeraude, de petites inclusions appelées le « jardin » sont attendues et font partie de son caractère.'),
    true,
    t(
      'True. Almost every emerald has its jardin, a garden of inclusions that makes each stone unique. They are usually filled with a colourless oil, which is why emeralds never go in an ultrasonic cleaner.',
      'Vrai. Presque toute émeraude a son jardin, un ensemble d’inclusions qui rend chaque pierre unique. On les comble généralement d’une huile incolore : c’est pourquoi une émeraude ne passe jamais aux ultrasons.',
    ),
  ),
];

/** Enamel, guilloché and gem-setting (module onboarding.savoir-faire-challenge). */
export const CRAFT_QUESTIONS: readonly PackageQuestion[] = [
  single(
    'q.craft.grand-feu-what',
    ['craft.grand-feu-enamel'],
    1,
    t('What is grand feu enamel?', 'Qu’est-ce que l’émail grand feu ?'),
    [
      wrong('a', 'A lacquer painted on the dial and varnished', 'Une laque peinte sur le cadran puis vernie'),
      right('b', 'Powdered glass coloured by metal oxides, fused onto gold in a kiln at about 800 °C', 'Du verre en poudre coloré d’oxydes métalliques, fondu sur l’or dans un four à environ 800 °C'),
      wrong('c', 'A printed transfer', 'Un décor imprimé par décalque'),
      wrong('d', 'A thin slice of ceramic', 'Une fine plaque de céramique'),
    ],
    t(
      'Grand feu is vitreous enamel: glass ground to powder, coloured with metal oxides, laid on a gold base and fused at about 800 °C. Being glass, its colour never fades.',
      'Le grand feu est un émail vitrifié : du verre broyé, coloré d’oxydes métalliques, posé sur une base en or et fondu à environ 800 °C. Puisqu’il s’agit de verre, sa couleur ne passe jamais.',
    ),
  ),
  numeric(
    'q.craft.enamel-temperature',
    ['craft.grand-feu-enamel'],
    2,
    t('At about what temperature is grand feu enamel fired?', 'À quelle température environ l’émail grand feu est-il cuit ?'),
    { value: 800, tolerance: 50, unit: '°C' },
    t(
      'About 800 °C — hot enough to melt the glass powder onto the fine gold base, which melts only above 1,000 °C. A few seconds too long and the colour burns.',
      'Environ 800 °C — assez pour fondre la poudre de verre sur la base en or fin, qui ne fond qu’au-delà de 1 000 °C. Quelques secondes de trop, et la couleur brûle.',
    ),
  ),
  trueFalse(
    'q.craft.enamel-fades',
    ['craft.grand-feu-enamel'],
    1,
    t('True or false: grand feu enamel colours fade with the years and with light.', 'Vrai ou faux : les couleurs de l’émail grand feu pâlissent avec les années et la lumière.'),
    false,
    t(
      'False. Grand feu is glass fused to metal: its colour is as lasting as the dial itself. Pocket watches enamelled by Héloïse in the 1850s have kept their colours intact.',
      'Faux. Le grand feu est du verre fondu sur le métal : sa couleur dure autant que le cadran. Les montres de poche émaillées par Héloïse dans les années 1850 ont gardé leurs couleurs intactes.',
    ),
  ),
  matching(
    'q.craft.enamel-techniques',
    ['craft.grand-feu-enamel'],
    4,
    t('Match each enamelling technique with its description.', 'Associez chaque technique d’émaillage à sa description.'),
    [
      [item('champleve', 'Champlevé', 'Champlevé'), item('carved', 'Hollows carved into the metal are filled with enamel', 'Des creux taillés dans le métal sont remplis d’émail')],
      [item('cloisonne', 'Cloisonné', 'Cloisonné'), item('wires', 'Fine gold wires form cells that hold each colour', 'De fins fils d’or forment des cloisons qui retiennent chaque couleur')],
      [item('grisaille', 'Grisaille', 'Grisaille'), item('white', 'Shades of white enamel painted over a dark ground', 'Des nuances d’émail blanc peintes sur un fond sombre')],
      [item('plique', 'Plique-à-jour', 'Plique-à-jour'), item('glass', 'Translucent enamel with no backing, like stained glass', 'Un émail translucide sans fond, comme un vitrail')],
    ],
    t(
      'The Atelier des Émaux masters all four: champlevé carves, cloisonné partitions with gold wire, grisaille paints light on dark, plique-à-jour lets light through like a stained-glass window.',
      'L’Atelier des Émaux maîtrise les quatre : le champlevé creuse, le cloisonné cloisonne au fil d’or, la grisaille peint la lumière sur l’ombre, la plique-à-jour laisse passer le jour comme un vitrail.',
    ),
  ),
  ordering(
    'q.craft.enamel-steps',
    ['craft.grand-feu-enamel'],
    3,
    t('Put the making of a grand feu dial in order.', 'Remettez dans l’ordre la réalisation d’un cadran grand feu.'),
    [
      item('base', 'Prepare the gold dial base', 'Préparer la base du cadran en or'),
      item('grind', 'Grind and wash the enamel into a fine powder', 'Broyer et laver l’émail en une poudre fine'),
      item('lay', 'Lay a thin, even layer with a fine spatula', 'Poser une couche fine et régulière à la spatule'),
      item('fire', 'Fire at about 800 °C — and repeat, layer by layer', 'Cuire à environ 800 °C — et recommencer, couche après couche'),
      item('inspect', 'Inspect under the loupe before the dial is accepted', 'Contrôler à la loupe avant d’accepter le cadran'),
    ],
    t(
      'Base, powder, layer, firing — the last two repeated eight to twelve times for a Séléné dial — and a final inspection. Each firing is a risk: that is the price of a colour that lasts for ever.',
      'La base, la poudre, la couche, la cuisson — ces deux dernières répétées huit à douze fois pour un cadran Séléné — puis le contrôle final. Chaque cuisson est un risque : c’est le prix d’une couleur éternelle.',
    ),
  ),
  single(
    'q.craft.enamel-firings',
    ['craft.grand-feu-enamel', 'product.selene-collection'],
    3,
    t('How many firings does a Séléné grand feu dial go through?', 'Combien de cuissons un cadran grand feu Séléné traverse-t-il ?'),
    [
      wrong('a', 'One', 'Une seule'),
      wrong('b', 'Two or three', 'Deux ou trois'),
      right('c', 'Eight to twelve', 'Huit à douze'),
      wrong('d', 'About fifty', 'Une cinquantaine'),
    ],
    t(
      'Eight to twelve firings, each adding a thin layer to build the depth of the Séléné blue. About one dial in three does not survive them.',
      'Huit à douze cuissons, chacune ajoutant une fine couche pour construire la profondeur du bleu Séléné. Environ un cadran sur trois n’y survit pas.',
    ),
  ),
  trueFalse(
    'q.craft.enamel-rejects',
    ['craft.grand-feu-enamel'],
    3,
    t('True or false: about one grand feu dial in three is set aside because a firing left a bubble, a crack or a speck.', 'Vrai ou faux : environ un cadran grand feu sur trois est écarté parce qu’une cuisson a laissé une bulle, une fêlure ou une poussière.'),
    true,
    t(
      'True. Every firing can crack the enamel or trap a bubble, and a flaw cannot be repaired. The dial on a client’s wrist is one that passed every firing.',
      'Vrai. Chaque cuisson peut fêler l’émail ou emprisonner une bulle, et un défaut ne se répare pas. Le cadran au poignet d’un client est celui qui a franchi toutes les cuissons.',
    ),
  ),
  single(
    'q.craft.guilloche-machine',
    ['craft.guilloche'],
    1,
    t('How is an Aurèle guilloché dial made?', 'Comment un cadran guilloché Aurèle est-il réalisé ?'),
    [
      wrong('a', 'Stamped in one strike by a press', 'Estampé d’un seul coup de presse'),
      wrong('b', 'Engraved by a laser', 'Gravé au laser'),
      right('c', 'By a craftsman turning a hand-operated rose engine, line by line', 'Par un artisan qui actionne à la main un tour à guillocher, ligne après ligne'),
      wrong('d', 'Printed, then varnished', 'Imprimé, puis verni'),
    ],
    t(
      'The guillocheur guides the cutter by hand on a rose engine, one line at a time: about four hours for a Rhône dial. A stamped dial copies the pattern; only engine-turning gives the crisp, living light.',
      'Le guillocheur guide l’outil à la main sur un tour à guillocher, une ligne à la fois : environ quatre heures pour un cadran Rhône. Un cadran estampé copie le motif ; seul le guillochage donne cette lumière nette et vivante.',
    ),
  ),
  imageChoice(
    'q.craft.rayons-image',
    ['craft.guilloche'],
    2,
    t('Which dial shows the Rayons d’Aurore guilloché?', 'Quel cadran présente le guilloché Rayons d’Aurore ?'),
    [
      picture('a', false, 'guilloche-clous.svg', t('Dial A', 'Cadran A'), t('A dial covered with a grid of tiny pyramids', 'Un cadran couvert d’une grille de minuscules pyramides')),
      picture('b', true, 'guilloche-rayons-aurore.svg', t('Dial B', 'Cadran B'), t('A silvered dial with fine straight rays fanning out from the centre', 'Un cadran argenté aux fins rayons droits qui partent du centre en éventail')),
      picture('c', false, 'guilloche-waves.svg', t('Dial C', 'Cadran C'), t('A dial with wavy horizontal lines', 'Un cadran aux lignes horizontales ondulées')),
      picture('d', false, 'dial-lacquer-plain.svg', t('Dial D', 'Cadran D'), t('A smooth, plain black lacquered dial', 'Un cadran lisse, en laque noire unie')),
    ],
    t(
      'Rayons d’Aurore is the maison’s sunburst: fine rays engine-turned from the centre, like the dawn of the emblem. It dresses every Rhône dial and, under enamel, the Aube jewellery.',
      'Rayons d’Aurore est le soleil de la maison : de fins rayons guillochés depuis le centre, comme l’aurore de l’emblème. Il habille chaque cadran Rhône et, sous l’émail, les bijoux Aube.',
    ),
  ),
  trueFalse(
    'q.craft.flinque',
    ['craft.guilloche', 'craft.grand-feu-enamel', 'product.aube-collection'],
    3,
    t('True or false: flinqué is guilloché covered with translucent enamel, as on the Aube pendant.', 'Vrai ou faux : le flinqué est un guilloché recouvert d’émail translucide, comme sur le pendentif Aube.'),
    true,
    t(
      'True. In flinqué, the guilloché shines through translucent grand feu enamel. On the Aube pendant, the Rayons d’Aurore glow beneath a sunrise-red enamel around a blue sapphire.',
      'Vrai. Dans le flinqué, le guilloché transparaît sous un émail grand feu translucide. Sur le pendentif Aube, les Rayons d’Aurore rayonnent sous un émail rouge aurore, autour d’un saphir bleu.',
    ),
  ),
  numeric(
    'q.craft.guilloche-hours',
    ['craft.guilloche', 'product.rhone-collection'],
    3,
    t('About how many hours of engine-turning does one Rhône dial take?', 'Combien d’heures de guillochage environ un cadran Rhône demande-t-il ?'),
    { value: 4, tolerance: 1, unit: 'h' },
    t(
      'About four hours at the rose engine, line by line, for the Rayons d’Aurore of a single Rhône dial — a figure that speaks to clients more than any adjective.',
      'Environ quatre heures au tour à guillocher, ligne après ligne, pour les Rayons d’Aurore d’un seul cadran Rhône — un chiffre qui parle davantage aux clients que n’importe quel adjectif.',
    ),
  ),
  single(
    'q.craft.rose-engine-oldest',
    ['craft.guilloche', 'heritage.ateliers'],
    4,
    t('When was the oldest rose engine still at work in the guilloché atelier built?', 'De quand date le plus ancien tour à guillocher encore en service à l’atelier de guillochage ?'),
    [
      wrong('a', '1837', '1837'),
      right('b', '1902', '1902'),
      wrong('c', '1962', '1962'),
      wrong('d', '2004', '2004'),
    ],
    t(
      'The oldest engine was built in 1902 and still turns every day. Rose engines are no longer made in series: the atelier maintains its own.',
      'Le plus ancien tour date de 1902 et tourne encore chaque jour. Les tours à guillocher ne se fabriquent plus en série : l’atelier entretient lui-même les siens.',
    ),
  ),
  matching(
    'q.craft.settings',
    ['craft.gem-setting'],
    3,
    t('Match each setting with its description.', 'Associez chaque serti à sa description.'),
    [
      [item('claw', 'Claw setting', 'Serti griffes'), item('high', 'A few claws hold the stone high, open to the light', 'Quelques griffes tiennent la pierre haute, ouverte à la lumière')],
      [item('bezel', 'Bezel setting', 'Serti clos'), item('rim', 'A rim of metal encircles and protects the stone', 'Un rebord de métal entoure et protège la pierre')],
      [item('pave', 'Pavé', 'Pavé'), item('cobbles', 'Small stones set close together, like cobblestones', 'De petites pierres serrées les unes contre les autres, comme des pavés')],
      [item('snow', 'Snow setting', 'Serti neige'), item('sizes', 'Stones of different sizes cover the surface, hiding the metal', 'Des pierres de tailles différentes couvrent la surface et cachent le métal')],
    ],
    t(
      'Claws for the Serment solitaire, bezel for the Lierre emeralds, pavé for the Ondine wave, snow setting for the Ondine Secrète cover.',
      'Les griffes pour le solitaire Serment, le serti clos pour les émeraudes Lierre, le pavé pour la vague Ondine, le serti neige pour le capot de l’Ondine Secrète.',
    ),
  ),
  imageChoice(
    'q.craft.bezel-setting-image',
    ['craft.gem-setting'],
    2,
    t('Which photograph shows a bezel setting (serti clos)?', 'Quelle photographie montre un serti clos ?'),
    [
      picture('a', true, 'setting-bezel.svg', t('Setting A', 'Serti A'), t('A green stone entirely surrounded by a smooth rim of gold', 'Une pierre verte entièrement entourée d’un rebord d’or lisse')),
      picture('b', false, 'setting-claw.svg', t('Setting B', 'Serti B'), t('A diamond held high by six thin metal prongs', 'Un diamant tenu haut par six fines griffes de métal')),
      picture('c', false, 'setting-pave.svg', t('Setting C', 'Serti C'), t('Rows of small diamonds set closely together', 'Des rangées de petits diamants serrés les uns contre les autres')),
      picture('d', false, 'setting-snow.svg', t('Setting D', 'Serti D'), t('Diamonds of many sizes covering a surface with no metal visible', 'Des diamants de nombreuses tailles couvrant une surface sans métal apparent')),
    ],
    t(
      'A bezel setting wraps the stone in a continuous rim of metal (A). It protects the girdle — the reason the maison chooses it for the Lierre emeralds.',
      'Le serti clos enveloppe la pierre d’un rebord de métal continu (A). Il protège le rondiste — c’est pourquoi la maison le choisit pour les émeraudes Lierre.',
    ),
  ),
  single(
    'q.craft.serment-claws',
    ['craft.gem-setting', 'product.serment-collection'],
    2,
    t('How many claws hold the diamond of a Serment solitaire?', 'Combien de griffes tiennent le diamant d’un solitaire Serment ?'),
    [
      wrong('a', 'Three', 'Trois'),
      wrong('b', 'Four', 'Quatre'),
      right('c', 'Six', 'Six'),
      wrong('d', 'Eight', 'Huit'),
    ],
    t(
      'Six fine claws, each adjusted by hand at the Atelier Vendôme. They hold the diamond securely while raising it to the light — the Serment signature.',
      'Six fines griffes, chacune ajustée à la main à l’Atelier Vendôme. Elles tiennent le diamant en toute sécurité tout en l’élevant vers la lumière — la signature de Serment.',
    ),
  ),
  trueFalse(
    'q.craft.emerald-bezel',
    ['craft.gem-setting', 'product.lierre-collection'],
    3,
    t('True or false: the Lierre emeralds are bezel-set because a rim of metal protects a stone more fragile than diamond.', 'Vrai ou faux : les émeraudes Lierre sont serties clos parce qu’un rebord de métal protège une pierre plus fragile que le diamant.'),
    true,
    t(
      'True. Emerald (7.5 to 8) is harder than most gems but more fragile than diamond, and its inclusions make it sensitive to knocks. The bezel guards its edge.',
      'Vrai. L’émeraude (7,5 à 8) est plus dure que bien des pierres mais plus fragile que le diamant, et ses inclusions la rendent sensible aux chocs. Le serti clos protège son rondiste.',
    ),
  ),
  multiple(
    'q.craft.hand-why',
    ['craft.guilloche', 'craft.grand-feu-enamel', 'craft.gem-setting'],
    2,
    t('Why does the maison still do these crafts by hand? Select all that apply.', 'Pourquoi la maison pratique-t-elle encore ces métiers à la main ? Sélectionnez toutes les bonnes réponses.'),
    [
      right('a', 'A hand-guided cutter gives guilloché its crisp depth and living light', 'Un outil guidé à la main donne au guilloché sa profondeur nette et sa lumière vivante'),
      wrong('b', 'Hand work is cheaper than machines', 'Le travail manuel coûte moins cher que les machines'),
      right('c', 'Each enamel firing needs an enameller’s judgement', 'Chaque cuisson d’émail demande le jugement d’un émailleur'),
      right('d', 'The setter adjusts every claw to its own stone', 'Le sertisseur ajuste chaque griffe à sa pierre'),
      wrong('e', 'Machines cannot cut gold', 'Les machines ne savent pas travailler l’or'),
    ],
    t(
      'It is a matter of result, not nostalgia: the line of the hand-turned guilloché, the eye of the enameller at the kiln, the claw fitted to one stone. It costs more time, never less.',
      'C’est une question de résultat, non de nostalgie : la ligne du guilloché tourné à la main, l’œil de l’émailleur devant le four, la griffe ajustée à une pierre. Cela demande plus de temps, jamais moins.',
    ),
  ),
];
