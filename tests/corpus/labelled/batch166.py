# batch166.py -- labelled mails held out of the tree until the rules it
# measures are final.  Mostly sports venues (golf driving ranges, squash
# courts, ice rinks, indoor climbing walls, cricket clubs, riding schools,
# sailing clubs), 40 mails in each of en, el, es, pl, written separately
# per language.  Covers the failure classes -- escalation demands that keep
# their topic, legal threats and chargebacks, negations, subjects that say
# nothing or quote an earlier mail, memberships ended or paused in other
# words, business outages told only by their consequences, safety hazards
# told calmly, Greeklish, praise, payment questions -- and everyday mail of
# all three queues.  Same tuple format as batch12.py:
# (lang, slug, from, subject, queue, priority, body).
M += [
# ---------------- English ----------------
("en", "b166-range-bucket-charged-twice", "Gareth Pryce <gareth.pryce@example.co.uk>", "Ball machine took payment twice", "billing", "",
"""Hi there,

Went to the range on Saturday afternoon and bought a large bucket (100
balls) at the machine by bay 1 with my contactless card. The machine
beeped, nothing came out, so I tapped again and it worked the second time.
Looking at my banking app this morning there are two payments of 9.50 to
you from the same minute.

Could you refund one of them please? Happy to send a screenshot.

Cheers,
Gareth"""),
("en", "b166-squash-dd-dad-passed", "Fiona McAllister <fiona.mcallister@example.co.uk>", "My father's membership", "billing", "",
"""Dear Sir or Madam,

I am writing on behalf of my father, Alastair McAllister, who was a member
of your squash club for over thirty years. Sadly he passed away on 2nd
February. His monthly direct debit of 38 pounds is still due to come out of
his account and I would be grateful if you could stop it and let me know if
anything needs to be settled or returned.

He loved his Tuesday night games and talked about the club a great deal.

Kind regards,
Fiona McAllister"""),
("en", "b166-riding-block-carry-forward", "Sinead Doherty <sinead.doherty@example.ie>", "Re: Your block booking - Saturday lessons", "billing", "",
"""Hi Aoife,

Thanks for getting back to me. Just to be clear I don't want a refund! Ciara
broke her wrist (not at the yard, trampoline at a birthday party, don't ask)
so she'll miss the last two lessons of the block of six I paid for in
January. Can the two lessons be carried over to the next block instead?
That's all I'm asking.

Sinead

> On 14 Feb, Oak Hill Riding School wrote:
> Hi Sinead, sorry to hear about Ciara. Refunds on lesson blocks are only
> available in exceptional circumstances. Let us know how you'd like to
> proceed. Aoife"""),
("en", "b166-mooring-fees-vat-invoice", "Accounts <accounts@tidewell-charters.example>", "Mooring fees 2024 - VAT invoice required", "billing", "",
"""Good morning,

We paid the annual mooring fees for our two charter boats (Kittiwake and
Sea Pink) on 8 January, total 3,460.00 GBP by BACS, reference TWC-MOOR-24.
The receipt we received does not show your VAT number or a VAT breakdown,
so our accountant cannot use it.

Please could you issue a full VAT invoice addressed to Tidewell Charters
Ltd, Unit 4, Harbour Yard, Falmouth TR11 3XX.

Many thanks,
Margaret Lowe
Accounts"""),
("en", "b166-cricket-subs-instalments", "Harpreet Sandhu <harpreet.sandhu@example.co.uk>", "Annual subs", "billing", "",
"""Hello,

My two sons (U13 and U15) are joining the club this season. The junior subs
are 120 each plus the 60 parent membership, so 300 in one go in April is a
bit much for us with everything else. Is there any way to pay it monthly
over the summer? Standing order is fine.

Thanks
Harpreet"""),
("en", "b166-skating-sibling-discount", "Megan Kowalczyk <megan.k@example.com>", "Question", "billing", "",
"""hi! my twins are starting Learn to Skate level 2 in the spring session.
the site says $189 per skater - do you do any sibling discount? and is the
skate rental included in that or extra? thanks so much"""),
("en", "b166-climbing-charged-after-cancel-bank", "Jarrah Whitfield <jarrah.w@example.com.au>", "Cancelled in November and still being charged", "billing", "high",
"""To whoever handles memberships,

I cancelled my Unlimited membership at the front desk on 28 November. I gave
my 30 days notice, the staff member (I think her name was Tash) wrote it
down and said that was it. I have now been charged $89 on 28 December and
again on 28 January.

I've emailed twice and rung once and heard nothing. If both charges aren't
refunded by the end of this week I will be disputing them with my bank and
they can sort it out with you.

Jarrah Whitfield
Member no. 20457"""),
("en", "b166-range-card-moving-dubai", "Colin Baxter <colin.baxter@example.co.uk>", "Range card", "billing", "",
"""Hello,

We're relocating to Dubai with my work at the end of March so sadly I won't
be needing my range membership any more. It renews on 15 April. Could you
make sure it doesn't renew, and is there anything left on the prepaid
balls balance that can be paid back?

Best,
Colin"""),
("en", "b166-dinghy-course-cancelled-small-claims", "Declan Moriarty <declan.moriarty@example.ie>", "Level 2 dinghy course - refund", "billing", "high",
"""Dear Commodore / Secretary,

My son was booked on the Level 2 dinghy course on 12-13 August, for which I
paid EUR 260. The club cancelled the course on the Friday evening by text
because of the forecast. That's fair enough, but I was told the money would
be refunded "within 14 days". That was over six weeks ago.

I have sent three emails to the training address without a reply. If the
260 is not back in my account by 30 September I will be lodging a claim with
the Small Claims Procedure, which I'd rather not do with a club we've been
part of for years.

Yours,
Declan Moriarty"""),
("en", "b166-livery-horse-put-down", "Judith Armstrong <judith.armstrong@example.co.uk>", "Murphy", "billing", "",
"""Dear Karen,

I'm afraid we had to have Murphy put to sleep on Friday. The vet was
wonderful and so were all the girls on the yard, thank you. I don't think I
will be getting another horse, so please could you stop the monthly livery
invoices from March. I'll come and collect his rugs and tack next week.

With love,
Judith"""),
("en", "b166-hello-voucher-expired", "Priya Nair <priya.nair@example.co.uk>", "Hello", "billing", "",
"""Hello,

My colleagues gave me a climbing taster voucher for my leaving do last
year (code CLX-40917) and I've only just found it in a drawer. It says
valid 12 months and it ran out three weeks ago. Is there any chance it can
be extended? It was 45 pounds so I'd hate to waste it.

Regards
Priya"""),
("en", "b166-squash-late-fee-twice-manager", "Martin Hollis <martin.hollis@example.co.uk>", "Late cancellation charges", "billing", "high",
"""I have been charged a late cancellation fee of 8.00 TWICE for court 3 on
Thursday 7th, a booking I cancelled 26 hours in advance, which is outside
your 24 hour window in any case. The person on reception told me "the system
does that" and there was nothing she could do.

I would like both charges refunded and I would like the club manager to
call me, not reception. My number is on my account.

Martin Hollis"""),
("en", "b166-skates-exchange-size", "Tom Rafferty <tom.rafferty@example.com>", "Skates bought in pro shop", "billing", "",
"""Hey, I bought a pair of figure skates for my daughter in your pro shop on
Sunday ($145). She's worn them for about ten minutes around the house on the
guards and they're too small. Can we swap them for a half size up? Still
have the box and receipt."""),
("en", "b166-urgent-invoice-nets", "Ravi Menon <ravi.menon@example.in>", "URGENT!!! invoice for nets", "billing", "",
"""Dear Sir,

Kindly send the invoice for the indoor nets booking for our company team
(Saturday 6-8 pm, 4 weeks) at the earliest. Our finance closes the month
on Friday and I need to submit the claim before that, otherwise I will have
to wait till next month for reimbursement.

Amount paid Rs equivalent GBP 240 on my personal card.

Thanks and regards,
Ravi Menon"""),
("en", "b166-app-login-loop-not-billing", "Hannah Booth <hannah.booth@example.co.uk>", "Can't book courts", "technical", "",
"""Hi, this isn't a billing thing, my membership is paid up fine. I just
can't get into the booking app. I put my email and password in, it spins,
and then takes me straight back to the login screen. I reset my password
yesterday, same thing. iPhone 13, app updated this morning.

Hannah"""),
("en", "b166-auto-belay-slack", "Owen Llewellyn <owen.llewellyn@example.co.uk>", "Auto belay on the blue wall", "technical", "high",
"""Hi,

Just letting you know about something I noticed on Wednesday evening. The
auto belay on the far left of the blue wall (next to the fire exit) didn't
take in properly when my partner was about two thirds of the way up. The
webbing went slack for maybe a metre before it caught up and locked. She was
fine, and we moved to a different line, but I didn't see a sign go up on it
before we left.

Probably worth someone looking at it before a kid uses it.

Owen"""),
("en", "b166-heated-gloves-battery-hot", "Noel Brennan <noel.brennan@example.ie>", "Heated gloves from your shop", "technical", "high",
"""Hello,

I bought the heated riding gloves from your tack shop before Christmas.
Yesterday on the yard the left one got very hot around the battery pocket,
hot enough that I had to pull it off, and the battery itself is now a bit
puffed up. I've put it outside on the patio on a plate.

Should I send them back to you or to the manufacturer?

Noel"""),
("en", "b166-bay-screen-blank", "Lucy Garner <lucy.garner@example.co.uk>", "Bay 14", "technical", "",
"""The ball tracking screen in bay 14 was blank for our whole hour on
Sunday. It showed "searching for sensor" and never got past it. Not a big
drama, we just hit balls, but thought you'd want to know."""),
("en", "b166-sailing-calendar-blank", "Brad Kessler <brad.kessler@example.com>", "Boat booking page", "technical", "",
"""Hi folks,

The club boat booking calendar on the website just shows a white box for
me. Tried Chrome and Edge on my laptop and Safari on my phone. Last week it
was fine. I want to reserve one of the Lasers for Saturday morning.

Thanks,
Brad"""),
("en", "b166-squash-light-burning-smell", "Angela Foster <angela.foster@example.co.uk>", "Court 2 lights", "technical", "high",
"""Good evening,

I thought I should mention that the light nearest the back wall on court 2
was flickering throughout our game tonight, and for the last ten minutes
there was a distinct burning smell, a bit like hot plastic, coming from
that corner. My partner noticed it too. We told the young man on
reception on the way out.

Regards,
Angela Foster"""),
("en", "b166-coaches-doors-reject-cards", "Sam Okafor <sam@ascendkids-coaching.example>", "Access cards", "technical", "high",
"""Hi,

Since Monday none of our coaches' access cards open the side door, so we
haven't been able to get in for our 7am school sessions. That's three days
of sessions cancelled and refunded to parents, and the schools are asking
whether to send the kids tomorrow. Nobody on your front desk is in before
9 to let us in.

Can someone please sort this today.

Sam Okafor
Ascend Kids Coaching"""),
("en", "b166-league-ladder-wiped", "Peter Lang <peter.lang@example.co.uk>", "Winter league", "technical", "high",
"""Hello,

The winter league pages on the website have gone blank since last night.
All the divisions show "no fixtures" and the results from the last eight
weeks have disappeared. I've had about thirty messages from players today
asking who they're meant to be playing, and there are 140 of us across the
seven divisions. I'm the volunteer organiser and I don't have a copy of the
results anywhere else.

Peter Lang
Winter League Secretary"""),
("en", "b166-door-code-night", "Kieran Walsh <kieran.walsh@example.com.au>", "24hr access", "technical", "",
"""g'day, the door code for the 24hr bouldering room isn't working after
10pm. keypad flashes red. worked fine before 10. had to go home last night.
cheers"""),
("en", "b166-card-not-scanning-credit", "Derek Holt <derek.holt@example.co.uk>", "Range card", "technical", "",
"""Morning,

My range card won't scan at either ball machine, it just says "card not
recognised". It's not a payment problem, there's 32 pounds credit on it
according to the app. The staff had to give me balls by hand which is fine
but I'd rather not have to queue at the counter every time.

Derek"""),
("en", "b166-scoring-app-crash-over", "Anand Krishnamurthy <anand.k@example.in>", "Live scoring app crashing", "technical", "",
"""Dear Team,

The live scoring app which the club asked us to use for the Sunday league
is crashing every time the scorer tries to start a new over after a wide
ball. We are using Android phone (Redmi Note 12). Today we had to go back
to paper book after the 14th over.

Please advise if there is an update.

Regards,
Anand Krishnamurthy
Scorer, 2nd XI"""),
("en", "b166-clubhouse-wifi", "Shannon Dwyer <shannon.dwyer@example.com.au>", "wifi", "technical", "",
"""Hi, the clubhouse wifi connects but there's no internet, says "connected,
no internet" on my phone and my laptop. Been like that since the weekend.
Is the password changed?"""),
("en", "b166-password-reset-no-email", "Eileen Parsons <eileen.parsons@example.co.uk>", "Password", "technical", "",
"""Dear Sir/Madam

I am trying to book a skating session for my grandson on your website. It
asked me to reset my password and I pressed the button four times but no
email has arrived, not even in the junk folder which my son showed me how
to look in. My email is the same one I am writing from.

Thank you
Eileen Parsons (Mrs)"""),
("en", "b166-lost-shin-pads-rink", "Claire Whitmore <claire.whitmore@example.co.uk>", "Left behind on Saturday", "general", "",
"""Hi,

My son left a black drawstring bag in the changing area after his ice hockey
session on Saturday (9-10am). It has his shin pads, a pair of gloves with
"J.W." written inside and a blue water bottle. Has anyone handed it in?

Thanks,
Claire"""),
("en", "b166-praise-instructor-autism", "Rachel Bennett <rachel.bennett@example.co.uk>", "Thank you to Laura", "general", "",
"""Hello,

I just wanted to say thank you to Laura, who has been teaching our son Ethan
on Wednesdays since September. Ethan is autistic and finds new people and
noise really hard, and we honestly didn't think he'd get past the first
lesson. Laura has been so patient, always tells him exactly what is going
to happen next, and lets him groom Biscuit for ten minutes at the start so
he can settle.

Last week he trotted for the first time and hasn't stopped talking about it.

Please pass this on to her and to whoever is her boss.

Rachel"""),
("en", "b166-range-bank-holiday-hours", "Nigel Carter <nigel.carter@example.co.uk>", "Easter Monday", "general", "",
"""Are you open on Easter Monday and if so what times? Website just says
"bank holiday hours may vary"."""),
("en", "b166-coach-shouting-kids-chairman", "Aisha Rahman <aisha.rahman@example.co.uk>", "Behaviour of U11 coach", "general", "high",
"""Dear Club Chairman,

I am writing to complain about the behaviour of the U11 coach at Friday's
training. He shouted at my daughter and two other girls in front of
everyone, called them "useless" and "a waste of space" for dropping catches,
and made one of them cry. Several parents heard it.

This is not the first time. I raised it with the team manager in May and
nothing changed. I want this dealt with by the chairman or the welfare
officer, not passed back to the coach's friends on the committee. Please
confirm who will be looking into it.

Aisha Rahman"""),
("en", "b166-glass-under-benches-rink", "Graham Pearce <graham.pearce@example.co.uk>", "Rink side", "general", "high",
"""Hello,

At the public session this afternoon there was broken glass under the
benches by the skate hire, where everyone sits to put their skates on. It
looked like a bottle had been dropped. I picked up the big bits and put
them in the bin but there are still small pieces in the rubber matting and
lots of little ones in socks around there. I told someone at the hire
counter but nobody had come by the time we left.

Graham Pearce"""),
("en", "b166-sponsor-junior-kit", "Vikram Shah <vikram@shahandco-accountants.example>", "Junior kit sponsorship", "general", "",
"""Hi,

We're a small accountancy practice in the village and my nephew plays in
your U15s. We'd be interested in sponsoring the junior shirts for next
season. Could you let me know who to talk to, and roughly what's involved
(logo size, how many years, etc.)?

Best wishes,
Vikram Shah
Shah & Co"""),
("en", "b166-change-email-address", "Bernadette Quinn <b.quinn.new@example.ie>", "New email", "general", "",
"""Hi, please change the email on my sailing club membership from
bernie.q@example.ie to this one. Membership is under Bernadette Quinn,
Dun Laoghaire. Thanks!"""),
("en", "b166-data-deletion-request", "Lars Eriksen <lars.eriksen@example.co.uk>", "Personal data", "general", "",
"""Hello,

I stopped climbing with you about two years ago and I'm still getting your
newsletters. Please delete all personal data you hold about me, including
my waiver form and any photos. Please confirm when this has been done.

Lars Eriksen"""),
("en", "b166-hen-party-climbing", "Jess Harding <jess.harding@example.co.uk>", "Hen do!", "general", "",
"""Hiya! I'm organising a hen do for 12 of us in June and the bride really
wants to do something active before the evening. Do you do group climbing
sessions for complete beginners? And can we bring our own prosecco for
after (not before, I promise)?

Jess x"""),
("en", "b166-saddle-delivery-yard", "Philippa Grant <philippa.grant@example.co.uk>", "Delivery on Thursday", "general", "",
"""Hi Karen,

I've got a new saddle being delivered to the yard on Thursday by courier
(should be between 10 and 2). I won't be there until the evening - could
someone sign for it and pop it in the tack room on Dolly's peg?

Thanks so much,
Pippa"""),
("en", "b166-kids-dying-to-sail-age", "Michelle Tan <michelle.tan@example.com.au>", "Sailing taster", "general", "",
"""Hi, my two are absolutely dying to try sailing after watching the regatta
last weekend. They're 7 and 9. Is there a minimum age for the taster
sessions, and do they need to be able to swim a certain distance?"""),
("en", "b166-pontoon-step-loose", "Richard Cole <richard.cole@example.co.uk>", "Pontoon", "general", "high",
"""Dear Sir,

The second wooden step down onto the visitors' pontoon is loose. It tips
forward when you put weight on the front edge, and with the tide out there
is a drop of a couple of metres to the mud beside it. I nearly went over on
Sunday carrying a fuel can. Perhaps it could be roped off until it is
fixed.

Richard Cole
Berth C14"""),
("en", "b166-re-half-term-camp", "Donna Reilly <donna.reilly@example.co.uk>", "Re: Half term camps", "general", "",
"""Thanks Steph. One more thing, does she need to bring her own packed lunch
or is food provided? And is there somewhere to leave her bike?

Donna

> From: Steph (Bookings)
> Sent: 10 October 2024 11:02
> Hi Donna, yes, the half term climbing camp runs Monday to Wednesday,
> 9am to 3pm, ages 8-14. Drop-off is at the main entrance.
> Steph"""),
# ---------------- Greek ----------------
("el", "b166-golf-mathimata-timi-melous", "Στέλιος Μαυρίδης <stelios.mavridis@example.gr>", "Πακέτο μαθημάτων με τον pro", "billing", "",
"""Καλησπέρα σας,

Την περασμένη εβδομάδα αγόρασα στο γραφείο του range το πακέτο των 5
ιδιωτικών μαθημάτων με τον κ. Λιάπη. Στον τιμοκατάλογο για τα μέλη
γράφει 200€, αλλά η απόδειξη και η χρέωση στην κάρτα μου είναι 250€. Είμαι
μέλος από το 2021 (αρ. μέλους 3318).

Μπορείτε να μου επιστρέψετε τη διαφορά;

Ευχαριστώ,
Στέλιος Μαυρίδης"""),
("el", "b166-gl-squash-egkymosynh-pagwma", "Eleni Th. <eleni.th@example.gr>", "syndromh", "billing", "",
"""Geia sas,

eimai egkyos 5 mhnwn kai o giatros mou eipe na stamathsw to squash mexri na
gennhsw. Mporw na pagwsw th syndromh (45 euro to mhna) apo ton Martio mexri
to Septemvrio kai na th synexisw meta? Den 8elw na th xasw gt exw thn
palia timh.

Eyxaristw polu,
Eleni"""),
("el", "b166-pagodromio-timologio-etaireia", "Λογιστήριο Ορίζων ΑΕ <logistirio@orizon-ae.example>", "Τιμολογιο για πακετο εισοδων", "billing", "",
"""Καλημερα σας,

Την προηγουμενη εβδομαδα αγορασαμε 3 πακετα των 10 εισοδων για το
παγοδρομιο (συνολο 270,00€) για εκδηλωση του προσωπικου μας. Στο ταμειο
μας εδωσαν αποδειξη λιανικης. Χρειαζομαστε τιμολογιο στην εταιρεια:

Ορίζων Α.Ε.
ΑΦΜ 099999999, ΔΟΥ Αμαρουσιου
Λ. Κηφισιας 120, Μαρουσι

Ευχαριστουμε,
Κατερινα Δημου
Λογιστηριο"""),
("el", "b166-ippasia-pagoma-erasmus", "Αθηνά Γεωργίου <athina.georgiou@example.gr>", "Μαθήματα Μυρτώς", "billing", "",
"""Καλησπέρα κυρία Ρένα,

Η Μυρτώ φεύγει με Erasmus για Λυών από τον Φεβρουάριο μέχρι τέλη Ιουνίου.
Θα ήθελα να «παγώσουμε» τη μηνιαία συνδρομή των μαθημάτων (τα 120€) για
αυτό το διάστημα, χωρίς να χάσει τη θέση της στην ομάδα του Σαββάτου όταν
γυρίσει. Γίνεται αυτό;

Ευχαριστώ πολύ,
Αθηνά Γεωργίου"""),
("el", "b166-ellimenismos-poulimeno-skafos-synigoros", "Παναγιώτης Ζερβός <p.zervos@example.gr>", "Τέλη ελλιμενισμού 2024", "billing", "high",
"""Αξιότιμοι κύριοι,

Σας είχα ενημερώσει εγγράφως στις 12 Νοεμβρίου ότι το σκάφος μου «Αλκυόνη»
πουλήθηκε και ότι αποχώρησε από τη μαρίνα του Ομίλου την ίδια εβδομάδα.
Παρ' όλα αυτά μου στείλατε ειδοποίηση για τα ετήσια τέλη ελλιμενισμού του
2024 (1.380€) και τώρα και υπενθύμιση με «προσαύξηση καθυστέρησης».

Δεν πρόκειται να πληρώσω για θέση που δεν χρησιμοποιώ. Αν δεν ακυρωθεί η
χρέωση εγγράφως μέσα στον μήνα, θα απευθυνθώ στον Συνήγορο του
Καταναλωτή.

Με εκτίμηση,
Παναγιώτης Ζερβός"""),
("el", "b166-gl-party-pagodromio-25-paidia-trapeza", "Vaso K. <vaso.kar@example.gr>", "PARTY 16/2", "billing", "high",
"""kalhspera,

kanate to party tou giou mou sto pagodromio sto 16/2. Eixame pei 25 paidia
alla hr8an 14 kai sto reception mas eipan oti 8a xrewsoume mono osa hr8an.
Telika xrewsate thn karta mou gia 25 (375 euro) kai mia deuterh fora 75 gia
"extra xrono" pou den zhthsame pote.

Exw steilei 2 email kai kanena den apanththike. An den mou epistrepsete ta
lefta mexri thn Paraskevh 8a kanw amfisvhthsh xrewshs sthn trapeza.

Vaso Karali"""),
("el", "b166-kriket-kerkyra-periodeia-pliromi", "Σπύρος Βούλγαρης <spyros.voulgaris@example.gr>", "Φιλικό Μαΐου", "billing", "",
"""Καλησπέρα,

Είμαι ο ταμίας της ομάδας κρίκετ των Αθηνών που θα κατέβει στην Κέρκυρα για
το φιλικό της 18ης Μαΐου. Μας είπαν ότι υπάρχει τέλος χρήσης γηπέδου και
τσαγιού για τους παίκτες. Πόσο είναι ανά άτομο, και μπορώ να το
πληρώσω με μεταφορά πριν κατέβουμε ώστε να μη μαζεύω μετρητά από 14
άτομα; Θα χρειαστώ και απόδειξη για τον σύλλογο.

Σπύρος"""),
("el", "b166-re-prosfora-golf-etairiko", "Ελένη Σταθοπούλου <e.stathopoulou@kypseli-soft.example>", "Re: Προσφορά για εταιρική εκδήλωση", "billing", "",
"""Καλημέρα κ. Αντωνίου,

Ευχαριστώ για την προσφορά. Τελικά θα είμαστε 22 άτομα αντί για 15.
Ισχύει κάποια έκπτωση για ομάδες άνω των 20; Και μπορούμε να πληρώσουμε
το 50% τώρα με τραπεζική μεταφορά και το υπόλοιπο μετά την εκδήλωση;

Ελένη Σταθοπούλου
Κυψέλη Software

> Από: Γ. Αντωνίου
> Καλημέρα κα Σταθοπούλου, σας επισυνάπτω την προσφορά για 2ωρη
> εκδήλωση στο driving range με εκπαιδευτή και μπουφέ για 15 άτομα,
> συνολικό κόστος 1.050€ πλέον ΦΠΑ."""),
("el", "b166-gl-alogo-poulithike-stavlos", "Maria Papadaki <maria.papadaki@example.gr>", "Aris", "billing", "",
"""Kalhmera Gianni,

telika ton Ari ton agorase h oikogeneia apo th Larisa pou ton eide ton
Ianouario, ton pairnoun thn Kyriakh. Opote apo ton Martio den 8a xreiazomaste
pia to boxaki kai th diatrofh. Mporeis na mhn mou ksanasteileis logariasmo?
Oti xrwstaw gia Fevrouario sto dinw to Savvato.

Eyxaristw gia ola ayta ta xronia,
Maria"""),
("el", "b166-gl-stoli-istioploias-epistrofi", "Kostas Rigas <kostas.rigas@example.gr>", "epistrofh", "billing", "",
"""Geia, parhgeila apo to e-shop tou omilou mia stolh neopreniou gia to gio
mou (paraggelia 4471, 96e) alla o proponhths tou tou edwse mia apo ta
palia ths omadas. Einai akomh sth syskevasia. Mporw na thn epistrepsw kai
na parw ta lefta mou pisw? Pws ginetai?"""),
("el", "b166-squash-xreosi-vlavi-diefthyntis", "Ανδρέας Κουτσούκος <a.koutsoukos@example.gr>", "Χρέωση για γήπεδο που δεν παίξαμε", "billing", "high",
"""Καλησπέρα,

Την Πέμπτη 7/3 είχαμε κλείσει το γήπεδο 2 για τις 20:00. Όταν φτάσαμε, το
γήπεδο ήταν κλειστό γιατί είχε σπάσει το τζάμι της πόρτας και μας είπαν
να φύγουμε. Παρόλα αυτά χρεωθήκαμε κανονικά 18€ και όταν ρώτησα στη
ρεσεψιόν μου απάντησαν ότι «δεν μπορούν να κάνουν τίποτα».

Ζητώ να μου επιστραφεί το ποσό και θέλω να μιλήσω με τον υπεύθυνο του
κέντρου, όχι με τη ρεσεψιόν. Το τηλέφωνό μου είναι στον λογαριασμό μου.

Ανδρέας Κουτσούκος"""),
("el", "b166-gl-erwthsh-tropoi-plhrwmhs", "Dimitra Lazou <dimitra.lazou@example.gr>", "Erotisi", "billing", "",
"""Kalhspera, 8elw na grapsw thn kori mou sta mathimata patinaz gia to
xeimwna. Mporw na plhrwsw me IRIS h mono me karta sto tameio? Kai dinete
apodeiksh gia to voucher tou dhmou?"""),
("el", "b166-dorokarta-ippasia-metavivasi", "Χαράλαμπος Νικολάου <ch.nikolaou@example.gr>", "Δωροκάρτα", "billing", "",
"""Καλημερα,

Η συζυγος μου ειχε παρει δωροκαρτα για 4 μαθηματα ιππασιας (160€) για τα
γενεθλια μου, αλλα μετα απο το χειρουργειο στη μεση δεν μπορω να ιππευσω
για κανα χρονο. Μπορει να τη χρησιμοποιησει η κορη μου αντι για μενα;

Ευχαριστω,
Χ. Νικολαου"""),
("el", "b166-pistosi-oxi-epistrofi-xrimaton", "Ιωάννα Τσιρίγου <ioanna.tsirigou@example.gr>", "Ακυρωμένη προπόνηση Σαββάτου", "billing", "",
"""Γεια σας,

Η ομαδική προπόνηση αναρρίχησης του Σαββάτου ακυρώθηκε, και είδα ότι μου
επιστρέψατε τα 20€ στην κάρτα. Δεν θέλω επιστροφή χρημάτων, θα προτιμούσα
να μείνει ως πίστωση στον λογαριασμό μου για την επόμενη φορά. Μπορείτε να
το κάνετε έτσι στο μέλλον;

Ιωάννα"""),
("el", "b166-kratiseis-ippasias-ola-mi-diathesima", "Φωτεινή Αλεξίου <foteini.alexiou@example.gr>", "Ηλεκτρονικές κρατήσεις", "technical", "",
"""Καλησπέρα,

Δεν θέλω να ακυρώσω ή να αλλάξω τίποτα στη συνδρομή μου. Το πρόβλημα είναι
ότι από τη Δευτέρα το ημερολόγιο κρατήσεων για τα μαθήματα ιππασίας δείχνει
όλες τις ώρες της εβδομάδας «μη διαθέσιμες», ακόμα και της Τετάρτης στις
18:00 που η Ρένα μου είπε ότι είναι άδεια. Το δοκίμασα από υπολογιστή και
κινητό.

Φωτεινή"""),
("el", "b166-gl-pillar-reumatos-provlita", "Thanasis M. <thanasis.m@example.gr>", "provlita B", "technical", "high",
"""Geia sas,

na sas pw oti h kolona reumatos sthn provlita B, aytn apenanti apo th 8esh
14, "xtypaei". To Savvato pou ebala to kalwdio tou skafous mou me xtyphse
reuma sto xeri, oxi poly dynata alla to ekana ksana kai to idio. To kapaki
ths einai kai spasmeno kai mpainei nero otan vrexei.

Den 3erw an to kserete hdh, kalo 8a htan na to koitaksei kapoios hlektrologos.

Thanasis"""),
("el", "b166-pagodromio-thermantiko-spithes", "Αικατερίνη Μπαλτά <k.balta@example.gr>", "Θερμαντικό στις κερκίδες", "technical", "high",
"""Καλησπέρα σας,

Ήθελα να σας ενημερώσω ότι σήμερα, στη δημόσια συνεδρία των 18:00, το
ηλεκτρικό θερμαντικό πάνελ στον τοίχο πίσω από τη δεύτερη σειρά των
κερκίδων έβγαζε σπίθες από το κάτω μέρος και μύριζε καμένο. Καθόταν ακριβώς
από κάτω μια οικογένεια με μωρό. Το είπα στον νεαρό στο ταμείο, ο οποίος
το έσβησε από τον διακόπτη, αλλά νομίζω ότι πρέπει να το δει ηλεκτρολόγος
πριν ξανανάψει.

Αικατερίνη Μπαλτά"""),
("el", "b166-xenodoxeio-eisitiria-portal", "Reception Hotel Aktaio <reception@aktaio-hotel.example>", "Εισιτήρια μέσω portal", "technical", "high",
"""Καλημέρα,

Από χθες το μεσημέρι το portal συνεργατών δεν μας αφήνει να εκδώσουμε
εισιτήρια για τις εκδρομές ιστιοπλοΐας. Πατάμε «Έκδοση» και βγάζει λευκή
σελίδα. Σήμερα το πρωί έστειλα 11 πελάτες στη μαρίνα χωρίς εισιτήρια και
τους έδιωξαν από το σκάφος, και έχουμε άλλους 18 κλεισμένους για αύριο.
Οι πελάτες ζητούν τα χρήματά τους από εμάς.

Παρακαλώ να μας καλέσει κάποιος σήμερα στο 2100000000.

Μάνος Τζαννετάκης
Υποδοχή, Ξενοδοχείο Ακταίο"""),
("el", "b166-gl-parking-mpara-pinakida", "Lefteris Ch. <lefteris.ch@example.gr>", "parking", "technical", "",
"""kalhmera. h mpara sto parking tou omilou den anagnwrizei thn pinakida mou
apo thn Deftera (IKT 4521), perimenw kai den anoigei, prepei na patane
apo to reception. prin douleue kanonika. mhpws svhsthke apo to systhma?"""),
("el", "b166-golf-simulator-pagonei", "Γρηγόρης Αναστασίου <g.anastasiou@example.gr>", "Αίθουσα simulator", "technical", "",
"""Καλησπέρα, στην αίθουσα simulator 2 η εικόνα «παγώνει» κάθε δέκα λεπτά
περίπου και πρέπει να περιμένουμε να ξαναφορτώσει το γήπεδο από την αρχή.
Το Σάββατο χάσαμε έτσι σχεδόν μισή ώρα από τις δύο που είχαμε. Στην
αίθουσα 1 δεν το είχαμε ποτέ αυτό."""),
("el", "b166-gl-email-epivevaiwshs-squash", "Giorgos Tsakalos <giorgos.tsak@example.gr>", "krathseis", "technical", "",
"""Geia sas, kanw krathseis gia squash apo to site alla den mou erxetai
pote to email epivevaiwshs. Exw koitaksei kai sta spam. Sto logariasmo mou
h krathsh fainetai, alla sto reception mou zhtane to email kai den exw ti
na tous deiksw."""),
("el", "b166-mirodia-gkaziou-apodytiria", "Ευάγγελος Ρήγας <v.rigas@example.gr>", "Αποδυτήρια ανδρών", "technical", "high",
"""Καλησπέρα,

Χθες το βράδυ, γύρω στις 21:30, στα αποδυτήρια ανδρών μύριζε έντονα
γκάζι, κυρίως κοντά στο ντουλάπι με τον θερμοσίφωνα στο βάθος. Δεν ξέρω αν
είναι τίποτα σοβαρό, αλλά δεν έμοιαζε με τη συνηθισμένη μυρωδιά από τα
ντους. Το ανέφερα στην κοπέλα στη ρεσεψιόν.

Ευάγγελος Ρήγας"""),
("el", "b166-sxoliki-ekdromi-qr-bares", "Δημήτρης Καραλής <d.karalis@5gym-peristeriou.example>", "Σχολική επίσκεψη", "technical", "high",
"""Καλησπέρα σας,

Σήμερα το πρωί φέραμε 62 μαθητές από το σχολείο μας στο παγοδρόμιο με
ηλεκτρονικά εισιτήρια που είχαμε αγοράσει από το site σας. Κανένα QR δεν
περνούσε από τις μπάρες της εισόδου, και οι υπάλληλοι έπρεπε να μας
περάσουν έναν-έναν με το χέρι. Χάσαμε 45 λεπτά από το πρόγραμμα. Αύριο
έρχονται άλλα τρία τμήματα (περίπου 70 παιδιά) και την Παρασκευή ένα
άλλο σχολείο της περιοχής με τον ίδιο τρόπο.

Υπάρχει κάτι που μπορεί να γίνει μέχρι αύριο το πρωί;

Δ. Καραλής
Υποδιευθυντής"""),
("el", "b166-gl-app-kleinei-programma", "Christina V. <christina.v@example.gr>", "App", "technical", "",
"""Geia sas. h efarmogh kleinei kathe fora pou pataw "Programma ths ebdomadas".
Iphone 12, thn exw diagrapsei kai ksanakatevasei. Ta alla menou douleuoun."""),
("el", "b166-gileko-ippasias-den-fortizei", "Δέσποινα Καραγιάννη <despina.karagianni@example.gr>", "Θερμαινόμενο γιλέκο", "technical", "",
"""Καλημερα σας,

Πριν δυο εβδομαδες αγορασα απο το καταστημα του ομιλου το θερμαινομενο
γιλεκο ιππασιας. Η μπαταρια δεν φορτιζει, το λαμπακι στον φορτιστη μενει
κοκκινο ακομα και μετα απο ολη τη νυχτα και το γιλεκο δεν ζεσταινει
καθολου. Τι πρεπει να κανω;

Δεσποινα Καραγιαννη"""),
("el", "b166-pinakas-skor-gipedo-kriket", "Μιχαλης Σταυρακης <m.stavrakis@example.gr>", "Ηλεκτρονικος πινακας", "technical", "",
"""Καλησπερα, ο ηλεκτρονικος πινακας σκορ στο γηπεδο δεν ανοιγει απο την
Κυριακη. Το καλωδιο ειναι στην πριζα, το κουμπι αναβει πρασινο αλλα η
οθονη μενει μαυρη. Το Σαββατο εχουμε αγωνα, αν δεν φτιαχτει θα κρατησουμε
σκορ με τα παλια νουμερα.

Μιχαλης
Ομαδα βετερανων"""),
("el", "b166-ntoulapi-klidose-pragmata", "Άρης Μελετίου <aris.meletiou@example.gr>", "Ντουλάπι 48", "technical", "",
"""Καλησπέρα, το ηλεκτρονικό ντουλάπι 48 στα αποδυτήρια του παγοδρομίου
κλείδωσε με τα πράγματά μου μέσα και δεν δέχεται τον κωδικό μου. Ο
υπάλληλος είπε ότι μόνο ο τεχνικός μπορεί να το ανοίξει και ότι έρχεται
αύριο. Μέσα είναι τα κλειδιά του σπιτιού μου. Μπορεί να γίνει κάτι πιο
γρήγορα;

Άρης"""),
("el", "b166-gl-xameno-roloi-ntouz", "Eleni Fotiou <eleni.fotiou@example.gr>", "roloi", "general", "",
"""Kalhmera, thn Kyriakh meta thn istioploia o antras mou afhse ena roloi
Casio (mauro, me lastixenio louraki) sta ntouz ths leskhs. Mhpws to vrhkate?
Exei synaisthimatikh aksia, htan tou patera tou."""),
("el", "b166-efxaristo-proponiti-anarrixisis", "Σοφία Παπανικολάου <sofia.papanikolaou@example.gr>", "Ένα μεγάλο ευχαριστώ", "general", "",
"""Καλησπέρα σας,

Θέλω να ευχαριστήσω τον Μιχάλη, τον προπονητή του τμήματος ενηλίκων
αρχαρίων. Ξεκίνησα στα 52 μου με τρομερό φόβο για το ύψος και δεν πίστευα
ότι θα φτάσω ποτέ στην κορυφή του τοίχου. Με τόση υπομονή και χιούμορ,
την περασμένη Πέμπτη το κατάφερα. Η ατμόσφαιρα στο γυμναστήριο είναι
υπέροχη.

Παρακαλώ μεταφέρετέ του τα θερμά μου συγχαρητήρια.

Σοφία"""),
("el", "b166-gl-wrario-15-avgoustou", "Panos D. <panos.d@example.gr>", "15 Augoustou", "general", "",
"""Geia, einai anoixto to range ston Dekapentaugousto? An nai ti wres?"""),
("el", "b166-reseption-agenis-diefthyntis", "Μαρίνα Χριστοδούλου <marina.christodoulou@example.gr>", "Συμπεριφορά υπαλλήλου", "general", "high",
"""Προς τη Διεύθυνση,

Την Τετάρτη το απόγευμα πήγα με την κόρη μου (9 ετών) για το μάθημα
ιππασίας των 17:00. Ο υπάλληλος στο γραφείο υποδοχής, ψηλός με γένια, μας
μίλησε με απίστευτη αγένεια επειδή αργήσαμε πέντε λεπτά, φώναξε μπροστά σε
άλλους γονείς και είπε στην κόρη μου «αν δεν σου αρέσει, να πας αλλού».
Το παιδί έκλαιγε όλο τον δρόμο.

Δεν θέλω να το συζητήσω ξανά με το προσωπικό της υποδοχής. Ζητώ να
επικοινωνήσει μαζί μου ο διευθυντής του ομίλου.

Μαρίνα Χριστοδούλου"""),
("el", "b166-gl-kladi-parking-kataigida", "Alexandros P. <alexandros.p@example.gr>", "parking", "general", "high",
"""Kalhspera,

meta thn xthesinh kataigida ena megalo kladi apo ton eukalypto sto parking
ths sxolhs ippasias exei spasei kai kremetai apo ligo floio akrivws pano
apo tis 8eseis dipla sthn eisodo, ekei pou parkaroun oi goneis. Shmera to
apogeuma fysouse kai kounioutan. Den exei mpei kamia kordela.

Alexandros"""),
("el", "b166-xorigia-regata-zaxaroplasteio", "Ζαχαροπλαστείο Η Γλυκιά Αύρα <info@glykia-avra.example>", "Χορηγία ρεγκάτας", "general", "",
"""Καλημέρα σας,

Είμαστε ένα οικογενειακό ζαχαροπλαστείο στο Φάληρο και η κόρη μας
αγωνίζεται με τα Optimist του ομίλου σας. Θα θέλαμε να γίνουμε χορηγοί
στην ανοιξιάτικη ρεγκάτα, π.χ. με γλυκά για τη βράβευση ή με κάποιο
έπαθλο. Με ποιον μπορούμε να μιλήσουμε;

Με εκτίμηση,
Νίκη και Στάθης Λάμπρου"""),
("el", "b166-gl-allagi-kinhtou", "Stavros Ioannou <stavros.ioannou@example.gr>", "neo kinhto", "general", "",
"""Kalhmera, allaksa kinhto, to neo einai 6900000000. To melos einai sto
onoma mou, Stavros Ioannou, tmhma cricket veteranwn. Eyxaristw."""),
("el", "b166-gdpr-antigrafo-dedomenon", "Λάμπρος Καλλέργης <lambros.kallergis@example.gr>", "Αίτημα πρόσβασης σε προσωπικά δεδομένα", "general", "",
"""Κυρίες και κύριοι,

Σύμφωνα με το άρθρο 15 του ΓΚΠΔ, παρακαλώ να μου αποστείλετε αντίγραφο
όλων των προσωπικών δεδομένων που τηρείτε για μένα ως μέλος του ομίλου
σκουός από το 2019, καθώς και τους αποδέκτες στους οποίους τα έχετε
διαβιβάσει.

Με εκτίμηση,
Λάμπρος Καλλέργης"""),
("el", "b166-genethlia-pagodromio-plirofories", "Νατάσα Γαλάνη <natasa.galani@example.gr>", "Πάρτι γενεθλίων", "general", "",
"""Καλησπερα! Ο γιος μου κλεινει τα 8 τον Δεκεμβριο και θελει παρτι στο
παγοδρομιο. Μπορουμε να φερουμε δικη μας τουρτα; Υπαρχει χωρος να
καθισουν οι γονεις; Και πρεπει τα παιδια να ξερουν ηδη πατινάζ ή βοηθαει
καποιος στον πάγο;"""),
("el", "b166-gl-pethainw-na-dokimasw-ippasia", "Rena Karra <rena.karra@example.gr>", "arxarioi", "general", "",
"""Geia sas! Pe8ainw na dokimasw ippasia apo tote pou htan paidi, alla eimai
43 kai den exw anevei pote se alogo. Exete tmhmata gia arxarious enhlikes?
Xreiazetai na exw dika mou kranos kai mpotes h ta dinete esteis?"""),
("el", "b166-skylos-sti-lesxi", "Οδυσσέας Κωνσταντίνου <odysseas.k@example.gr>", "Ερώτηση", "general", "",
"""Καλημέρα,

Επιτρέπονται σκύλοι στη λέσχη και στις προβλήτες; Έχω ένα ήσυχο λαμπραντόρ
και θα ήθελα να τον φέρνω τα Σαββατοκύριακα που βγαίνω με το σκάφος.
Φυσικά με λουρί.

Ευχαριστώ,
Οδυσσέας"""),
("el", "b166-kerkida-kriket-kagkelo", "Θεόδωρος Μανωλάκης <th.manolakis@example.gr>", "Κερκίδα γηπέδου", "general", "high",
"""Κύριοι,

Στην ξύλινη κερκίδα δίπλα στο pavilion το κάγκελο της πάνω σειράς έχει
ξεκολλήσει από τη μια άκρη και γέρνει προς τα έξω όταν ακουμπήσεις. Από
πίσω είναι κενό σχεδόν δύο μέτρα πάνω στο πεζοδρόμιο. Την Κυριακή στον
αγώνα κάθονταν εκεί παιδιά και ένας κύριος σχεδόν έπεσε. Ίσως πρέπει να
κλείσει η σειρά αυτή μέχρι να φτιαχτεί.

Θεόδωρος Μανωλάκης"""),
("el", "b166-re-vevaiosi-symmetoxis-regata", "Βίκυ Σαββίδου <vicky.savvidou@example.gr>", "Re: Αποτελέσματα ρεγκάτας Απριλίου", "general", "",
"""Καλησπέρα κα Δήμητρα,

Ευχαριστώ για τα αποτελέσματα. Θα μπορούσατε να μας δώσετε και μια
βεβαίωση συμμετοχής για τον Άγγελο; Τη χρειάζεται για την αίτηση στο
αθλητικό τμήμα του σχολείου. Την παραλαμβάνω κι από τη γραμματεία αν
είναι πιο εύκολο.

Βίκυ Σαββίδου

> Στις 22/4, Γραμματεία Ομίλου έγραψε:
> Αγαπητά μέλη, σας επισυνάπτουμε τα τελικά αποτελέσματα της ρεγκάτας
> Optimist της 20ής Απριλίου. Συγχαρητήρια σε όλους τους αθλητές!"""),
# ---------------- Spanish ----------------
("es", "b166-cambio-cuenta-domiciliacion", "Álvaro Quintana <alvaro.quintana@example.es>", "Cambio de cuenta bancaria", "billing", "",
"""Buenos días:

Soy socio del club de golf (abonado al campo de prácticas, n.º 2214) y la
cuota trimestral se me carga en una cuenta que voy a cerrar a final de mes.
¿Me podéis indicar cómo cambio la domiciliación? La nueva cuenta es del mismo
titular, ES00 0000 0000 0000 0000 0000.

¿Hace falta firmar una nueva orden SEPA o basta con este correo?

Un saludo,
Álvaro Quintana"""),
("es", "b166-caballeriza-regresamos-guadalajara", "Lupita Ramírez <lupita.ramirez@example.com.mx>", "Lugar en la caballeriza", "billing", "",
"""Hola buenas tardes

Les escribo para avisar que a partir de julio ya no vamos a necesitar el
lugar de Canelo en la caballeriza porque nos regresamos a Guadalajara y él se
va con nosotros. Les pagamos junio normal, pero por favor ya no me generen el
cargo de $4,800 de julio.

Muchas gracias por todo, Canelo estuvo muy bien atendido.
Lupita Ramirez"""),
("es", "b166-cuota-social-marido-fallecio", "Norma Bianchi <norma.bianchi@example.com.ar>", "Socio 1043 - Héctor Ferraro", "billing", "",
"""Estimados:

Les escribo porque mi marido, Héctor Ferraro, socio del club náutico desde
1979, ya no está con nosotros; nos dejó el mes pasado. Les pido por favor que
den de baja su cuota social y que no sigan debitándola de la tarjeta, este
mes ya vino el débito de $38.500.

Si hay que completar algún formulario o traer el certificado, avísenme y paso
por la secretaría. Él quería mucho al club.

Norma Bianchi de Ferraro"""),
("es", "b166-factura-ampa-pista-hielo", "AMPA CEIP Los Almendros <ampa.losalmendros@example.es>", "Factura salida escolar pista de hielo", "billing", "",
"""Hola:

El pasado 14 de febrero fuimos con 48 alumnos de 4.º y 5.º a la pista de
hielo y pagamos en taquilla 336 euros (entrada + alquiler de patines). Para
justificar el gasto necesitamos una factura a nombre del AMPA, no el ticket:

AMPA CEIP Los Almendros
CIF G00000000
C/ Almendro 3, 28830 San Fernando de Henares (Madrid)

Gracias de antemano.
Marisa, tesorera del AMPA"""),
("es", "b166-squash-anualidad-cuotas-chile", "Cristóbal Fuentes <cristobal.fuentes@example.cl>", "Plan anual", "billing", "",
"""Hola, quería consultar si el plan anual de squash ($420.000) se puede pagar
en cuotas sin interés con tarjeta de crédito, o si solo en efectivo o
transferencia. En la recepción me dijeron cosas distintas dos veces.

Saludos,
Cristóbal"""),
("es", "b166-descuento-estudiantes-muro", "Diego Ortiz <diego.ortiz.unam@example.com.mx>", "descuento estudiantes", "billing", "",
"""que tal, tienen descuento para estudiantes en la mensualidad del muro? soy
de la UNAM y tengo credencial vigente. vi que la mensualidad es de $1,150 pero
un amigo dice que a el le cobran menos. gracias"""),
("es", "b166-curso-vela-cancelado-omic", "Beatriz Santamaría <beatriz.santamaria@example.es>", "Devolución curso de vela julio", "billing", "high",
"""Buenas tardes:

En abril pagué 290 € por el curso de iniciación a la vela de mi hijo Pablo
(quincena del 1 al 15 de julio). El 25 de junio el club nos comunicó por
WhatsApp que el curso se cancelaba por falta de monitores y que nos
devolverían el importe "en unos días". Estamos a 4 de septiembre y no he
recibido nada, a pesar de tres correos y varias llamadas.

Si en diez días no tengo la devolución, presentaré una hoja de reclamaciones
y acudiré a la OMIC de mi ayuntamiento.

Atentamente,
Beatriz Santamaría"""),
("es", "b166-matricula-doble-mercadopago-desconocer", "Facundo Gaitán <facundo.gaitan@example.com.ar>", "DOBLE COBRO MATRICULA", "billing", "high",
"""Hola. Pagué la matrícula de equitación de mi hija por Mercado Pago el 3/3
($45.000) y me la cobraron DOS veces, mismo día, mismo monto. Mandé
comprobantes a la secretaría hace dos semanas y me dijeron que "lo iban a ver
con el contador". Nada.

Si esta semana no me devuelven el segundo cobro, lo desconozco con la tarjeta
y que lo resuelvan con el banco.

Facundo"""),
("es", "b166-jubilamos-caballo-pupilaje", "Ramón Echevarría <ramon.echevarria@example.es>", "Pupilaje de Lucero", "billing", "",
"""Hola Marta:

Hemos decidido jubilar a Lucero, que ya tiene 24 años y está cansado. Se va a
la finca de mi suegro en Extremadura a final de mes, así que a partir de
noviembre ya no necesitaremos el box ni el pupilaje. ¿Me confirmas que no se
pasará el recibo de noviembre?

Gracias por cuidarlo tan bien todos estos años.
Ramón"""),
("es", "b166-hola-bono-regalo-dividir", "Juliana Restrepo <juliana.restrepo@example.com.co>", "Hola", "billing", "",
"""Hola, buenas tardes.

Me regalaron un bono de $300.000 para clases de golf con el profesor del
club. ¿Lo puedo dividir para que mi esposo y yo tomemos la mitad de las
clases cada uno, o tiene que ser todo para la misma persona?

Mil gracias,
Juliana"""),
("es", "b166-renovacion-no-solicitada-director", "Ignacio Valverde <ignacio.valverde@example.es>", "Renovación que NO autoricé", "billing", "high",
"""Buenos días:

El 2 de diciembre comuniqué por escrito en secretaría (tengo copia sellada)
que no renovaría mi abono anual de squash. A pesar de ello, el 2 de enero
me han cargado la anualidad completa, 540 €. En recepción me dicen que "el
sistema renueva automáticamente" y que no pueden hacer nada.

Exijo la devolución íntegra y quiero hablar directamente con el director del
club, no con recepción ni con administración. Les ruego que me llame él.

Ignacio Valverde"""),
("es", "b166-cambio-casco-color", "Ximena Lozano <ximena.lozano@example.com.mx>", "Cambio de casco", "billing", "",
"""Hola!! Compré el casco de equitación infantil en la tiendita del club el
sábado ($1,890) pero mi hija lo quería morado y le tocó negro jajaja. Sigue con
etiquetas y en su caja. ¿Lo puedo cambiar por el morado en la misma talla?"""),
("es", "b166-urgente-recibo-campamento", "Sonia Peral <sonia.peral@example.es>", "URGENTE recibo", "billing", "",
"""Hola!! necesito URGENTE el recibo del campamento de escalada de Semana
Santa de mis dos hijos (Hugo y Lía Peral), que en mi empresa lo pagan como
ayuda de conciliación y el plazo para entregarlo se acaba el viernes. Fueron
2 x 165 €. Me vale en PDF.

Gracias!!
Sonia"""),
("es", "b166-re-clinica-suspendida-credito", "Martín Sosa <martin.sosa@example.com.ar>", "Re: Clínica de salto suspendida", "billing", "",
"""Hola Vero, gracias por avisar. No hace falta que me devuelvan la plata,
prefiero que los $28.000 queden a cuenta para las clases de mi hijo Benja de
abril. ¿Se puede?

Martín

> El 12/3, Verónica (Administración) escribió:
> Estimados, lamentamos informarles que la clínica de salto del sábado 16
> queda suspendida por el estado de la pista. A quienes la abonaron se les
> reintegrará el importe en los próximos días."""),
("es", "b166-web-squash-sesion-caducada", "Nuria Campos <nuria.campos@example.es>", "No puedo reservar", "technical", "",
"""Hola,

No es un tema de pago, tengo saldo en el monedero del club. El problema es
que cada vez que intento reservar pista en la web, después de elegir la
hora me sale "Sesión caducada, vuelva a iniciar sesión", inicio sesión otra
vez y vuelta a empezar. Me pasa en el ordenador y en el móvil desde el
domingo.

Nuria"""),
("es", "b166-pulidora-gases-pista", "Jorge Arribas <jorge.arribas@example.es>", "Olor en la pista", "technical", "high",
"""Buenas tardes:

Ayer en la sesión de las 17:00, justo después de que pasara la máquina
pulidora, había un olor muy fuerte a gases de escape en toda la pista,
sobre todo en la zona de la entrada. Mi hija y otros dos niños se quejaron de
dolor de cabeza y nos salimos antes de tiempo. No sé si la máquina tiene
algún problema o si la ventilación no funciona, pero creo que alguien
debería revisarlo.

Un saludo,
Jorge Arribas"""),
("es", "b166-casco-led-bateria-humo", "Macarena Soto <macarena.soto@example.cl>", "Casco con luz", "technical", "high",
"""Hola, buenas noches.

Le compré a mi hijo en la tienda del club el casco de ciclismo/equitación con
luz LED recargable. Anoche lo dejé cargando en la cocina y a la media hora
sentí olor a quemado: la parte de la batería estaba hinchada y salía un poco
de humo. Lo desenchufé y lo dejé en el patio. No hubo mayores problemas pero
me asustó.

¿Qué hago con él? No quiero que nadie más tenga uno así.

Macarena Soto"""),
("es", "b166-luces-muro-apagon", "Rodrigo Villalobos <rodrigo.villalobos@example.com.mx>", "Luces del muro", "technical", "high",
"""Buenas noches,

Para que lo sepan: hoy como a las 20:40 se apagaron de golpe todas las luces
de la zona de vías altas del muro, unos 15 segundos, y volvieron solas. En ese
momento había al menos cuatro personas a media vía y una bajando en rapel.
Nadie se lastimó, los aseguradores reaccionaron bien, pero quedarse a
oscuras a 12 metros no es broma. Ya había pasado la semana pasada una vez.

Rodrigo"""),
("es", "b166-app-lancha-traslado-no-carga", "Gustavo Peralta <gustavo.peralta@example.com.ar>", "App del club", "technical", "",
"""Buenas, la app del club para pedir la lancha de traslado al fondeadero
queda cargando y no pasa de la pantalla del logo. Ya la desinstalé y la volví
a instalar. Android 13. El fin de semana tuve que llamar por teléfono al
marinero para que me busque.

Gustavo"""),
("es", "b166-qr-reserva-no-valido", "Pilar Navarro <pilar.navarro@example.es>", "Reserva 48213", "technical", "",
"""Buenas,

Hice la reserva 48213 para el campo de prácticas el sábado a las 10:00 y al
llegar el torno me daba "QR no válido". Me dejaron pasar en recepción pero
hoy he intentado con otra reserva y pasa lo mismo. El QR es el que viene en
el correo de confirmación.

Gracias,
Pilar"""),
("es", "b166-club-patinaje-horas-borradas", "Club Patinaje Artístico Cumbres <contacto@patinaje-cumbres.example>", "Nuestros horarios de hielo", "technical", "high",
"""Buenas tardes,

Desde el lunes el calendario en línea de la pista ha ido borrando solas
nuestras horas de hielo contratadas para todo el semestre, y otras personas
ya reservaron encima. Esta semana nuestras 38 patinadoras de competencia no
han podido entrenar, tuvimos que cancelar todas las clases de la academia y
tenemos el regional en tres semanas. Las entrenadoras están sin trabajo
estos días.

Necesitamos que alguien lo revise hoy mismo y nos devuelva los horarios.

Paola Garza
Directora deportiva"""),
("es", "b166-puerta-pantalanes-no-abre", "Joan Ferrer <joan.ferrer@example.es>", "Acceso a pantalanes", "technical", "high",
"""Hola,

Desde esta mañana las tarjetas de acceso no abren ninguna de las puertas de
los pantalanes A, B y C. Somos decenas de propietarios esperando en el
muelle, hay gente con la tripulación para salir a la regata del club a las
12 y el marinero de guardia dice que no tiene llave maestra. Algunos están
saltando por el lateral, que no parece muy buena idea.

Joan Ferrer
Amarre B-27"""),
("es", "b166-streaming-squash-no-transmite", "Catalina Morales <catalina.morales@example.cl>", "Transmisión del torneo", "technical", "",
"""Hola, estoy tratando de ver por el link del club el torneo juvenil de
squash donde juega mi hijo, pero la transmisión de la cancha central sale
"offline" desde la mañana. Las otras canchas sí se ven. Vivo en Concepción y
no pude viajar, así que me encantaría verlo jugar la final.

Gracias,
Catalina"""),
("es", "b166-cuenta-bloqueada-intentos", "Andrés Cárdenas <andres.cardenas@example.com.co>", "cuenta bloqueada", "technical", "",
"""Buenos dias, me equivoque de clave tres veces y ahora la pagina del club
dice que mi cuenta esta bloqueada por 24 horas. El boton de "desbloquear" no
manda ningun correo. Me pueden desbloquear? Usuario acardenas82."""),
("es", "b166-neopreno-cremallera-rota", "Lucía Hidalgo <lucia.hidalgo@example.es>", "Neopreno", "technical", "",
"""Hola, compré en la tienda del club náutico un neopreno largo hace tres
semanas y la cremallera de la espalda se ha roto al segundo uso: se abre por
debajo aunque esté subida. No la he forzado. ¿Me lo pueden reparar o tengo
que mandarlo al fabricante?

Lucía"""),
("es", "b166-app-clases-sin-notificaciones", "Pablo Ledesma <pablo.ledesma@example.com.ar>", "Notificaciones", "technical", "",
"""Hola! La app de la escuela de equitación no me manda más las notificaciones
cuando suspenden clases por lluvia. Las notificaciones están activadas en el
teléfono (iPhone 14). El sábado fuimos hasta el club de gusto porque no me
enteré de que se había suspendido."""),
("es", "b166-sms-verificacion-no-llega", "Carmen Villar <carmen.villar@example.es>", "No me llega el mensaje", "technical", "",
"""Buenos días:

Quiero entrar en mi cuenta para apuntar a mi nieta a los cursillos de
patinaje, pero me pide un código que me tiene que llegar por mensaje al
móvil y no me llega. Lo he pedido cinco veces. Mi número es el mismo de
siempre, el que tienen ustedes.

Muchas gracias y perdonen las molestias.
Carmen Villar"""),
("es", "b166-movil-en-chaleco-salvavidas", "Sergio Molina <sergio.molina@example.es>", "Móvil olvidado", "general", "",
"""Hola, mi hijo Álex estuvo el domingo en la salida en kayak del club (grupo
de las 11) y cree que se dejó el móvil en el bolsillo del chaleco salvavidas
que devolvió. Es un Samsung con funda azul. ¿Lo habéis encontrado? Puedo
pasar cualquier tarde.

Sergio"""),
("es", "b166-gracias-personal-pista-papa", "Adriana Castillo <adriana.castillo@example.com.mx>", "Gracias", "general", "",
"""Buenas tardes,

Quiero agradecer de todo corazón al personal de la pista de hielo del domingo
pasado. Mi papá (71 años) se mareó en las gradas mientras veía patinar a mis
hijos y el muchacho de la taquilla y una señora de limpieza lo atendieron
rapidísimo, le trajeron agua y se quedaron con él hasta que se sintió bien.
Ya está perfectamente.

No supe sus nombres, pero por favor háganles llegar nuestro agradecimiento.

Adriana Castillo y familia"""),
("es", "b166-abris-dia-de-reyes", "Iker Goikoetxea <iker.goiko@example.es>", "6 de enero", "general", "",
"""Hola! Abris el rocodromo el dia de Reyes? Y el 31 por la tarde?"""),
("es", "b166-encargado-vestuario-comision-directiva", "Graciela Ibarra <graciela.ibarra@example.com.ar>", "Trato del encargado del vestuario", "general", "high",
"""A la Comisión Directiva:

El jueves 9, al terminar el entrenamiento de cricket juvenil, el encargado del
vestuario le gritó a mi hijo Tomás (12 años) y a dos compañeros, los echó
del vestuario antes de que se terminaran de cambiar y le dijo a mi hijo
"vos no sos de acá, andate a tu país". Tomás nació en Rosario.

Ya hablé con el coordinador de juveniles y me respondió que "el hombre es
así". No me alcanza. Quiero que la Comisión Directiva tome el tema y que me
reciba el presidente del club.

Graciela Ibarra"""),
("es", "b166-coladera-sin-tapa-estacionamiento", "Héctor Mendoza <hector.mendoza@example.com.mx>", "Estacionamiento", "general", "high",
"""Buenas tardes,

En el estacionamiento del club de golf, en el pasillo que va hacia el campo
de práctica, hay una coladera sin tapa. Es como de 40 cm y está justo donde
la gente camina con los carritos. Hoy en la tarde una señora metió la rueda
del carrito y casi se cae dentro. Le puse un cono que encontré, pero se lo
pueden llevar.

Héctor Mendoza"""),
("es", "b166-patrocinio-bodega-torneo", "Bodegas Altozano <comunicacion@bodegas-altozano.example>", "Torneo benéfico de golf", "general", "",
"""Estimados señores:

Somos una bodega familiar de la Ribera del Duero y nos gustaría colaborar
como patrocinadores en el torneo benéfico que organizan cada junio a favor
de la asociación de alzhéimer. Podríamos aportar vino para la cena de
entrega de premios y algún lote para los ganadores.

¿Con quién podríamos hablar?

Un cordial saludo,
Elena Gil
Comunicación, Bodegas Altozano"""),
("es", "b166-cambio-correo-colombia", "María Fernanda Ospina <mafe.ospina.nuevo@example.com.co>", "Actualizar correo", "general", "",
"""Buenas, por favor actualizar mi correo en la base de datos del club de
equitación a este nuevo. El anterior era mafe.ospina@example.com.co. Socia a
nombre de María Fernanda Ospina. Gracias!!"""),
("es", "b166-fotos-hija-instagram", "Raquel Benítez <raquel.benitez@example.es>", "Fotos de mi hija en Instagram", "general", "",
"""Hola:

He visto que en la cuenta de Instagram del club han publicado varias fotos
del campus de patinaje en las que sale mi hija Noa (8 años) con la cara
perfectamente visible. Yo no firmé ninguna autorización de imagen. Os pido
que las retiréis y que me confirméis qué otros datos o imágenes suyas
tenéis guardados.

Gracias,
Raquel Benítez"""),
("es", "b166-competicion-bloque-aficionados", "Lorena Vidal <lorena.vidal@example.es>", "Pregunta", "general", "",
"""Hola! Llevo un año escalando en vuestro rocódromo y me gustaría probar
alguna competición de bloque para aficionados. ¿Organizáis alguna? ¿Cuándo
es la próxima y cómo me apunto?"""),
("es", "b166-paquete-timon-laser", "Felipe Araya <felipe.araya@example.cl>", "Paquete para mí", "general", "",
"""Hola, el miércoles va a llegar por Chilexpress un paquete a mi nombre con
un timón nuevo para mi Laser (es largo, como de 1,20 m). Yo estoy en Santiago
hasta el viernes. ¿Lo pueden recibir en la oficina del club y dejarlo en el
galpón junto al bote (CHI 18)? Gracias!"""),
("es", "b166-esposo-me-mata-torneo", "Verónica Treviño <veronica.trevino@example.com.mx>", "Torneo de parejas", "general", "",
"""Hola!! Mi esposo me va a matar si no nos inscribo a tiempo en el torneo de
parejas del 20 de octubre jaja. ¿Hasta cuándo hay inscripciones y pueden
jugar parejas mixtas de distinto hándicap?

Saludos,
Vero"""),
("es", "b166-avispero-entrada-cuadras", "Elena Ruiz <elena.ruiz@example.es>", "Avispero en las cuadras", "general", "high",
"""Hola:

Quería avisaros de que hay un avispero bastante grande debajo del alero de la
entrada a las cuadras, justo encima de la puerta por la que pasan los niños
de la escuelita antes de las clases. Esta tarde había muchas avispas
entrando y saliendo. Mi hija es alérgica y hemos entrado por el picadero,
pero hay muchos niños pequeños.

Elena Ruiz"""),
("es", "b166-re-colonia-transporte", "Leandro Quiroga <leandro.quiroga@example.com.ar>", "Re: Colonia de verano en el club", "general", "",
"""Gracias Sabrina. Una consulta más: ¿la combi que sale de Palermo pasa
también por Belgrano? Y los chicos tienen que llevar el almuerzo o se lo dan
en el club?

Leandro

> El 28/11, Sabrina (Colonia) escribió:
> Hola Leandro, la colonia de vela y deportes náuticos arranca el 2 de
> enero, de lunes a viernes de 9 a 17 h, para chicos de 6 a 13 años.
> Saludos, Sabrina"""),
# ---------------- Polish ----------------
("pl", "b166-faktura-karnet-squash-nip", "Tomasz Wróblewski <tomasz.wroblewski@example.pl>", "Faktura na firmę", "billing", "",
"""Dzień dobry,

w zeszły piątek kupiłem w recepcji karnet na 10 wejść na korty squasha
(450 zł), płaciłem kartą firmową. Dostałem tylko paragon, a potrzebuję
faktury VAT na firmę:

Wróblewski Consulting
NIP 0000000000
ul. Kwiatowa 12/4, 60-123 Poznań

Paragon mogę przesłać zdjęciem.

Pozdrawiam,
Tomasz Wróblewski"""),
("pl", "b166-multisport-scianka", "Kasia Zielinska <kasia.zielinska@example.pl>", "multisport", "billing", "",
"""Czesc, czy na sciance honorujecie karte Multisport? Jesli tak, to czy
obejmuje tez wypozyczenie butow i uprzezy, czy za to sie doplaca? Dzieki!"""),
("pl", "b166-corka-konie-juz-nie", "Grazyna Lis <grazyna.lis@example.pl>", "Karnet Zosi", "billing", "",
"""Dzien dobry Pani Agnieszko,

Zosia niestety stwierdzila, ze konie to jednak nie dla niej i od stycznia
chce chodzic na taniec. Prosze wiec juz nie naliczac jej miesiecznego karnetu
na jazdy (380 zl) od nowego roku. Grudzien oczywiscie oplacimy.

Dziekuje za cierpliwosc do niej przez ten rok :)
Grazyna Lis"""),
("pl", "b166-zimowanie-omegi-cena", "Ryszard Kaczmarek <ryszard.kaczmarek@example.pl>", "Zimowanie", "billing", "",
"""Dzień dobry,

ile u Państwa kosztuje zimowanie Omegi w hangarze od października do
kwietnia, razem z wyciągnięciem i wodowaniem dźwigiem? Czy jest taniej dla
członków klubu, i czy można zapłacić w dwóch ratach?

Ryszard Kaczmarek"""),
("pl", "b166-kolano-zawieszenie-karnetu", "Michał Dudek <michal.dudek@example.pl>", "Zawieszenie karnetu", "billing", "",
"""Hej,

miałem w zeszłym tygodniu operację więzadła w kolanie i ortopeda zabronił
mi grać co najmniej pół roku. Czy mogę zawiesić karnet open na squasha (pobierany
co miesiąc 199 zł) od marca do sierpnia, zamiast go wypowiadać? Mogę
dosłać zaświadczenie.

Michał"""),
("pl", "b166-oboz-zeglarski-zaliczka-rzecznik", "Anna Sikorska <anna.sikorska@example.pl>", "Zwrot zaliczki za obóz - ostatnie wezwanie", "billing", "high",
"""Szanowni Państwo,

w lutym wpłaciłam 1500 zł zaliczki za obóz żeglarski syna w Giżycku (turnus
8-21 lipca). 10 czerwca otrzymałam SMS, że turnus został odwołany z powodu
braku kadry i że zaliczka zostanie zwrócona w ciągu 14 dni. Do dziś, mimo
czterech maili i kilku telefonów, pieniędzy nie otrzymałam.

Jeżeli kwota nie wpłynie na moje konto do 15 września, zwrócę się do
Miejskiego Rzecznika Konsumentów i skieruję sprawę do sądu.

Z poważaniem,
Anna Sikorska"""),
("pl", "b166-scianka-podwojne-obciazenie-chargeback", "Bartek Nowicki <bartek.nowicki@example.pl>", "Podwojne obciazenie karty", "billing", "high",
"""Dzien dobry,

1 lutego kupilem przez Wasza strone karnet open na sciane (249 zl) i karta
zostala obciazona dwa razy. Pisalem 6 i 13 lutego, zadnej odpowiedzi, na
recepcji mowia ze "to trzeba mailowo". Jesli do konca tygodnia nie dostane
zwrotu drugiej platnosci, zglaszam reklamacje transakcji w banku
(chargeback).

Bartlomiej Nowicki"""),
("pl", "b166-znizka-dla-emerytow-range", "Zdzisław Pawlak <zdzislaw.pawlak@example.pl>", "Zapytanie", "billing", "",
"""Szanowni Państwo,

jestem emerytem, od niedawna zainteresowałem się golfem. Czy na driving
range przysługuje zniżka dla seniorów na koszyki piłek albo na karnet? Syn
mówił, że w innych klubach jest coś takiego.

Z wyrazami szacunku
Zdzisław Pawlak"""),
("pl", "b166-klacz-do-stajni-siostry", "Magdalena Kowalewska <magda.kowalewska@example.pl>", "Pensjonat - Iskra", "billing", "",
"""Hej Paulina,

od kwietnia Iskra przenosi się do stajni mojej siostry pod Wrocławiem, bo
tam będzie miała padok na cały dzień i będzie bliżej mnie po przeprowadzce.
Marzec płacimy normalnie, ale od kwietnia proszę już nie wystawiać faktury
za pensjonat. Transport umówiony na 31.03.

Dziękuję za wszystko!
Magda"""),
("pl", "b166-zamowienie-lyzwy-zwrot", "Piotr Gajewski <piotr.gajewski@example.pl>", "Zamówienie 7731", "billing", "",
"""Dzien dobry, zamowilem w Waszym sklepie internetowym lyzwy hokejowe
dla syna (zamowienie 7731, 529 zl), ale okazaly sie za male o rozmiar, a
wiekszych juz nie macie. Chce je zwrocic w ramach 14 dni i prosze o zwrot
pieniedzy. Na jaki adres odeslac i czy musze placic za przesylke?"""),
("pl", "b166-no-show-instruktor-odwolal-kierownik", "Ewa Jabłońska <ewa.jablonska@example.pl>", "Opłaty za nieobecność", "billing", "high",
"""Dzień dobry,

w marcu trzy razy naliczono mi opłatę 60 zł za "nieobecność bez
odwołania" na jeździe. Za każdym razem to instruktor odwoływał lekcję SMS-em
(mam je zachowane), a nie ja. W biurze usłyszałam, że "system tak liczy" i
że mam się nie przejmować, ale pieniądze zeszły z konta.

Proszę o zwrot 180 zł i o kontakt kierownika stadniny, a nie kolejnej osoby
z biura.

Ewa Jabłońska"""),
("pl", "b166-bon-na-urodziny-lodowisko", "Joanna Krawczyk <joanna.krawczyk@example.pl>", "Bon", "billing", "",
"""Dzień dobry, córka dostała bon na 200 zł na lekcje jazdy na łyżwach. Czy
można go wykorzystać zamiast tego na urodziny na lodowisku (jako część
płatności)? Pozdrawiam, Joanna"""),
("pl", "b166-re-przypomnienie-zaplacone-przelewem", "Krzysztof Mazur <krzysztof.mazur@example.pl>", "Re: Przypomnienie o płatności - składka członkowska 2024", "billing", "",
"""Dzień dobry,

składkę zapłaciłem przelewem 12 marca, tytuł "Składka 2024 Mazur
Krzysztof", kwota 600 zł. W załączniku potwierdzenie z banku. Proszę
sprawdzić i ewentualnie dać znać, jeśli czegoś brakuje.

K. Mazur

> Szanowny Członku Klubu,
> uprzejmie przypominamy o nieuregulowanej składce członkowskiej za rok
> 2024 w wysokości 600 zł. Prosimy o wpłatę do 31 marca.
> Zarząd Klubu Żeglarskiego"""),
("pl", "b166-nie-chce-zwrotu-przepisanie-karnetu", "Robert Szulc <robert.szulc@example.pl>", "Karnet na lodowisko", "billing", "",
"""Dzien dobry, wyjezdzam na kontrakt do Norwegii na pol roku. Nie chce zwrotu
pieniedzy za karnet, wolalbym go przepisac na zone (Monika Szulc), zeby ona
chodzila zamiast mnie. Da sie to zrobic?"""),
("pl", "b166-aplikacja-squash-zamyka-sie", "Paweł Baran <pawel.baran@example.pl>", "Aplikacja", "technical", "",
"""Cześć,

to nie jest sprawa płatności, karnet mam opłacony. Aplikacja do
rezerwacji kortów zamyka się za każdym razem, jak wybieram kort i godzinę,
zaraz przed "Potwierdź". Xiaomi Redmi Note 11, aplikacja aktualna,
reinstalacja nie pomogła. Przez stronę www da się zarezerwować.

Paweł"""),
("pl", "b166-gniazdko-szatnia-iskrzy", "Dorota Wieczorek <dorota.wieczorek@example.pl>", "Gniazdko w szatni", "technical", "high",
"""Dzień dobry,

chciałam tylko zgłosić, że w damskiej szatni na lodowisku gniazdko przy
lustrze (tam gdzie dziewczyny suszą włosy) iskrzy przy włączaniu suszarki,
a obudowa jest już nadtopiona i czarna od spodu. Dziś córka poczuła lekkie
kopnięcie prądu, kiedy wyjmowała wtyczkę. Nic jej się nie stało.

Powiedziałam pani w kasie.

Dorota Wieczorek"""),
("pl", "b166-czarter-kuchenka-gaz", "Jacek Woźniak <jacek.wozniak@example.pl>", "Jacht Mewa 3", "technical", "high",
"""Dzień dobry,

jesteśmy na czarterowanym od Państwa jachcie Mewa 3, stoimy teraz w porcie w
Mikołajkach. Od wczoraj wieczorem w kambuzie czuć gaz, nawet przy
zakręconych kurkach przy kuchence. Zakręciliśmy butlę i nie gotujemy, śpimy
z otwartym lukiem. Czy ktoś może przyjechać to sprawdzić albo co mamy
zrobić?

Jacek Woźniak
tel. 600 000 000"""),
("pl", "b166-akademia-golfa-karty-odrzucone", "Akademia Golfa Birdie <biuro@akademia-birdie.example>", "Karty akademii", "technical", "high",
"""Dzień dobry,

od wczoraj automat z piłkami na driving range odrzuca wszystkie karty naszej
akademii, wyświetla "Karta zablokowana". Wczoraj i dziś odwołaliśmy sześć
grup dzieci, rodzice dzwonią z pretensjami, a trenerzy siedzą bez zajęć. W
recepcji mogą nam wydać tylko kilka koszyków ręcznie, a na grupę potrzeba
kilkunastu.

Prosimy o pilny kontakt, jutro mamy osiem grup.

Marek Lewandowski
Akademia Golfa Birdie"""),
("pl", "b166-boks-6-urwany-tee", "Adam Kubiak <adam.kubiak@example.pl>", "Boks 6", "technical", "",
"""Dzień dobry, w boksie 6 na górnym piętrze gumowy tee jest urwany, a mata
odkleja się przy krawędzi. Trudno się gra z samej maty. Może warto
wymienić przy okazji."""),
("pl", "b166-formularz-regaty-blad", "Olga Michalak <olga.michalak@example.pl>", "Zapisy na regaty", "technical", "",
"""Dzien dobry,

probuje zapisac corke na regaty Optimist 8 czerwca przez formularz na
stronie klubu, ale po kliknieciu "Wyslij" pokazuje sie "Blad 500" i nic
wiecej. Probowalam trzy razy, na komputerze i telefonie. Nie wiem, czy
zgloszenie doszlo.

Olga Michalak"""),
("pl", "b166-bramka-nie-czyta-karnetu", "Łukasz Wójcik <lukasz.wojcik@example.pl>", "bramka", "technical", "",
"""siema, bramka na lodowisku nie czyta mi karnetu od soboty, swieci na
czerwono. pani w kasie przepuszcza mnie recznie ale za kazdym razem stoje w
kolejce. karnet wazny do konca miesiaca."""),
("pl", "b166-zapisy-kursy-zeglarskie-padly", "Iwona Kamińska <iwona.kaminska@example.pl>", "Zapisy na kursy", "technical", "high",
"""Dzień dobry,

dziś o 9:00 miały ruszyć zapisy na letnie kursy żeglarskie dla dzieci i od
tego momentu strona w ogóle się nie ładuje, a teraz pokazuje "Service
unavailable". Na grupie rodziców na Facebooku jest ponad 300 osób, które od
rana próbują, a ktoś napisał, że u kilku osób pobrało płatność, ale nie
pokazało potwierdzenia zapisu. Nikt nie wie, czy ma miejsce.

Może warto przynajmniej wrzucić jakiś komunikat?

Iwona Kamińska"""),
("pl", "b166-reset-hasla-link-wygasl", "Sebastian Grabowski <sebastian.grabowski@example.pl>", "Hasło", "technical", "",
"""Hej, link do resetu hasła, który przychodzi mailem, od razu pokazuje
"Link wygasł", nawet jak klikam w ciągu minuty. Próbowałem 4 razy. Konto
na ten adres."""),
("pl", "b166-sciana-szybkosci-timer", "Natalia Borkowska <natalia.borkowska@example.pl>", "Ściana na czas", "technical", "",
"""Cześć, na ścianie do wspinaczki na czas lewy tor od kilku dni nie
zatrzymuje czasu po uderzeniu w przycisk na górze - zegar leci dalej aż do
resetu. Prawy działa normalnie. Trenujemy do zawodów, więc byłoby super,
gdyby dało się to naprawić.

Natalia"""),
("pl", "b166-rakieta-pekla-rama", "Kamil Sadowski <kamil.sadowski@example.pl>", "Rakieta", "technical", "",
"""Dzien dobry, kupilem w Waszym sklepiku przy kortach rakiete do squasha
(nr paragonu 2231/03) i po tygodniu grania pekla rama przy glowce. Nie
uderzylem nia w sciane, pekniecie pojawilo sie samo. Co mam zrobic,
zeby ja zareklamowac?"""),
("pl", "b166-kamera-analiza-swingu", "Wojciech Pietrzyk <wojciech.pietrzyk@example.pl>", "Kamera w boksie trenerskim", "technical", "",
"""Dzień dobry,

kamera do analizy swingu w boksie trenerskim nr 2 od tygodnia nie nagrywa -
tablet pokazuje "Brak połączenia z kamerą". Mam tam lekcje z trenerem we
wtorki i czwartki i bez nagrania lekcja jest o połowę mniej warta.

Wojciech Pietrzyk"""),
("pl", "b166-strona-po-angielsku-senior", "Halina Malinowska <halina.malinowska@example.pl>", "Strona", "technical", "",
"""Dzień dobry,

Chciałam zapisać wnuka na zajęcia na lodowisku, ale Państwa strona
wyświetla mi się cała po angielsku i nie mogę znaleźć, gdzie się zmienia na
polski. Klikam w flagę na górze i nic się nie dzieje. Komputer mam stary,
ale do tej pory wszystko działało.

Z poważaniem
Halina Malinowska"""),
("pl", "b166-zgubiona-obraczka-lodowisko", "Grzegorz Zając <grzegorz.zajac@example.pl>", "Obrączka", "general", "",
"""Dzien dobry, w niedziele na slizgawce dla rodzin (16-18) zgubilem obraczke,
zloto, w srodku grawer "A i G 2009". Najpewniej zsunela sie z rekawiczka
przy bandzie albo w szatni. Czy ktos ja moze znalazl? Bede bardzo wdzieczny."""),
("pl", "b166-pochwala-instruktorka-patent", "Beata Sobczak <beata.sobczak@example.pl>", "Podziękowania dla p. Oli", "general", "",
"""Dzień dobry,

chciałabym serdecznie podziękować pani Oli, instruktorce z kursu na
żeglarza jachtowego. Mój syn Jaś (15 lat) zdał w sobotę egzamin za pierwszym
razem i wrócił do domu tak dumny, jak jeszcze nigdy. Ciągle opowiada, jak
uczyła ich podchodzić do kei przy wietrze i że nigdy nikogo nie zrugała.

Proszę jej przekazać, że zrobiła dla niego naprawdę dużo.

Beata Sobczak"""),
("pl", "b166-godziny-wigilia-boze-cialo", "Leszek Duda <leszek.duda@example.pl>", "Godziny otwarcia", "general", "",
"""Dzien dobry, w jakich godzinach bedzie otwarta hala do squasha w Wigilie
i 31 grudnia? Na stronie nic nie ma."""),
("pl", "b166-bosman-pijany-komandor", "Artur Czarnecki <artur.czarnecki@example.pl>", "Zachowanie bosmana przystani", "general", "high",
"""Do Komandora Klubu,

w sobotę około 19:00 bosman przystani był wyraźnie pod wpływem alkoholu.
Kiedy poprosiłem o otwarcie pomostu, żeby zabrać rzeczy z łodzi, zwyzywał
mnie przy moich dzieciach wulgarnymi słowami i kazał "spadać". Świadkami
byli państwo z sąsiedniego stanowiska.

Nie zamierzam tego załatwiać z bosmanem ani z biurem. Proszę o osobisty
kontakt Komandora i informację, jakie kroki zostaną podjęte.

Artur Czarnecki
członek klubu, stanowisko 42"""),
("pl", "b166-oblodzone-schody-wejscie", "Teresa Górska <teresa.gorska@example.pl>", "Schody przed wejściem", "general", "high",
"""Dzień dobry,

schody przed głównym wejściem na lodowisko są dziś całe oblodzone i nie
posypane niczym. Widziałam, jak starszy pan się poślizgnął i złapał
poręczy w ostatniej chwili, a za chwilę przewróciła się dziewczynka z
łyżwami w ręce. Po południu przychodzi tłum na ślizgawkę.

Teresa Górska"""),
("pl", "b166-piekarnia-sponsor-zawody", "Piekarnia Kłosek <kontakt@piekarnia-klosek.example>", "Sponsoring zawodów", "general", "",
"""Dzień dobry,

jesteśmy rodzinną piekarnią z Pszczyny. Słyszeliśmy, że w maju organizują
Państwo zawody w skokach przez przeszkody dla dzieci i młodzieży. Chętnie
zostalibyśmy jednym ze sponsorów - np. drożdżówki i pączki dla zawodników
albo nagroda dla najmłodszego uczestnika. Z kim możemy porozmawiać?

Pozdrawiamy,
Renata i Józef Kłosek"""),
("pl", "b166-zmiana-nazwiska-legitymacja", "Aleksandra Nowak-Wilk <ola.nowakwilk@example.pl>", "Zmiana nazwiska", "general", "",
"""Dzień dobry, w sierpniu wyszłam za mąż i zmieniłam nazwisko z Nowak na
Nowak-Wilk. Proszę o zmianę w danych członkowskich i na legitymacji
klubowej. Numer członkowski 1187. Dziękuję!"""),
("pl", "b166-skad-numer-sms-rodo", "Marek Szymański <marek.szymanski@example.pl>", "SMS-y reklamowe", "general", "",
"""Dzień dobry,

od miesiąca dostaję od Państwa SMS-y o promocjach na lekcje golfa. Nigdy nie
byłem u Państwa klientem. Na podstawie RODO proszę o informację, skąd macie
mój numer telefonu i jakie jeszcze moje dane przetwarzacie, a następnie o
ich usunięcie.

Marek Szymański"""),
("pl", "b166-wycieczka-klasowa-scianka", "Izabela Wróbel <izabela.wrobel@sp12.example>", "Wycieczka klasowa", "general", "",
"""Dzień dobry,

jestem wychowawczynią klasy 6b, 24 uczniów. Chcielibyśmy w czerwcu przyjść
na ściankę w ramach dnia integracyjnego. Czy organizują Państwo zajęcia dla
grup szkolnych z instruktorem? Ile trwają i czy dzieci muszą mieć zgody
rodziców na jakimś konkretnym formularzu?

Izabela Wróbel
SP nr 12"""),
("pl", "b166-dostawa-owsa-stodola-b", "Henryk Olszewski <henryk.olszewski@example.pl>", "Dostawa", "general", "",
"""Dzien dobry, w czwartek przed poludniem przyjedzie dostawa owsa i
wysłodków dla mojego konia (Bursztyn, boks 14). Prosze, zeby kierowca
zostawil worki przy stodole B, pod daszkiem, a nie przy bramie. Rozladunkiem
i zaplata juz sie sam zajme z dostawca.

Henryk Olszewski"""),
("pl", "b166-trening-zabojczy-grupa", "Monika Krajewska <monika.krajewska@example.pl>", "Pytanie o grupę", "general", "",
"""Dzień dobry :) Syn po pierwszym treningu hokejowym wrócił i powiedział, że
było "zabójczo" i że umiera ze zmęczenia, ale chce chodzić dalej. Czy jest
może grupa dla zupełnie początkujących 10-latków, trochę wolniejsza? Nie
chcę, żeby się zniechęcił."""),
("pl", "b166-dziura-w-ogrodzeniu-padoku", "Stanisław Kurek <stanislaw.kurek@example.pl>", "Ogrodzenie", "general", "high",
"""Dzień dobry,

idąc dziś rano wzdłuż drogi do stadniny zauważyłem, że w ogrodzeniu dużego
padoku od strony szosy brakuje dwóch żerdzi, a taśma pastucha leży na
ziemi. Konie pasą się kilkadziesiąt metrów dalej. Droga jest w tym miejscu
ruchliwa, jeżdżą tamtędy ciężarówki do żwirowni.

Stanisław Kurek"""),
("pl", "b166-re-oboz-jezdziecki-co-zabrac", "Agata Walczak <agata.walczak@example.pl>", "Re: Potwierdzenie rezerwacji - obóz jeździecki", "general", "",
"""Dziękuję bardzo! Jeszcze jedno pytanie: co córka powinna ze sobą zabrać
oprócz kasku i sztybletów? Czy potrzebne są czapsy i czy jest gdzie
wysuszyć mokre rzeczy?

Agata Walczak

> Dzień dobry,
> potwierdzamy rezerwację miejsca dla Mai Walczak na obozie jeździeckim
> 14-20 lipca. Przyjazd w niedzielę od 15:00.
> Biuro stadniny"""),
]
