import type { PackageQuestion } from '@savoir/domain';
import { imageChoice, item, matching, multiple, numeric, ordering, picture, right, single, t, trueFalse, wrong } from './build';

/** The Rituel Aurèle: welcome, discovery, presentation, storytelling, language (module onboarding.ritual-quiz). */
export const RITUAL_QUESTIONS: readonly PackageQuestion[] = [
  ordering(
    'q.client.five-moments',
    ['clienteling.welcome', 'clienteling.discovery-questions', 'clienteling.presenting-a-piece'],
    1,
    t('Put the five moments of the Rituel Aurèle in order.', 'Remettez dans l’ordre les cinq temps du Rituel Aurèle.'),
    [
      item('accueil', 'L’Accueil — the welcome', 'L’Accueil'),
      item('decouverte', 'La Découverte — discovery', 'La Découverte'),
      item('presentation', 'La Présentation — presenting a piece', 'La Présentation'),
      item('reflexion', 'La Réflexion — time to reflect, and objections', 'La Réflexion'),
      item('lien', 'Le Lien — the lasting bond', 'Le Lien'),
    ],
    t(
      'Welcome, discover, present, reflect, bond. The moments keep their French names in every boutique, from Paris to Singapore. Each one earns the right to the next: never present before you have discovered.',
      'Accueillir, découvrir, présenter, réfléchir, lier. Les cinq temps gardent leur nom français dans toutes les boutiques, de Paris à Singapour. Chacun ouvre le droit au suivant : on ne présente jamais avant d’avoir découvert.',
    ),
  ),
  numeric(
    'q.client.acknowledge-seconds',
    ['clienteling.welcome'],
    2,
    t('Within how many seconds of entering should every client be acknowledged, even if you are busy?', 'Dans combien de secondes après son entrée chaque client doit-il être salué, même si vous êtes occupé ?'),
    { value: 10, tolerance: 0, unit: 's' },
    t(
      'Ten seconds — a glance, a smile, a word. Nobody should stand in an Aurèle boutique feeling unseen, even when every advisor is with a client.',
      'Dix secondes — un regard, un sourire, un mot. Personne ne doit se sentir invisible dans une boutique Aurèle, même lorsque chaque conseiller est avec un client.',
    ),
  ),
  single(
    'q.client.welcome-busy',
    ['clienteling.welcome'],
    2,
    t('A client comes in while you are with another client. What do you do?', 'Un client entre alors que vous êtes avec un autre client. Que faites-vous ?'),
    [
      wrong('a', 'Carry on and greet them once you are free', 'Vous poursuivez et le saluez une fois libre'),
      right('b', 'Acknowledge them within seconds, say you will be with them shortly, and ask a colleague to offer a seat and a drink', 'Vous le saluez en quelques secondes, lui indiquez que vous serez à lui très vite, et demandez à un collègue de lui proposer un siège et une boisson'),
      wrong('c', 'Leave your client to welcome the newcomer', 'Vous laissez votre client pour accueillir le nouveau venu'),
      wrong('d', 'Call out “Can I help you?” from across the boutique', 'Vous lancez « Je peux vous aider ? » depuis l’autre bout de la boutique'),
    ],
    t(
      'Both clients deserve your full respect: the one you are with is not abandoned, the one arriving is not ignored. A glance, a word, a colleague to take care of them.',
      'Les deux clients méritent tout votre respect : celui avec qui vous êtes n’est pas abandonné, celui qui arrive n’est pas ignoré. Un regard, un mot, un collègue pour prendre soin de lui.',
    ),
  ),
  trueFalse(
    'q.client.welcome-sell',
    ['clienteling.welcome'],
    1,
    t('True or false: the welcome is the right moment to mention the new collection and its price.', 'Vrai ou faux : l’accueil est le bon moment pour évoquer la nouvelle collection et son prix.'),
    false,
    t(
      'False. The welcome has no selling in it: a greeting, your name, a drink offered, and the client sets the pace. The collection will come when you know what the client is looking for.',
      'Faux. L’accueil ne comporte aucune vente : une salutation, votre prénom, une boisson proposée, et le client donne le rythme. La collection viendra lorsque vous saurez ce qu’il recherche.',
    ),
  ),
  multiple(
    'q.client.open-questions',
    ['clienteling.discovery-questions'],
    2,
    t('Which are open discovery questions? Select all that apply.', 'Lesquelles sont des questions de découverte ouvertes ? Sélectionnez toutes les bonnes réponses.'),
    [
      right('a', '“What brings you to Maison Aurèle today?”', '« Qu’est-ce qui vous amène à la Maison Aurèle aujourd’hui ? »'),
      wrong('b', '“Do you like gold?”', '« Aimez-vous l’or ? »'),
      right('c', '“Who will have the pleasure of wearing it?”', '« Qui aura le plaisir de la porter ? »'),
      wrong('d', '“Is it for you?”', '« Est-ce pour vous ? »'),
      right('e', '“Tell me about the watch you wear every day.”', '« Parlez-moi de la montre que vous portez au quotidien. »'),
    ],
    t(
      'Open questions — what, who, how, tell me — invite a story; closed ones get a yes or a no. A client who tells you about the watch they wear every day tells you their style, their habits and what they miss.',
      'Les questions ouvertes — quoi, qui, comment, parlez-moi — invitent un récit ; les questions fermées n’obtiennent qu’un oui ou un non. Un client qui vous parle de la montre qu’il porte chaque jour vous révèle son style, ses habitudes et ce qui lui manque.',
    ),
  ),
  single(
    'q.client.listen-ratio',
    ['clienteling.discovery-questions'],
    2,
    t('During discovery, how much of the time should the advisor be listening?', 'Pendant la découverte, quelle part du temps le conseiller doit-il consacrer à l’écoute ?'),
    [
      wrong('a', 'About a tenth', 'Environ un dixième'),
      wrong('b', 'Half', 'La moitié'),
      right('c', 'About two-thirds', 'Environ les deux tiers'),
      wrong('d', 'All of it, without a word', 'La totalité, sans un mot'),
    ],
    t(
      'About two-thirds. Discovery is a conversation, not an interrogation: ask, listen, reformulate, and let silences work.',
      'Environ les deux tiers. La découverte est une conversation, pas un interrogatoire : questionner, écouter, reformuler, et laisser les silences agir.',
    ),
  ),
  single(
    'q.client.discovery-budget',
    ['clienteling.discovery-questions', 'clienteling.price-objection'],
    3,
    t('Early in the conversation, a client mentions the budget she has in mind. What do you do?', 'Au début de l’échange, une cliente mentionne le budget qu’elle envisage. Que faites-vous ?'),
    [
      right('a', 'Honour it without comment and present pieces within it', 'Vous le respectez sans commentaire et présentez des créations qui s’y inscrivent'),
      wrong('b', 'Show a piece well above it, to let her dream', 'Vous montrez une création bien au-dessus, pour la faire rêver'),
      wrong('c', 'Ask her why she chose that figure', 'Vous lui demandez pourquoi elle a choisi ce montant'),
      wrong('d', 'Say that nothing interesting exists at that price', 'Vous dites qu’il n’existe rien d’intéressant à ce prix'),
    ],
    t(
      'A budget shared is a trust given. Honour it, without comment, and let the pieces within it shine. Never lead with price yourself; when the client does, respect it.',
      'Un budget confié est une marque de confiance. Respectez-le, sans commentaire, et faites briller les créations qui s’y inscrivent. N’abordez jamais le prix le premier ; lorsque le client le fait, respectez-le.',
    ),
  ),
  matching(
    'q.client.discovery-goals',
    ['clienteling.discovery-questions'],
    3,
    t('Match each discovery question with what it helps you learn.', 'Associez chaque question de découverte à ce qu’elle vous aide à comprendre.'),
    [
      [item('occasion', '“What moment would you like to mark?”', '« Quel moment souhaitez-vous célébrer ? »'), item('moment', 'The occasion the piece will carry', 'L’occasion que la pièce portera')],
      [item('wearer', '“Who will have the pleasure of wearing it?”', '« Qui aura le plaisir de la porter ? »'), item('person', 'The person, and their wrist or hand', 'La personne, son poignet ou sa main')],
      [item('daily', '“Tell me about what you wear every day.”', '« Parlez-moi de ce que vous portez au quotidien. »'), item('style', 'Style, habits and what is missing', 'Le style, les habitudes et ce qui manque')],
      [item('window', '“What caught your eye in the window?”', '« Qu’est-ce qui a retenu votre regard en vitrine ? »'), item('attraction', 'The first attraction, to start from', 'La première attirance, d’où partir')],
    ],
    t(
      'Occasion, person, style, first attraction: four open questions are enough to choose the three pieces you will bring to the tray.',
      'L’occasion, la personne, le style, la première attirance : quatre questions ouvertes suffisent pour choisir les trois créations que vous apporterez sur le plateau.',
    ),
  ),
  single(
    'q.client.tray-pieces',
    ['clienteling.presenting-a-piece'],
    1,
    t('How many pieces at most do you bring to the tray at once?', 'Combien de créations au plus apportez-vous à la fois sur le plateau ?'),
    [
      wrong('a', 'One', 'Une'),
      right('b', 'Three', 'Trois'),
      wrong('c', 'Five', 'Cinq'),
      wrong('d', 'As many as the tray holds', 'Autant que le plateau en contient'),
    ],
    t(
      'Three at most, chosen from what discovery revealed. Beyond three, a client compares instead of feeling; one piece returns to the showcase before another comes out.',
      'Trois au plus, choisies à partir de ce que la découverte a révélé. Au-delà, le client compare au lieu de ressentir ; une pièce retourne en vitrine avant qu’une autre n’en sorte.',
    ),
  ),
  imageChoice(
    'q.client.hand-over-image',
    ['clienteling.presenting-a-piece'],
    2,
    t('Which photograph shows the maison’s way of handing a watch to a client?', 'Quelle photographie montre la manière dont la maison remet une montre à un client ?'),
    [
      picture('a', false, 'gesture-strap-one-hand.svg', t('Gesture A', 'Geste A'), t('An advisor holding a watch by the end of its strap with one hand', 'Un conseiller tenant une montre par l’extrémité du bracelet, d’une seule main')),
      picture('b', true, 'gesture-two-hands-tray.svg', t('Gesture B', 'Geste B'), t('An advisor offering a watch in both hands above a navy leather tray, dial turned towards the client', 'Un conseiller présentant une montre à deux mains au-dessus d’un plateau en cuir bleu nuit, cadran tourné vers le client')),
      picture('c', false, 'gesture-slide-counter.svg', t('Gesture C', 'Geste C'), t('A watch slid across a glass counter', 'Une montre glissée sur un comptoir en verre')),
      picture('d', false, 'gesture-dial-advisor.svg', t('Gesture D', 'Geste D'), t('An advisor holding a watch with its dial turned towards himself', 'Un conseiller tenant une montre cadran tourné vers lui')),
    ],
    t(
      'Both hands, above the navy leather tray, dial towards the client (B): the piece is offered, never handed over like an object. The tray protects the piece and frames it.',
      'Les deux mains, au-dessus du plateau en cuir bleu nuit, cadran vers le client (B) : la création est offerte au regard, jamais tendue comme un objet. Le plateau la protège et la met en valeur.',
    ),
  ),
  ordering(
    'q.client.fact-meaning-story',
    ['clienteling.presenting-a-piece'],
    2,
    t('Put the three steps of presenting a feature in order.', 'Remettez dans l’ordre les trois temps de la présentation d’un détail.'),
    [
      item('fact', 'The fact: “The dial is grand feu enamel.”', 'Le fait : « Le cadran est en émail grand feu. »'),
      item('meaning', 'The meaning: “Its blue will never fade.”', 'Le sens : « Son bleu ne passera jamais. »'),
      item('story', 'The story: “Héloïse Vautier founded our enamel atelier in 1854.”', 'Le récit : « Héloïse Vautier a fondé notre atelier d’émail en 1854. »'),
    ],
    t(
      'Fact, meaning, story. A fact alone is a specification; its meaning makes it matter to the client; a brief story makes it theirs to retell.',
      'Le fait, le sens, le récit. Un fait seul n’est qu’une caractéristique ; son sens le rend important pour le client ; un bref récit lui permet de le raconter à son tour.',
    ),
  ),
  trueFalse(
    'q.client.let-try',
    ['clienteling.presenting-a-piece'],
    2,
    t('True or false: inviting the client to try the piece on early, before a long description, is part of the presentation.', 'Vrai ou faux : inviter le client à essayer la création tôt, avant une longue description, fait partie de la présentation.'),
    true,
    t(
      'True. A piece is felt before it is understood: on the wrist, in the mirror. Then say a few words — fact, meaning, story — and let the client talk.',
      'Vrai. Une création se ressent avant de se comprendre : au poignet, dans le miroir. Dites ensuite quelques mots — fait, sens, récit — et laissez le client s’exprimer.',
    ),
  ),
  single(
    'q.client.storytelling-choice',
    ['clienteling.storytelling', 'product.envol-collection'],
    2,
    t('A client trying the Envol mentions that she has just earned her pilot’s licence. Which story do you tell?', 'Une cliente qui essaie l’Envol mentionne qu’elle vient d’obtenir sa licence de pilote. Quelle histoire racontez-vous ?'),
    [
      wrong('a', 'How Héloïse founded the Atelier des Émaux in 1854', 'Comment Héloïse a fondé l’Atelier des Émaux en 1854'),
      right('b', 'How the first Envol was made in 1931 for the aviators of a Genevan flying school', 'Comment le premier Envol est né en 1931 pour les aviateurs d’une école de pilotage genevoise'),
      wrong('c', 'How the Marée was born in 1962', 'Comment la Marée est née en 1962'),
      wrong('d', 'The maison’s whole history, from 1837 to today', 'Toute l’histoire de la maison, de 1837 à nos jours'),
    ],
    t(
      'One story, the one that answers what she said: the Envol was born for aviators. The rest of the history can wait for another visit.',
      'Une histoire, celle qui répond à ce qu’elle a confié : l’Envol est né pour les aviateurs. Le reste de l’histoire attendra une autre visite.',
    ),
  ),
  multiple(
    'q.client.storytelling-rules',
    ['clienteling.storytelling'],
    3,
    t('What makes good heritage storytelling in the boutique? Select all that apply.', 'Qu’est-ce qui fait un bon récit de la maison en boutique ? Sélectionnez toutes les bonnes réponses.'),
    [
      right('a', 'One story, linked to what the client has said', 'Une seule histoire, liée à ce que le client a confié'),
      wrong('b', 'The full timeline, so nothing is forgotten', 'La chronologie complète, pour ne rien oublier'),
      right('c', 'Brief: a few sentences', 'La brièveté : quelques phrases'),
      right('d', 'Exact facts, dates and names', 'Des faits, des dates et des noms exacts'),
      wrong('e', 'A little embellishment, to make it memorable', 'Un peu d’embellissement, pour marquer les esprits'),
    ],
    t(
      'Relevant, brief, exact. Heritage is a gift to the client, not a lecture — and an invented detail, once repeated, becomes a falsehood about the maison.',
      'Pertinent, bref, exact. L’héritage est un cadeau fait au client, pas un cours magistral — et un détail inventé, une fois répété, devient une contre-vérité sur la maison.',
    ),
  ),
  single(
    'q.client.brand-language-word',
    ['clienteling.brand-language'],
    1,
    t('How does an Aurèle advisor refer to a watch or a jewel?', 'Comment un conseiller Aurèle désigne-t-il une montre ou un bijou ?'),
    [
      wrong('a', 'A product', 'Un produit'),
      wrong('b', 'An item', 'Un article'),
      right('c', 'A creation, or a piece', 'Une création, ou une pièce'),
      wrong('d', 'A deal', 'Une affaire'),
    ],
    t(
      'A creation, a piece, a timepiece. “Product” and “item” belong to a stockroom; every Aurèle piece was made by named hands.',
      'Une création, une pièce, un garde-temps. « Produit » et « article » appartiennent à une réserve ; chaque pièce Aurèle est née de mains que l’on peut nommer.',
    ),
  ),
  trueFalse(
    'q.client.compare-maisons',
    ['clienteling.brand-language'],
    1,
    t('True or false: speaking unfavourably of another maison can help a client decide.', 'Vrai ou faux : critiquer une autre maison peut aider un client à se décider.'),
    false,
    t(
      'False. An Aurèle advisor never speaks ill of another maison. Speak of what Aurèle does, exactly and warmly; the client will make the comparison.',
      'Faux. Un conseiller Aurèle ne critique jamais une autre maison. Parlez de ce que fait Aurèle, avec exactitude et chaleur ; le client fera lui-même la comparaison.',
    ),
  ),
];

/** Price and timing objections, and the after-sale bond (module onboarding.objections-quiz). */
export const OBJECTIONS_QUESTIONS: readonly PackageQuestion[] = [
  ordering(
    'q.client.price-steps',
    ['clienteling.price-objection'],
    2,
    t('Put the four steps of answering a remark about price in order.', 'Remettez dans l’ordre les quatre temps de la réponse à une remarque sur le prix.'),
    [
      item('acknowledge', 'Acknowledge the remark calmly, without defending', 'Accueillir la remarque avec calme, sans se justifier'),
      item('explore', 'Explore what matters most to the client', 'Explorer ce qui compte le plus pour le client'),
      item('reanchor', 'Re-anchor on the craft, the materials and the time', 'Réancrer sur le savoir-faire, les matières et le temps'),
      item('propose', 'Propose, if it helps, another size or material — never a discount', 'Proposer, si cela aide, une autre taille ou un autre métal — jamais une remise'),
    ],
    t(
      'Acknowledge, explore, re-anchor, propose. A remark about price is rarely a “no”: it is a question about value, and it deserves an answer, not a concession.',
      'Accueillir, explorer, réancrer, proposer. Une remarque sur le prix est rarement un « non » : c’est une question sur la valeur, qui mérite une réponse, non une concession.',
    ),
  ),
  single(
    'q.client.discount-request',
    ['clienteling.price-objection'],
    2,
    t('A client asks: “Can you do a better price?” How do you answer?', 'Un client demande : « Pouvez-vous faire un geste sur le prix ? » Que répondez-vous ?'),
    [
      wrong('a', 'Offer 5 % to close the sale', 'Vous proposez 5 % pour conclure'),
      wrong('b', 'Suggest waiting for the end of the season', 'Vous suggérez d’attendre la fin de la saison'),
      right('c', 'Explain courteously that the maison’s prices are the same for every client, then speak of what makes the piece', 'Vous expliquez avec courtoisie que les prix de la maison sont les mêmes pour chaque client, puis parlez de ce qui fait la pièce'),
      wrong('d', 'Say you will see what your manager can do', 'Vous dites que vous allez voir ce que votre responsable peut faire'),
    ],
    t(
      'The maison never discounts: the same price for every client, in every boutique, is a form of respect. Say it simply, without apology, then return to the piece — its hours, its materials, its story.',
      'La maison ne remise jamais : le même prix pour chaque client, dans chaque boutique, est une forme de respect. Dites-le simplement, sans vous excuser, puis revenez à la pièce — ses heures, ses matières, son histoire.',
    ),
  ),
  trueFalse(
    'q.client.apologise-price',
    ['clienteling.price-objection'],
    1,
    t('True or false: when a client finds a piece expensive, it is courteous to apologise for the price.', 'Vrai ou faux : lorsqu’un client trouve une création chère, il est courtois de s’excuser pour le prix.'),
    false,
    t(
      'False. Apologising suggests the price is not deserved. Acknowledge the remark — “I understand, it is a real decision” — then explore and re-anchor.',
      'Faux. S’excuser laisse entendre que le prix n’est pas mérité. Accueillez la remarque — « Je comprends, c’est une vraie décision » — puis explorez et réancrez.',
    ),
  ),
  multiple(
    'q.client.reanchor',
    ['clienteling.price-objection'],
    3,
    t('Which are good ways to re-anchor on value? Select all that apply.', 'Quelles sont de bonnes façons de réancrer sur la valeur ? Sélectionnez toutes les bonnes réponses.'),
    [
      right('a', 'The hours of craft: four hours of engine-turning for one Rhône dial', 'Les heures de savoir-faire : quatre heures de guillochage pour un seul cadran Rhône'),
      wrong('b', '“Prices go up next month.”', '« Les prix augmentent le mois prochain. »'),
      right('c', 'Lasting materials: grand feu enamel never fades', 'Des matières durables : l’émail grand feu ne passe jamais'),
      right('d', 'The five-year warranty and the maison’s service for generations', 'La garantie de cinq ans et le service de la maison pour des générations'),
      wrong('e', '“It is cheaper than at other maisons.”', '« C’est moins cher que dans d’autres maisons. »'),
    ],
    t(
      'Re-anchor on what is true of the piece: the hours, the materials, the care that follows it. Urgency and comparisons with other maisons are pressure, not value.',
      'Réancrez sur ce qui est vrai de la pièce : les heures, les matières, le soin qui l’accompagne. L’urgence et les comparaisons avec d’autres maisons relèvent de la pression, non de la valeur.',
    ),
  ),
  single(
    'q.client.propose-alternative',
    ['clienteling.price-objection', 'product.rhone-collection'],
    3,
    t(
      'A client loves the Rhône 38 in Or Aurore, but it is beyond what he wishes to spend. What may you propose?',
      'Un client aime la Rhône 38 en Or Aurore, mais elle dépasse ce qu’il souhaite consacrer. Que pouvez-vous proposer ?',
    ),
    [
      right('a', 'The Rhône 38 in steel: the same calibre and the same Rayons d’Aurore dial', 'La Rhône 38 en acier : le même calibre et le même cadran Rayons d’Aurore'),
      wrong('b', 'A discount on the gold version', 'Une remise sur la version or'),
      wrong('c', 'A second-hand piece from another seller', 'Une pièce d’occasion chez un autre vendeur'),
      wrong('d', 'To come back when he has saved enough', 'De revenir lorsqu’il aura économisé'),
    ],
    t(
      'The Rhône 38 in steel keeps what he loved — the AU-1837 and the guilloché dial — in another metal. Propose it as a choice in its own right, never as a lesser version.',
      'La Rhône 38 en acier garde ce qu’il a aimé — l’AU-1837 et le cadran guilloché — dans un autre métal. Proposez-la comme un choix à part entière, jamais comme une version moindre.',
    ),
  ),
  single(
    'q.client.think-about-it',
    ['clienteling.timing-objection'],
    2,
    t('A client says: “I need to think about it.” What do you do?', 'Un client dit : « J’ai besoin d’y réfléchir. » Que faites-vous ?'),
    [
      wrong('a', 'Tell him it is the last piece in the boutique', 'Vous lui dites que c’est la dernière pièce en boutique'),
      right('b', 'Respect it, offer to reserve the piece for 48 hours and to arrange a private appointment', 'Vous le respectez, proposez de réserver la pièce 48 heures et d’organiser un rendez-vous privé'),
      wrong('c', 'Ask what is really stopping him, until he answers', 'Vous lui demandez ce qui le retient vraiment, jusqu’à obtenir une réponse'),
      wrong('d', 'Let him leave without a word', 'Vous le laissez partir sans un mot'),
    ],
    t(
      'Time to reflect is part of the ritual: it is La Réflexion. Offer a 48-hour reservation, a private appointment, your card — and let him leave as warmly as he came in.',
      'Le temps de la réflexion fait partie du rituel : c’est La Réflexion. Proposez une réservation de 48 heures, un rendez-vous privé, votre carte — et laissez-le repartir aussi chaleureusement qu’il est arrivé.',
    ),
  ),
  numeric(
    'q.client.reservation-hours',
    ['clienteling.timing-objection'],
    2,
    t('For how many hours may an advisor reserve a piece for a client who wishes to reflect?', 'Pendant combien d’heures un conseiller peut-il réserver une pièce pour un client qui souhaite réfléchir ?'),
    { value: 48, tolerance: 0, unit: 'h' },
    t('48 hours: time to reflect, without the piece being promised indefinitely.', '48 heures : le temps de réfléchir, sans que la pièce soit promise indéfiniment.'),
  ),
  trueFalse(
    'q.client.scarcity',
    ['clienteling.timing-objection'],
    2,
    t('True or false: to help a hesitant client decide, it is acceptable to hint that the piece may be gone tomorrow.', 'Vrai ou faux : pour aider un client hésitant à se décider, il est acceptable de laisser entendre que la pièce pourrait ne plus être là demain.'),
    false,
    t(
      'False. Invented urgency is pressure, and luxury does not press. If a piece really is the last one, say so as information, and offer the 48-hour reservation.',
      'Faux. Une urgence inventée est une pression, et le luxe ne presse pas. Si une pièce est réellement la dernière, dites-le comme une information, et proposez la réservation de 48 heures.',
    ),
  ),
  matching(
    'q.client.objection-responses',
    ['clienteling.price-objection', 'clienteling.timing-objection'],
    3,
    t('Match each client remark with the best first response.', 'Associez chaque remarque du client à la meilleure première réponse.'),
    [
      [item('more', '“It is more than I had planned.”', '« C’est plus que ce que j’avais prévu. »'), item('explore', 'Acknowledge, then explore what matters most', 'Accueillir, puis explorer ce qui compte le plus')],
      [item('price', '“Can you do a better price?”', '« Pouvez-vous faire un geste ? »'), item('same-price', 'Explain the maison’s prices are the same for all, and re-anchor', 'Expliquer que les prix sont les mêmes pour tous, et réancrer')],
      [item('think', '“I need to think about it.”', '« J’ai besoin d’y réfléchir. »'), item('reserve', 'Offer a 48-hour reservation', 'Proposer une réservation de 48 heures')],
      [item('partner', '“I would like my husband to see it.”', '« J’aimerais que mon mari la voie. »'), item('appointment', 'Propose a private appointment together', 'Proposer un rendez-vous privé à deux')],
    ],
    t(
      'Each remark asks for something different: to be understood, to be treated fairly, time, or a second opinion. Answer the need, not the words.',
      'Chaque remarque exprime un besoin différent : être compris, être traité équitablement, du temps, un second avis. Répondez au besoin, pas aux mots.',
    ),
  ),
  ordering(
    'q.client.follow-up-steps',
    ['clienteling.after-sale-follow-up'],
    2,
    t('Put the moments of the after-sale bond in order.', 'Remettez dans l’ordre les moments du lien après l’achat.'),
    [
      item('card', 'A handwritten card, within 48 hours', 'Une carte manuscrite, sous 48 heures'),
      item('message', 'A courtesy message after about three weeks', 'Un message de courtoisie après environ trois semaines'),
      item('anniversary', 'A note on the first anniversary of the purchase', 'Un mot au premier anniversaire de l’achat'),
      item('service', 'A reminder when the service falls due', 'Un rappel lorsque la révision arrive à échéance'),
    ],
    t(
      'Card within 48 hours, courtesy message at three weeks, anniversary note, then the service reminder — always within the client’s consent, through the channel they chose.',
      'Une carte sous 48 heures, un message de courtoisie à trois semaines, un mot à l’anniversaire, puis le rappel de révision — toujours dans le respect du consentement du client, par le canal qu’il a choisi.',
    ),
  ),
  numeric(
    'q.client.card-hours',
    ['clienteling.after-sale-follow-up'],
    1,
    t('Within how many hours of a purchase is the handwritten thank-you card sent?', 'Dans combien d’heures après un achat la carte de remerciement manuscrite est-elle envoyée ?'),
    { value: 48, tolerance: 0, unit: 'h' },
    t('Within 48 hours, written by the advisor, by hand, on the maison’s card.', 'Sous 48 heures, écrite à la main par le conseiller, sur la carte de la maison.'),
  ),
  single(
    'q.client.courtesy-message',
    ['clienteling.after-sale-follow-up'],
    2,
    t('What is the courtesy message sent about three weeks after a purchase for?', 'À quoi sert le message de courtoisie envoyé environ trois semaines après un achat ?'),
    [
      wrong('a', 'To present the next collection', 'À présenter la prochaine collection'),
      right('b', 'To ask how the piece is living with the client, and offer help — a strap adjustment, a question', 'À demander comment la pièce vit avec le client, et proposer son aide — un ajustement de bracelet, une question'),
      wrong('c', 'To ask for an online review', 'À demander un avis en ligne'),
      wrong('d', 'To confirm the payment', 'À confirmer le paiement'),
    ],
    t(
      'It is a message of care, not of sale: how is the piece living with you? Often it brings a client back for a strap adjustment — and a conversation.',
      'C’est un message d’attention, non de vente : comment la pièce vit-elle avec vous ? Il ramène souvent un client pour un ajustement de bracelet — et une conversation.',
    ),
  ),
  multiple(
    'q.client.consent',
    ['clienteling.after-sale-follow-up'],
    3,
    t('Before you follow up with a client, what must hold? Select all that apply.', 'Avant de recontacter un client, qu’est-ce qui doit être respecté ? Sélectionnez toutes les bonnes réponses.'),
    [
      right('a', 'The client has consented to be contacted', 'Le client a consenti à être contacté'),
      right('b', 'You use the channel the client chose', 'Vous utilisez le canal que le client a choisi'),
      wrong('c', 'You may message from your personal phone if it is quicker', 'Vous pouvez écrire depuis votre téléphone personnel si c’est plus rapide'),
      right('d', 'The client book holds only what the relationship needs', 'Le carnet client ne contient que ce dont la relation a besoin'),
      wrong('e', 'You may share the client’s details with other boutiques for prospecting', 'Vous pouvez partager les coordonnées du client avec d’autres boutiques pour prospecter'),
    ],
    t(
      'Consent, the client’s channel, and only what is needed, in the maison’s tools. A client’s details are entrusted to the maison — never to a personal phone, never passed around.',
      'Le consentement, le canal du client, et seulement le nécessaire, dans les outils de la maison. Les coordonnées d’un client sont confiées à la maison — jamais à un téléphone personnel, jamais transmises à d’autres.',
    ),
  ),
  trueFalse(
    'q.client.no-consent',
    ['clienteling.after-sale-follow-up'],
    2,
    t('True or false: if a client did not consent to be contacted, you may still send a birthday message.', 'Vrai ou faux : si un client n’a pas consenti à être contacté, vous pouvez tout de même lui envoyer un message d’anniversaire.'),
    false,
    t(
      'False. No consent, no message — however kind the intention. The bond is kept in the boutique instead: recognise the client, by name, when they return.',
      'Faux. Sans consentement, aucun message — si bienveillante que soit l’intention. Le lien se cultive alors en boutique : reconnaître le client, par son nom, lorsqu’il revient.',
    ),
  ),
];
