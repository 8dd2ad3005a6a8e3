import type { PackageQuestion } from '@savoir/domain';
import { imageChoice, item, matching, multiple, numeric, ordering, picture, right, single, t, trueFalse, wrong } from './build';

/** Water resistance and magnetism (module onboarding.care-quiz). */
export const CARE_QUESTIONS: readonly PackageQuestion[] = [
  matching(
    'q.care.wr-ratings',
    ['service.water-resistance'],
    2,
    t('Match each water-resistance rating with what it allows.', 'Associez chaque étanchéité à ce qu’elle permet.'),
    [
      [item('m30', '30 m', '30 m'), item('splash', 'Splashes, rain and hand-washing', 'Éclaboussures, pluie et lavage des mains')],
      [item('m50', '50 m', '50 m'), item('surface', 'A brief swim at the surface', 'Une courte baignade en surface')],
      [item('m100', '100 m', '100 m'), item('snorkel', 'Swimming and snorkelling', 'La nage et la randonnée palmée')],
      [item('m300', '300 m', '300 m'), item('scuba', 'Scuba diving', 'La plongée sous-marine')],
    ],
    t(
      'A rating is a test pressure, not a depth to dive to: 30 m is for everyday splashes, 50 m for a brief swim, 100 m for swimming and snorkelling, 300 m — the Marée — for diving.',
      'Une étanchéité est une pression d’essai, non une profondeur de plongée : 30 m pour les éclaboussures du quotidien, 50 m pour une courte baignade, 100 m pour la nage et la randonnée palmée, 300 m — la Marée — pour la plongée.',
    ),
  ),
  trueFalse(
    'q.care.30m-swim',
    ['service.water-resistance'],
    1,
    t('True or false: a watch water-resistant to 30 metres can be worn for swimming.', 'Vrai ou faux : une montre étanche à 30 mètres peut être portée pour nager.'),
    false,
    t(
      'False. 30 metres means splashes, rain and hand-washing — no swimming, no shower. The Séléné, the Sentinelle and the Ondine Secrète are 30-metre watches: advise clients to take them off before water.',
      'Faux. 30 mètres signifie éclaboussures, pluie et lavage des mains — ni baignade, ni douche. La Séléné, la Sentinelle et l’Ondine Secrète sont étanches à 30 mètres : conseillez de les retirer avant tout contact prolongé avec l’eau.',
    ),
  ),
  multiple(
    'q.care.wr-habits',
    ['service.water-resistance'],
    2,
    t('Which habits keep a watch water-resistant? Select all that apply.', 'Quels gestes préservent l’étanchéité d’une montre ? Sélectionnez toutes les bonnes réponses.'),
    [
      right('a', 'Screw the crown fully down before any contact with water', 'Visser complètement la couronne avant tout contact avec l’eau'),
      wrong('b', 'Wear it in the sauna to test the gaskets', 'La porter au sauna pour éprouver les joints'),
      right('c', 'Never use the crown or the pushers under water', 'Ne jamais manipuler la couronne ni les poussoirs sous l’eau'),
      right('d', 'Rinse it in fresh water after the sea', 'La rincer à l’eau douce après la mer'),
      wrong('e', 'Set the time while swimming, when the watch is already wet', 'La mettre à l’heure pendant la baignade, puisqu’elle est déjà mouillée'),
    ],
    t(
      'Crown screwed down, no crown or pusher under water, fresh water after salt. Heat — sauna, hot showers — ages the gaskets: water resistance is a state to maintain, checked every year for a watch worn in water.',
      'Couronne vissée, ni couronne ni poussoir sous l’eau, de l’eau douce après l’eau salée. La chaleur — sauna, douche chaude — vieillit les joints : l’étanchéité est un état à entretenir, contrôlé chaque année pour une montre portée dans l’eau.',
    ),
  ),
  single(
    'q.care.leather-water',
    ['service.water-resistance', 'product.rhone-collection'],
    3,
    t('The Rhône 38 is water-resistant to 50 metres. Why do we still advise against swimming with it?', 'La Rhône 38 est étanche à 50 mètres. Pourquoi déconseillons-nous pourtant de nager avec elle ?'),
    [
      wrong('a', 'Its guilloché dial would rust', 'Son cadran guilloché rouillerait'),
      right('b', 'Its alligator strap would be damaged by water', 'Son bracelet en alligator serait abîmé par l’eau'),
      wrong('c', 'Or Aurore reacts with chlorine', 'L’Or Aurore réagit au chlore'),
      wrong('d', 'Its rating is only a marketing figure', 'Son étanchéité n’est qu’un chiffre commercial'),
    ],
    t(
      'The case would resist, but the alligator strap would not: water stiffens and stains leather. For the water, the Envol (100 m) or the Marée (300 m) on rubber or metal are the right companions.',
      'La boîte résisterait, mais pas le bracelet en alligator : l’eau durcit et tache le cuir. Pour l’eau, l’Envol (100 m) ou la Marée (300 m), sur caoutchouc ou sur métal, sont les bonnes compagnes.',
    ),
  ),
  numeric(
    'q.care.rhone-wr',
    ['service.water-resistance', 'product.rhone-collection'],
    2,
    t('To how many metres is the Rhône 38 Automatique water-resistant?', 'Jusqu’à combien de mètres la Rhône 38 Automatique est-elle étanche ?'),
    { value: 50, tolerance: 0, unit: 'm' },
    t('50 metres: rain, hand-washing, a brief swim at the surface — ideally on a metal bracelet rather than leather.', '50 mètres : la pluie, le lavage des mains, une courte baignade en surface — idéalement sur bracelet métal plutôt que cuir.'),
  ),
  numeric(
    'q.care.envol-wr',
    ['service.water-resistance', 'product.envol-collection'],
    2,
    t('To how many metres is the Envol Chronographe 41 water-resistant?', 'Jusqu’à combien de mètres l’Envol Chronographe 41 est-elle étanche ?'),
    { value: 100, tolerance: 0, unit: 'm' },
    t('100 metres: swimming and snorkelling — with the pushers left alone under water.', '100 mètres : la nage et la randonnée palmée — à condition de ne pas toucher aux poussoirs sous l’eau.'),
  ),
  imageChoice(
    'q.care.screwed-crown-image',
    ['service.water-resistance'],
    2,
    t('Which crown is ready for a swim?', 'Quelle couronne est prête pour la baignade ?'),
    [
      picture('a', false, 'crown-pulled-out.svg', t('Crown A', 'Couronne A'), t('A crown pulled out from the case, a gap showing its stem', 'Une couronne tirée hors de la boîte, laissant voir sa tige')),
      picture('b', true, 'crown-screwed-down.svg', t('Crown B', 'Couronne B'), t('A crown screwed tight against the case, between two crown guards', 'Une couronne vissée contre la boîte, entre deux protège-couronne')),
      picture('c', false, 'crown-half-unscrewed.svg', t('Crown C', 'Couronne C'), t('A crown partly unscrewed, a few threads visible', 'Une couronne à demi dévissée, quelques filets visibles')),
    ],
    t(
      'Only a crown screwed fully home (B) seals the case. A crown pulled out or half unscrewed lets water in, whatever the rating on the dial.',
      'Seule une couronne vissée à fond (B) ferme la boîte. Une couronne tirée ou à demi dévissée laisse entrer l’eau, quelle que soit l’étanchéité inscrite au cadran.',
    ),
  ),
  single(
    'q.care.magnetised-symptom',
    ['service.magnetism'],
    2,
    t('A client’s automatic watch has suddenly started to gain several minutes a day. What is the most likely cause?', 'La montre automatique d’un client s’est soudain mise à avancer de plusieurs minutes par jour. Quelle est la cause la plus probable ?'),
    [
      right('a', 'It has been magnetised', 'Elle a été magnétisée'),
      wrong('b', 'Its battery is running low', 'Sa pile s’épuise'),
      wrong('c', 'Its strap is too tight', 'Son bracelet est trop serré'),
      wrong('d', 'It is overdue for rhodium plating', 'Son rhodiage est à refaire'),
    ],
    t(
      'A sudden gain of minutes a day is the classic sign of magnetism: steel parts of the movement stick together and the balance beats too fast. It is not a breakdown, and the boutique can solve it in minutes.',
      'Une avance soudaine de plusieurs minutes par jour est le signe classique du magnétisme : des pièces en acier du mouvement s’aimantent et le balancier bat trop vite. Ce n’est pas une panne, et la boutique y remédie en quelques minutes.',
    ),
  ),
  multiple(
    'q.care.magnet-sources',
    ['service.magnetism'],
    2,
    t('Which everyday objects can magnetise a watch? Select all that apply.', 'Quels objets du quotidien peuvent magnétiser une montre ? Sélectionnez toutes les bonnes réponses.'),
    [
      right('a', 'The speaker of a mobile phone', 'Le haut-parleur d’un téléphone portable'),
      right('b', 'A magnetic tablet cover', 'Une housse de tablette aimantée'),
      wrong('c', 'A leather strap', 'Un bracelet en cuir'),
      right('d', 'The magnetic clasp of a handbag', 'Le fermoir aimanté d’un sac à main'),
      wrong('e', 'A sapphire crystal', 'Un verre saphir'),
    ],
    t(
      'Phones, tablet covers, bag clasps, speakers, induction hobs: magnets are everywhere. Advise clients not to leave a watch on top of them overnight.',
      'Téléphones, housses de tablette, fermoirs de sac, enceintes, plaques à induction : les aimants sont partout. Conseillez de ne pas poser une montre dessus pour la nuit.',
    ),
  ),
  single(
    'q.care.demagnetise',
    ['service.magnetism'],
    2,
    t('What does the boutique do for a magnetised watch?', 'Que fait la boutique pour une montre magnétisée ?'),
    [
      wrong('a', 'Sends it to Geneva for a complete service', 'Elle l’envoie à Genève pour une révision complète'),
      right('b', 'Demagnetises it in a few minutes, free of charge, while the client waits', 'Elle la démagnétise en quelques minutes, gracieusement, pendant que le client patiente'),
      wrong('c', 'Replaces the hairspring', 'Elle remplace le spiral'),
      wrong('d', 'Nothing: the effect wears off on its own', 'Rien : l’effet disparaît de lui-même'),
    ],
    t(
      'Every boutique has a demagnetiser: a few minutes, complimentary, then a check on the timing machine. A worried client leaves reassured — a service moment that builds trust.',
      'Chaque boutique dispose d’un démagnétiseur : quelques minutes, gracieusement, puis un contrôle sur l’appareil de mesure. Un client inquiet repart rassuré — un moment de service qui construit la confiance.',
    ),
  ),
  trueFalse(
    'q.care.silicon-immune',
    ['service.magnetism', 'product.calibre-au1837'],
    3,
    t('True or false: since the silicon hairspring, an automatic Aurèle watch can never be affected by magnetism.', 'Vrai ou faux : depuis le spiral en silicium, une montre automatique Aurèle ne peut plus jamais être affectée par le magnétisme.'),
    false,
    t(
      'False. The silicon hairspring itself is insensitive to magnetism, which makes the watch far more resistant — but other steel parts can still be magnetised by a strong magnet. Be exact: “far more resistant”, never “immune”.',
      'Faux. Le spiral en silicium est lui-même insensible au magnétisme, ce qui rend la montre bien plus résistante — mais d’autres pièces en acier peuvent encore s’aimanter au contact d’un aimant puissant. Soyez exact : « bien plus résistante », jamais « insensible ».',
    ),
  ),
];

/** Polishing and jewellery care (module onboarding.polishing-care-quiz). */
export const JEWELLERY_CARE_QUESTIONS: readonly PackageQuestion[] = [
  single(
    'q.care.polishing-when',
    ['service.polishing'],
    2,
    t('When does the maison polish a watch case?', 'Quand la maison polit-elle une boîte de montre ?'),
    [
      wrong('a', 'At every visit to the boutique', 'À chaque passage en boutique'),
      wrong('b', 'Once a year, automatically', 'Une fois par an, systématiquement'),
      right('c', 'Only during a complete service, and only with the client’s agreement', 'Uniquement lors d’une révision complète, et seulement avec l’accord du client'),
      wrong('d', 'Never', 'Jamais'),
    ],
    t(
      'Polishing is offered at a complete service and done only if the client agrees. Some clients prefer to keep the marks of their life with the watch — ask, never assume.',
      'Le polissage est proposé lors d’une révision complète et réalisé seulement si le client l’accepte. Certains préfèrent garder les marques de leur vie avec la montre — demandez, ne présumez jamais.',
    ),
  ),
  trueFalse(
    'q.care.polishing-removes',
    ['service.polishing'],
    2,
    t('True or false: each polish removes a little metal and softens the edges of the case.', 'Vrai ou faux : chaque polissage enlève un peu de métal et adoucit les arêtes de la boîte.'),
    true,
    t(
      'True. Gold loses a little metal with every polish, and sharp edges slowly round off. The maison’s polishers restore the original finishes — but the fewer the polishes, the truer the case remains.',
      'Vrai. L’or perd un peu de matière à chaque polissage, et les arêtes vives s’arrondissent peu à peu. Les polisseurs de la maison restituent les finitions d’origine — mais moins on polit, plus la boîte reste fidèle.',
    ),
  ),
  single(
    'q.care.titanium-brushed',
    ['service.polishing', 'materials.ceramic-titanium'],
    3,
    t('How is the satin-brushed titanium case of a Marée refreshed at service?', 'Comment la boîte en titane satiné d’une Marée est-elle rafraîchie lors de la révision ?'),
    [
      wrong('a', 'Polished to a mirror shine', 'Polie miroir'),
      right('b', 'Satin-brushed again, following the original direction of the grain', 'Satinée à nouveau, dans le sens d’origine du grain'),
      wrong('c', 'Re-plated in rhodium', 'Rhodiée à nouveau'),
      wrong('d', 'It cannot be refreshed', 'Elle ne peut pas être rafraîchie'),
    ],
    t(
      'A brushed finish is renewed by brushing again, in the direction of the original grain; a mirror polish would change the watch’s character. The ceramic bezel insert is never polished in a boutique.',
      'Une finition satinée se renouvelle en satinant à nouveau, dans le sens du grain d’origine ; un poli miroir changerait le caractère de la montre. L’insert de lunette en céramique n’est jamais poli en boutique.',
    ),
  ),
  multiple(
    'q.care.no-ultrasonic',
    ['service.jewellery-care'],
    3,
    t('Which of these must never go in an ultrasonic cleaner? Select all that apply.', 'Lesquelles de ces pièces ne doivent jamais passer aux ultrasons ? Sélectionnez toutes les bonnes réponses.'),
    [
      right('a', 'A Lierre bracelet set with emeralds', 'Un bracelet Lierre serti d’émeraudes'),
      wrong('b', 'A plain platinum Serment wedding band', 'Une alliance Serment en platine, sans pierre'),
      right('c', 'An Aube pendant in grand feu enamel', 'Un pendentif Aube en émail grand feu'),
      right('d', 'The mother-of-pearl dial of an Ondine Secrète', 'Le cadran en nacre d’une Ondine Secrète'),
    ],
    t(
      'Vibrations can crack oiled emeralds and enamel, and harm mother-of-pearl. A plain platinum band fears nothing. When in doubt, the piece is cleaned by the boutique, by hand.',
      'Les vibrations peuvent fêler les émeraudes huilées et l’émail, et abîmer la nacre. Une alliance en platine sans pierre ne craint rien. Dans le doute, la pièce est nettoyée par la boutique, à la main.',
    ),
  ),
  trueFalse(
    'q.care.jewellery-last',
    ['service.jewellery-care'],
    1,
    t('True or false: jewellery goes on last, after perfume and creams.', 'Vrai ou faux : les bijoux se mettent en dernier, après le parfum et les crèmes.'),
    true,
    t(
      'True. Perfume and creams dull gold and stones and can harm mother-of-pearl and emeralds. Jewellery last on, first off.',
      'Vrai. Le parfum et les crèmes ternissent l’or et les pierres, et peuvent abîmer la nacre et les émeraudes. Les bijoux se mettent en dernier et s’enlèvent en premier.',
    ),
  ),
  single(
    'q.care.claws-check',
    ['service.jewellery-care', 'craft.gem-setting'],
    2,
    t('How often should the claws of a solitaire be checked?', 'À quelle fréquence faut-il vérifier les griffes d’un solitaire ?'),
    [
      right('a', 'Once a year, complimentary, at any Aurèle boutique', 'Une fois par an, gracieusement, dans toute boutique Aurèle'),
      wrong('b', 'Every five years, at the service', 'Tous les cinq ans, lors de la révision'),
      wrong('c', 'Only if the stone moves', 'Seulement si la pierre bouge'),
      wrong('d', 'Never: platinum claws do not wear', 'Jamais : les griffes en platine ne s’usent pas'),
    ],
    t(
      'Once a year, with a complimentary cleaning: claws wear and can catch on fabric. It is also a gracious reason to welcome the client back.',
      'Une fois par an, avec un nettoyage offert : les griffes s’usent et peuvent accrocher un tissu. C’est aussi une élégante occasion d’accueillir à nouveau la cliente.',
    ),
  ),
  single(
    'q.care.storage',
    ['service.jewellery-care', 'materials.diamond-4cs'],
    2,
    t('How should a client store her Ondine ring and her Lierre bracelet?', 'Comment une cliente doit-elle ranger sa bague Ondine et son bracelet Lierre ?'),
    [
      wrong('a', 'Together in one box, so they stay as a set', 'Ensemble dans un même écrin, pour les garder en parure'),
      right('b', 'Apart, each in its own pouch, so the diamonds cannot scratch the other stones and the gold', 'Séparément, chacun dans sa pochette, afin que les diamants ne rayent ni les autres pierres ni l’or'),
      wrong('c', 'In the bathroom, to keep them at hand', 'Dans la salle de bains, pour les avoir sous la main'),
      wrong('d', 'In a glass of water', 'Dans un verre d’eau'),
    ],
    t(
      'Diamond scratches everything, emeralds included. Each piece in its own Aurèle pouch, away from the humidity of the bathroom.',
      'Le diamant raye tout, émeraudes comprises. Chaque pièce dans sa propre pochette Aurèle, loin de l’humidité de la salle de bains.',
    ),
  ),
  single(
    'q.care.home-cleaning',
    ['service.jewellery-care'],
    2,
    t('What home care do we advise for a white-gold and diamond Ondine ring?', 'Quel entretien à la maison conseillons-nous pour une bague Ondine en or gris et diamants ?'),
    [
      right('a', 'Lukewarm soapy water and a soft brush, then a soft cloth', 'De l’eau tiède savonneuse et une brosse douce, puis un chiffon doux'),
      wrong('b', 'Toothpaste, to make it shine', 'Du dentifrice, pour la faire briller'),
      wrong('c', 'Bleach, to whiten the gold', 'De l’eau de Javel, pour blanchir l’or'),
      wrong('d', 'Boiling water', 'De l’eau bouillante'),
    ],
    t(
      'Gold and diamonds love lukewarm soapy water and a soft brush behind the stones, where creams collect. Toothpaste is abrasive; bleach attacks the alloy.',
      'L’or et les diamants aiment l’eau tiède savonneuse et une brosse douce derrière les pierres, là où s’accumulent les crèmes. Le dentifrice est abrasif ; l’eau de Javel attaque l’alliage.',
    ),
  ),
];

/** Servicing, intake and warranty (module onboarding.service-desk-quiz). */
export const SERVICE_DESK_QUESTIONS: readonly PackageQuestion[] = [
  single(
    'q.service.interval',
    ['service.servicing-intervals'],
    1,
    t('How often does the maison recommend a complete service for a mechanical watch?', 'À quelle fréquence la maison recommande-t-elle une révision complète pour une montre mécanique ?'),
    [
      wrong('a', 'Every year', 'Chaque année'),
      right('b', 'Every five to seven years', 'Tous les cinq à sept ans'),
      wrong('c', 'Every fifteen years', 'Tous les quinze ans'),
      wrong('d', 'Only when it stops', 'Seulement lorsqu’elle s’arrête'),
    ],
    t(
      'Every five to seven years, depending on how the watch is worn. Water resistance is checked more often — every year for a watch worn in water.',
      'Tous les cinq à sept ans, selon l’usage. L’étanchéité se contrôle plus souvent — chaque année pour une montre portée dans l’eau.',
    ),
  ),
  single(
    'q.service.why-service',
    ['service.servicing-intervals', 'product.movement-basics'],
    2,
    t('A client’s watch keeps perfect time. Why would it still need a service?', 'La montre d’un client est parfaitement à l’heure. Pourquoi aurait-elle tout de même besoin d’une révision ?'),
    [
      wrong('a', 'To renew the warranty', 'Pour renouveler la garantie'),
      right('b', 'Its oils age and dry, and parts then wear faster, long before the timekeeping shows it', 'Ses huiles vieillissent et sèchent, et les pièces s’usent alors plus vite, bien avant que la marche ne le montre'),
      wrong('c', 'To update its software', 'Pour mettre à jour son logiciel'),
      wrong('d', 'It does not: service only when it is late', 'Elle n’en a pas besoin : on la révise seulement quand elle retarde'),
    ],
    t(
      'A movement runs on a few drops of oil that age over the years. When they dry, the parts wear — silently at first. A service on time is cheaper and kinder to the movement than a repair.',
      'Un mouvement fonctionne grâce à quelques gouttes d’huile qui vieillissent au fil des ans. Lorsqu’elles sèchent, les pièces s’usent — d’abord en silence. Une révision faite à temps coûte moins cher et préserve mieux le mouvement qu’une réparation.',
    ),
  ),
  trueFalse(
    'q.service.wr-check-yearly',
    ['service.servicing-intervals', 'service.water-resistance'],
    2,
    t('True or false: for a watch worn in water, the maison recommends a water-resistance check every year.', 'Vrai ou faux : pour une montre portée dans l’eau, la maison recommande un contrôle d’étanchéité chaque année.'),
    true,
    t(
      'True. Gaskets age with heat, salt and chlorine. A yearly check takes a few minutes in boutique — ideally before the summer.',
      'Vrai. Les joints vieillissent avec la chaleur, le sel et le chlore. Un contrôle annuel prend quelques minutes en boutique — idéalement avant l’été.',
    ),
  ),
  ordering(
    'q.service.complete-service-steps',
    ['service.servicing-intervals'],
    3,
    t('Put the stages of a complete service at the Manufacture in order.', 'Remettez dans l’ordre les étapes d’une révision complète à la Manufacture.'),
    [
      item('diagnosis', 'Diagnosis and estimate', 'Diagnostic et devis'),
      item('disassembly', 'Complete disassembly of the movement', 'Démontage complet du mouvement'),
      item('cleaning', 'Cleaning of every part', 'Nettoyage de chaque pièce'),
      item('parts', 'Replacement of worn parts and of all gaskets', 'Remplacement des pièces usées et de tous les joints'),
      item('assembly', 'Reassembly and lubrication', 'Remontage et lubrification'),
      item('regulation', 'Regulation of the rate', 'Réglage de la marche'),
      item('tests', 'Water-resistance test and final control', 'Test d’étanchéité et contrôle final'),
    ],
    t(
      'Diagnose, disassemble, clean, replace, reassemble and oil, regulate, test. About eight weeks in all — twelve for a Sentinelle — and the watch leaves with a two-year service warranty.',
      'Diagnostiquer, démonter, nettoyer, remplacer, remonter et huiler, régler, tester. Environ huit semaines au total — douze pour une Sentinelle —, et la montre repart avec une garantie de révision de deux ans.',
    ),
  ),
  single(
    'q.service.duration',
    ['service.servicing-intervals'],
    2,
    t('How long does a complete service at the Manufacture usually take?', 'Combien de temps dure habituellement une révision complète à la Manufacture ?'),
    [
      wrong('a', 'One day', 'Une journée'),
      wrong('b', 'One week', 'Une semaine'),
      right('c', 'About eight weeks — twelve for a Sentinelle Tourbillon', 'Environ huit semaines — douze pour une Sentinelle Tourbillon'),
      wrong('d', 'Six months', 'Six mois'),
    ],
    t(
      'About eight weeks, twelve for the tourbillon. Announce it honestly at intake and keep the client informed: a promised date that slips is worse than a long one that is kept.',
      'Environ huit semaines, douze pour le tourbillon. Annoncez-le honnêtement lors du dépôt et tenez le client informé : une date promise qui glisse est pire qu’un délai long respecté.',
    ),
  ),
  ordering(
    'q.service.intake-steps',
    ['service.service-intake'],
    2,
    t('Put the five steps of receiving a watch for service in order.', 'Remettez dans l’ordre les cinq étapes de la prise en charge d’une montre en révision.'),
    [
      item('listen', 'Listen to the client describe the watch’s behaviour', 'Écouter le client décrire le comportement de la montre'),
      item('inspect', 'Inspect the watch together under the loupe and note every mark', 'Examiner la montre ensemble à la loupe et noter chaque marque'),
      item('tests', 'Run the quick tests: timing machine and water resistance', 'Effectuer les tests rapides : appareil de mesure et étanchéité'),
      item('explain', 'Explain the service, the estimate and the expected timing', 'Expliquer la révision, le devis et le délai prévu'),
      item('receipt', 'Issue the service receipt, signed by the client', 'Remettre le bon de dépôt, signé par le client'),
    ],
    t(
      'Listen, inspect together, test, explain, sign. Inspecting with the client protects both sides: every existing mark is written down before the watch leaves their hands.',
      'Écouter, examiner ensemble, tester, expliquer, signer. Examiner avec le client protège chacun : chaque marque existante est notée avant que la montre ne quitte ses mains.',
    ),
  ),
  multiple(
    'q.service.intake-record',
    ['service.service-intake'],
    2,
    t('What do you record on the service receipt? Select all that apply.', 'Que notez-vous sur le bon de dépôt ? Sélectionnez toutes les bonnes réponses.'),
    [
      right('a', 'The marks and condition of the watch, seen together', 'Les marques et l’état de la montre, constatés ensemble'),
      right('b', 'The client’s description of the issue', 'La description du problème par le client'),
      wrong('c', 'Your estimate of its resale value', 'Votre estimation de sa valeur de revente'),
      right('d', 'The estimate and the expected timing', 'Le devis et le délai prévu'),
      wrong('e', 'The client’s profession and income', 'La profession et les revenus du client'),
    ],
    t(
      'Only what the service needs: condition, the issue, estimate and timing, and the contact the client chooses. Resale value and personal details beyond that have no place on a receipt.',
      'Seulement ce qu’exige la révision : l’état, le problème, le devis et le délai, ainsi que le moyen de contact choisi par le client. La valeur de revente et les données personnelles superflues n’ont pas leur place sur un bon de dépôt.',
    ),
  ),
  single(
    'q.service.warranty-length',
    ['service.warranty'],
    1,
    t('How long is the Aurèle International Warranty on a new watch?', 'Quelle est la durée de la Garantie internationale Aurèle sur une montre neuve ?'),
    [
      wrong('a', 'Two years', 'Deux ans'),
      right('b', 'Five years', 'Cinq ans'),
      wrong('c', 'Ten years', 'Dix ans'),
      wrong('d', 'For life', 'À vie'),
    ],
    t(
      'Five years from the date of purchase, for every Aurèle watch, activated at the sale. Jewellery carries a two-year warranty.',
      'Cinq ans à compter de la date d’achat, pour chaque montre Aurèle, activée au moment de la vente. La joaillerie bénéficie d’une garantie de deux ans.',
    ),
  ),
  multiple(
    'q.service.warranty-excludes',
    ['service.warranty'],
    2,
    t('Which are NOT covered by the International Warranty? Select all that apply.', 'Qu’est-ce qui n’est PAS couvert par la Garantie internationale ? Sélectionnez toutes les bonnes réponses.'),
    [
      right('a', 'A strap worn by daily use', 'Un bracelet usé par le port quotidien'),
      wrong('b', 'A movement that stops because of a faulty part', 'Un mouvement qui s’arrête à cause d’une pièce défectueuse'),
      right('c', 'Scratches from everyday wear', 'Les rayures du quotidien'),
      right('d', 'Damage from a fall', 'Les dommages dus à une chute'),
    ],
    t(
      'The warranty covers manufacturing defects — a faulty part is repaired free of charge. Wear (straps, scratches), accidents, loss, theft and work by a third party are not covered.',
      'La garantie couvre les défauts de fabrication — une pièce défectueuse est réparée gracieusement. L’usure (bracelets, rayures), les accidents, la perte, le vol et les interventions d’un tiers ne sont pas couverts.',
    ),
  ),
  single(
    'q.service.after-service-warranty',
    ['service.warranty', 'service.servicing-intervals'],
    3,
    t('What warranty does a watch receive after a complete service by the maison?', 'De quelle garantie une montre bénéficie-t-elle après une révision complète par la maison ?'),
    [
      wrong('a', 'A new five-year International Warranty', 'Une nouvelle Garantie internationale de cinq ans'),
      right('b', 'A two-year service warranty', 'Une garantie de révision de deux ans'),
      wrong('c', 'Six months', 'Six mois'),
      wrong('d', 'None', 'Aucune'),
    ],
    t(
      'Two years on the work done. The original five-year warranty is not restarted — be precise, clients remember what they are told.',
      'Deux ans sur le travail réalisé. La garantie d’origine de cinq ans ne repart pas à zéro — soyez précis, les clients se souviennent de ce qu’on leur dit.',
    ),
  ),
  trueFalse(
    'q.service.third-party',
    ['service.warranty'],
    2,
    t('True or false: if a watch has been opened by a watchmaker outside the maison’s network, the warranty no longer applies.', 'Vrai ou faux : si une montre a été ouverte par un horloger extérieur au réseau de la maison, la garantie ne s’applique plus.'),
    true,
    t(
      'True. Once a case is opened outside the maison’s network, water resistance and the movement can no longer be vouched for. Say it kindly, and offer the maison’s own service from now on.',
      'Vrai. Une fois la boîte ouverte hors du réseau de la maison, ni l’étanchéité ni le mouvement ne peuvent plus être garantis. Dites-le avec bienveillance, et proposez désormais le service de la maison.',
    ),
  ),
  trueFalse(
    'q.service.warranty-worldwide',
    ['service.warranty'],
    1,
    t('True or false: the International Warranty is honoured in every Aurèle boutique, whatever the country of purchase.', 'Vrai ou faux : la Garantie internationale est honorée dans toute boutique Aurèle, quel que soit le pays d’achat.'),
    true,
    t(
      'True. A watch bought in Tokyo is received in Paris as if it had been bought there: that is what “international” means.',
      'Vrai. Une montre achetée à Tokyo est accueillie à Paris comme si elle y avait été achetée : c’est le sens du mot « internationale ».',
    ),
  ),
  single(
    'q.service.quartz-battery',
    ['service.servicing-intervals', 'product.ondine-collection'],
    3,
    t('The Ondine Secrète runs on the quartz AU-Q08. What does its battery need?', 'L’Ondine Secrète est animée par le quartz AU-Q08. Que demande sa pile ?'),
    [
      wrong('a', 'Replacement every year, with no further check', 'Un remplacement chaque année, sans autre contrôle'),
      right('b', 'Replacement about every three years, always followed by a water-resistance test', 'Un remplacement environ tous les trois ans, toujours suivi d’un test d’étanchéité'),
      wrong('c', 'Nothing: it lasts for the life of the watch', 'Rien : elle dure toute la vie de la montre'),
      wrong('d', 'A recharge by cable', 'Une recharge par câble'),
    ],
    t(
      'About every three years. Opening the case means the gaskets are checked and the water resistance tested before the watch is returned — never a battery alone.',
      'Environ tous les trois ans. Ouvrir la boîte impose de vérifier les joints et de tester l’étanchéité avant de rendre la montre — jamais une pile seule.',
    ),
  ),
];
