# batch63.py -- labelled mails held out of the tree until the rules it
# measures are final: written before the rules and the learned model are
# next changed, and kept apart so that nothing is tuned or trained on them.
# Kinds of business: repairs and trades 2 -- electricians, glaziers,
# upholsterers, clock repairers, piano removals, furniture restorers and
# appliance spare parts shops.  The failure classes in new situations --
# escalation demands that keep their topic, legal threats and chargebacks,
# negations, Greeklish, subjects that say nothing (or something else) and
# quoted replies, paid plans ended or paused in other words, business
# outages told only by their consequences, safety hazards told calmly,
# praise -- and everyday mail of all three queues, in en, el, es and pl.
# Same tuple format as batch13.py-batch16.py: (lang, slug, from, subject, queue,
# priority, body).
M += [
# ---------------- English ----------------
("en", "b63-en-glazier-deposit-taken-twice", "Nadia Whitfield <nadia.whitfield@example.co.uk>", "Deposit for the bay window", "billing", "",
"""Hi there,

I paid the 150 deposit for the replacement bay window unit over the
phone on Thursday, and when I checked my online banking this morning
it's gone out twice - two lines, same amount, same day. Could you
refund one of them please?

The fitting is booked for the 21st, no change there.

Thanks,
Nadia Whitfield"""),
("en", "b63-en-longcase-clock-over-quote", "Geoffrey Ambler <g.ambler@example.org.uk>", "Longcase clock - invoice", "billing", "",
"""Dear Mr Pennington,

When you collected our longcase clock in March you quoted 180 for a
full clean and service, "unless anything nasty turns up". Nobody
contacted me to say anything had turned up, yet the invoice which came
with the clock yesterday is for 265.

I am very pleased with the clock itself, it keeps excellent time. But I
would like either an explanation of the extra 85 or an adjusted
invoice.

Yours sincerely,
Geoffrey Ambler"""),
("en", "b63-en-cafe-banquettes-vat-invoice", "Accounts <accounts@thecopperkettle.example>", "VAT invoice please", "billing", "",
"""Hello, you recovered the six banquette seats in our cafe last month
(job 2281). We were only given a handwritten receipt. Can you send a
proper VAT invoice made out to The Copper Kettle Ltd so our accountant
can claim it back? Our VAT no. is GB 123 4567 89.

Ta,
Jess (accounts)"""),
("en", "b63-en-piano-stairs-surcharge", "Ciaran Devlin <ciaran.devlin@example.ie>", "Extra charge on the piano move", "billing", "",
"""Hi,

The lads moved my upright piano from Rathmines to Drumcondra on Friday.
Quote was 240 euro and they did a great job. The invoice though says
335 with a "stairs surcharge" of 95. I told the girl on the phone it
was a first floor flat when I booked, and it's on the quote form too.

Can you take that off please? I nearly fell over when I saw the total.

Ciaran"""),
("en", "b63-en-wrong-oven-element-return", "Pam Rutherford <pam.rutherford@example.co.uk>", "Wrong element", "billing", "",
"""I ordered a fan oven element from you last week (order 48812) but
when it came I realised my cooker is the older model and needs the
2000W one with the longer tails. The one I got is still sealed in the
bag. Can I send it back and get the right one instead, and do I have
to pay the postage?"""),
("en", "b63-en-late-husband-tuning-plan", "Margaret O'Hare <margaret.ohare@example.co.uk>", "Piano tuning visits", "billing", "",
"""Dear Sir or Madam,

My husband Desmond had the twice-yearly tuning plan with you for his
Bechstein, which you take by direct debit each month.

Desmond passed away in April and the piano has now gone to our
granddaughter in Leeds, who has her own tuner. There will be nobody here
to play it, I'm afraid, so please would you bring the plan to a close
and stop the payments.

Thank you for all the years of care you gave that piano. He always
looked forward to your visits.

Margaret O'Hare"""),
("en", "b63-en-church-clock-contract-pause", "Churchwarden <warden@stmichaels-parish.example>", "Tower clock maintenance 2025", "billing", "",
"""Good afternoon,

St Michael's tower is to be scaffolded from September for roof and
stonework repairs, probably for about a year, and the clock will be
stopped and the hands removed for the duration.

Rather than cancel our annual maintenance agreement with you, could it
be suspended until the scaffolding comes down, with the quarterly
invoices stopping in the meantime? We would very much like to keep you
on once the work is finished.

With best wishes,
Anthony Reeve
Churchwarden"""),
("en", "b63-en-table-restoration-installments", "Dana Kowalski <dana.kowalski@example.com>", "Payment options?", "billing", "",
"""Hi! We got your estimate for refinishing my grandmother's walnut
dining table and six chairs - $2,340, which is fair for the work, but
it's a lot all at once for us. Do you take payment in installments, say
three monthly payments? And do you take credit card or only check?

Thanks so much,
Dana (Columbus, OH)"""),
("en", "b63-en-glazier-paid-no-show-chargeback", "Rhys Pritchard <rhys.pritchard@example.co.uk>", "Paid in full 5 weeks ago", "billing", "high",
"""I paid 420 in full on 3 June for two replacement double glazed units
for the back bedroom. Your fitter was due on 17 June, then 1 July, then
"next week". Nobody has come and nobody answers the phone now.

Either fit the units this week or refund the 420. If I haven't heard by
Friday I'm raising a chargeback with my card provider, I've already
spoken to them and they say I have good grounds.

Rhys Pritchard"""),
("en", "b63-en-sofa-deposit-small-claims", "Lorraine Beckett <lorraine.beckett@example.co.uk>", "Deposit - reupholstery cancelled", "billing", "high",
"""To whom it may concern,

On 2 May I paid a 300 deposit for the reupholstery of a three-piece
suite. On 4 May, before any fabric had been ordered (your own email of
3 May says the fabric order "goes in next Monday"), I cancelled in
writing. You are now refusing to return the deposit, saying it is
"non-refundable in all cases".

That is not what your terms say and I have them in front of me. Unless
the 300 is returned within 14 days I will issue a claim through the
small claims court without further notice.

Lorraine Beckett"""),
("en", "b63-en-re-rma-refund-manager", "Trevor Sands <trevor.sands@example.co.uk>", "Re: RMA 4471 - return received", "billing", "high",
"""This is the third "we'll process it shortly". It's been 23 days since
you received the motor back. I want a manager to call me, not another
template, and I want my 86.40 back.

Trevor Sands
07700 900456

> From: Returns Team
> Sent: 14 May
> Subject: RMA 4471 - return received
>
> Thank you for returning your item. Your refund will be processed
> shortly and will appear on your original payment method."""),
("en", "b63-en-callout-charged-twice-wiring-fine", "Judith Carney <judith.carney@example.com>", "Electrician visit last Tuesday", "billing", "",
"""Hello,

Just to be clear, this isn't a complaint about the work - Sam found the
fault on the landing lights in ten minutes and everything has worked
perfectly since. Lovely lad.

It's just that the 75 call-out fee has been taken from my card twice,
on the 9th and again on the 11th. Please could you refund one of them?

Judith Carney"""),
("en", "b63-en-india-gst-invoice-spares", "Ravi Shankar Iyer <ravi.iyer@example.in>", "GST invoice for order 55390", "billing", "",
"""Dear Team,

Kindly note that I have purchased 2 nos. compressor relays and 1 no.
defrost timer vide order no. 55390 dated 12th instant, amount Rs. 3,480
paid through UPI. The invoice received does not mention our GSTIN.

Kindly re-issue the tax invoice in the name of Sri Lakshmi Refrigeration
Works, GSTIN 29ABCDE1234F1Z5, Bengaluru, so that we can claim input
credit.

Thanking you,
Ravi Shankar Iyer"""),
("en", "b63-en-aus-builder-trade-pricing", "Brett Maloney <brett@maloneybuilding.example.com.au>", "Trade account", "billing", "",
"""G'day,

I'm a builder in Geelong and I reckon I'll be sending you a fair bit of
glazing work - shopfronts, splashbacks, a few shower screens a month.
What do you do in the way of trade pricing? Is there a discount off the
list rates and can we go on 30 day account instead of paying up front
each job?

Cheers
Brett Maloney
Maloney Building Pty Ltd"""),
("en", "b63-en-rcd-trips-new-consumer-unit", "Ian McAllister <ian.mcallister@example.co.uk>", "Consumer unit", "technical", "",
"""Hi, your electrician fitted our new consumer unit on Monday. Since
then the RCD trips every time the kettle and the toaster are on
together, which never happened with the old board. Everything comes
back on when I reset it. Can someone come back and have a look?"""),
("en", "b63-en-socket-sparks-smell", "Helen Doherty <helen.doherty@example.co.uk>", "Kitchen sockets", "technical", "high",
"""Hello,

Not a huge drama, but I thought I'd better let you know. One of the new
double sockets your electrician put in the kitchen last week gave a
little crackle and a spark when I plugged the mixer in this morning, and
there's a faint hot plastic smell around it now. The faceplate is warm
to the touch.

I've switched that circuit off at the board for now and we're managing
with an extension from the hall. Could someone come and look at it?

Kind regards,
Helen Doherty"""),
("en", "b63-en-mantel-clock-losing-time", "Walter Fenwick <walter.fenwick@example.co.uk>", "Mantel clock", "technical", "",
"""Dear Sirs,

You serviced my late father's French mantel clock in February. Before
the service it kept good time but the strike was out. Now the strike is
perfect but the clock loses about ten minutes a day. I have not moved
the regulator.

Would it be best to bring it back into the shop?

W. Fenwick"""),
("en", "b63-en-misted-between-panes", "Sinead Kavanagh <sinead.kavanagh@example.ie>", "Window in the kitchen", "technical", "",
"""Hi, the new double glazed unit ye fitted in the kitchen in March is
fogged up between the two panes of glass, you can't wipe it off, it's
inside. The others are grand. It's under the guarantee I'd say. When
could someone come out?

Sinead"""),
("en", "b63-en-reset-email-never-arrives", "Gordon Baillie <gordon.baillie@example.co.uk>", "cant get into my account", "technical", "",
"""Been trying to log in to order a door seal. It says wrong password so
I clicked forgot password - no email. Tried 4 times over two days,
checked junk. Same email address I've always used with you."""),
("en", "b63-en-bakery-ovens-dead-after-visit", "Dough & Co <hello@doughandco.example>", "Since yesterday's visit", "technical", "high",
"""Hi,

Your electrician was in yesterday afternoon moving the sockets behind
the prep bench. This morning at 4am neither of the deck ovens would
come on, and the proofer is dead too. Everything else in the shop has
power.

We've had to put a sign on the door, we've got 200 loaves for the cafes
we supply that didn't get baked and two of them have already rung
asking where their order is. Tomorrow's the same unless someone gets
here today.

Mark Ellison
Dough & Co, Stroud"""),
("en", "b63-en-shower-screen-crack-spreading", "Anjali Mehra <anjali.mehra@example.co.uk>", "Shower screen", "technical", "high",
"""Hi,

The frameless shower screen you fitted three weeks ago has a crack
running up from the bottom hinge. It was about 5 cm on Sunday and it's
nearly 20 cm today - you can see it growing. Nobody knocked it.

We've stopped using that shower and taped the glass, but the kids'
bathroom is next to it so I'd rather it was dealt with soon.

Anjali Mehra"""),
("en", "b63-en-recliner-stuck-after-recover", "Lynne Ashworth <lynne.ashworth@example.co.uk>", "Recliner", "technical", "",
"""You recovered my recliner chair a fortnight ago and it looks lovely.
But the footrest now won't go back down once it's up, I have to push it
with my foot really hard and it clunks. It was fine before it went to
you. Could the mechanism have got caught on the new fabric?"""),
("en", "b63-en-piano-keys-sticking-no-claim", "Oliver Grant <oliver.grant@example.co.uk>", "Piano after the move", "technical", "",
"""Hi,

You moved our upright from Bath to Bristol last Saturday. No
complaints about the move and I'm not after compensation, but since then
about eight keys in the middle are sticking - they go down and come up
slowly. Is that usually the change in the room, or something that got
knocked in the van? Do you have a technician who could look at it, or
should I call a tuner?

Oliver"""),
("en", "b63-en-hello-part-search", "Brian Lusk <brian.lusk@example.com>", "Hello", "technical", "",
"""Hello, your search box isn't working. I type the part number off my
dryer belt (it's on the old belt, 1990J) and it says no results, but
if I go through the menus I can find the exact same part with that
number on the page. Tried it on the laptop and phone."""),
("en", "b63-en-garden-light-tingle", "Stephen Oakes <stephen.oakes@example.co.uk>", "Outside light", "technical", "high",
"""Hi,

Quick one. The wall light your electrician put up by our back door last
month - when it's been raining and you touch the metal body of it you
get a tingle through your fingers. My wife noticed it first, I thought
she was imagining it until I tried. I've switched it off at the fused
spur for now.

Could someone come out this week? We've a dog and two children who are
in and out that door all day.

Steve Oakes"""),
("en", "b63-en-trade-portal-engineers-idle", "Service Desk <desk@fixitfast-appliances.example>", "Trade portal", "technical", "high",
"""Hi,

Your trade ordering portal has been giving "session error" on every
login since about 7 this morning. We've tried three different accounts
and two different offices.

We've got six engineers out on jobs with no way of ordering parts for
tomorrow, and half of them are sat in their vans waiting because the
customer's machine can't be finished without a part. The phone line's
just ringing out. Can you let us know what's going on?

Dave Pickering
Service Manager"""),
("en", "b63-en-drain-pump-grinding-e21", "Meera Patel <meera.patel@example.co.uk>", "Drain pump", "technical", "",
"""I bought a replacement drain pump for my washing machine from you and
my brother-in-law fitted it on Saturday. It drains now but makes a
horrible grinding noise, and twice it's stopped with E21 on the
display. The old one didn't make that noise, it just didn't drain. Is
it possible the new pump is faulty, or is there something we've missed?"""),
("en", "b63-en-thanks-grandmother-clock", "Cathy Harrington <cathy.harrington@example.co.uk>", "Nana's clock", "general", "",
"""Dear Mr Pennington,

I just had to write and say thank you. When I brought in my Nana's
little carriage clock I honestly thought it was beyond saving - it had
been in a box in the loft since she died in 1998.

It's now on my mantelpiece ticking away, and when it chimed the hour
yesterday my mum burst into tears. It sounds exactly as she remembers.

You clearly love what you do. Thank you.

Cathy"""),
("en", "b63-en-trade-counter-saturday", "Liam Corrigan <liam.corrigan@example.co.uk>", "URGENT!!!", "general", "",
"""Is your trade counter on Oxford Road open Saturday mornings and if so
what time do you shut? Need to pick something up before the football."""),
("en", "b63-en-left-scarf-showroom", "Beatrice Holm <beatrice.holm@example.co.uk>", "Scarf", "general", "",
"""Hello, I think I left a green wool scarf on the chair in your fabric
showroom on Wednesday afternoon while I was looking at velvets. If it's
turned up could you keep it behind the counter? I'll pop in next week.
Many thanks, Beatrice"""),
("en", "b63-en-piano-access-instructions", "Ruth Calloway <ruth.calloway@example.co.uk>", "Booking PR-2207, Thursday", "general", "",
"""Hi,

A few things for the crew on Thursday, so they don't get caught out:

- Our lane is too narrow for a large van. Please park in the pub car
  park at the bottom (the landlord knows) - it's about 40 m to us.
- There are three steps up to the front door, no lift obviously.
- The piano is in the back room. The hall is tight so the door at the
  side from the garden might be easier - I'll leave the gate open.
- My mobile is 07700 900312 if anything changes on the day.

Thanks!
Ruth"""),
("en", "b63-en-new-email-and-mobile", "Kenneth Doyle <ken.doyle.new@example.com>", "Change of contact details", "general", "",
"""Please update my details on your system. Customer ref 10442.

Old email: kdoyle1954@example.net (no longer used)
New email: ken.doyle.new@example.com
New mobile: 07700 900781

Address unchanged. Thanks, Ken Doyle"""),
("en", "b63-en-data-subject-access", "Amira Hassan <amira.hassan@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under the UK GDPR I request a copy of all personal data you hold about
me, including any call recordings, notes made by your electricians
during visits to my home at 9 Alder Close, and details of anyone you
have shared my data with.

Please confirm receipt.

Amira Hassan"""),
("en", "b63-en-rude-electrician-owner", "Fiona Lockhart <fiona.lockhart@example.co.uk>", "Your electrician at my mother's house", "general", "high",
"""I want to speak to the owner of the business, not the office.

Yesterday your electrician went to my mother's house to replace her
outside light. She is 84. He smoked in her kitchen after she asked him
not to, swore when he couldn't find the fuse box, and told her to "get
a move on" when she was slow getting to the door. She rang me in tears.

The light works, that's not the issue. The issue is how an elderly
woman was treated in her own home. I expect a call from whoever runs
your company.

Fiona Lockhart"""),
("en", "b63-en-question-bureau-worth-it", "Howard Pryce <howard.pryce@example.co.uk>", "Question", "general", "",
"""Hello,

I've inherited a 1930s oak bureau, nothing grand, with a split in the
fall front and a few water rings. Is something like that worth
restoring or is it more sensible to just polish it up? Do you do
assessments at all - would I bring it in or do you come out?

Howard"""),
("en", "b63-en-school-sports-day-sponsor", "PTA <pta@hollybankprimary.example>", "Sponsorship", "general", "",
"""Dear Sir/Madam,

Hollybank Primary PTA is looking for a few local businesses to sponsor
our sports day in June. In return we'd put your logo on the programme
and the banner by the finish line. Would you be interested? Happy to
send more details.

Kind regards,
Claire Jennings
PTA Chair"""),
("en", "b63-en-trade-counter-loose-step", "Phil Greaves <phil.greaves@example.co.uk>", "Your entrance step", "general", "high",
"""Hi,

The front step up to your trade counter on Oxford Road is loose - the
slab rocks when you stand on the left side of it. An older chap in
front of me this morning went over on it and only didn't fall because
I grabbed his arm. Someone is going to end up hurt. Might want to put a
cone on it at least until it's fixed.

Phil"""),
("en", "b63-en-re-quote-fabric-for-dogs", "Hannah Byrne <hannah.byrne@example.ie>", "Re: Your quotation Q-3391", "general", "",
"""Hi again, thanks for the quote, we're nearly there. Before we pick:
which of the fabrics would stand up best to two Labradors? Is there a
rub count or something I should be looking at? And is the linen one
likely to go bobbly?

Hannah

> Dear Ms Byrne,
> Please find attached our quotation for recovering your two-seater
> and armchair, with prices in each of the three fabrics you chose."""),
("en", "b63-en-work-experience-transition-year", "Conor Mulvey <conor.mulvey@example.ie>", "Work experience", "general", "",
"""Hi,

I'm in Transition Year in Coláiste Éanna and we have to do two weeks
work experience in February. I'm really interested in becoming an
electrician. Would you take a student for two weeks? My teacher can
send a letter.

Thanks,
Conor Mulvey"""),
("en", "b63-en-praise-piano-movers-aus", "Kylie Nguyen <kylie.nguyen@example.com.au>", "Your blokes", "general", "",
"""Just wanted to say your removal crew absolutely smashed it on
Tuesday. Three flights in Paddington, a hundred-year-old piano and not a
single scratch on it or the walls. Tell Jono and Pete they're legends.
Will be recommending you to everyone."""),
# ---------------- Greek (and Greeklish) ----------------
("el", "b63-el-timologio-ilektrologou-afm", "Αντώνης Σταματόπουλος <a.stamatopoulos@example.gr>", "Τιμολόγιο για την ηλεκτρολογική εγκατάσταση", "billing", "",
"""Καλησπέρα σας,

Την προηγούμενη εβδομάδα ο συνεργάτης σας έκανε την ανακαίνιση της
ηλεκτρολογικής εγκατάστασης στο διαμέρισμα της οδού Κηφισίας (σύνολο
1.480 €). Μου δόθηκε μόνο απόδειξη λιανικής.

Επειδή το ακίνητο το νοικιάζω και θέλω να περάσω τη δαπάνη στο Ε2,
μπορείτε να εκδώσετε τιμολόγιο στο όνομά μου, ΑΦΜ 045123987, ΔΟΥ
Αμαρουσίου;

Ευχαριστώ,
Αντώνης Σταματόπουλος"""),
("el", "b63-el-gl-prokatavoli-tzamia-dyo-fores", "Marilena K. <marilena.k@example.gr>", "prokatavoli", "billing", "",
"""Kalhmera sas, eixa steilei thn prokatavolh 200e gia ta dipla tzamia
ths balkonoportas me IRIS thn Triti kai vlepw sthn trapeza oti efyge 2
fores, idio poso idia wra. Mporeite na mou epistrepsete th mia?
Euxaristw polu, Marilena"""),
("el", "b63-el-tapetsaria-timi-anevike", "Ευτυχία Ραφαηλίδου <eftychia.rafailidou@example.gr>", "Καναπές - τιμή", "billing", "",
"""Καλημέρα σας,

Τον Μάιο μου δώσατε προσφορά 650 € για ταπετσαρία του τριθέσιου
καναπέ, με το μπεζ ύφασμα που διαλέξαμε μαζί στο κατάστημα. Χθες που
πήρα να ρωτήσω πότε τελειώνει, μου είπαν ότι θα κοστίσει 780 €
«γιατί ανέβηκε το ύφασμα».

Δεν μου το είπε κανείς πριν ξεκινήσει η δουλειά. Θα ήθελα να μου
εξηγήσετε τη διαφορά, γιατί εγώ συμφώνησα στα 650.

Ευτυχία Ραφαηλίδου"""),
("el", "b63-el-gl-roloi-doseis-karta", "Panos Lykourgos <panos.lyk@example.gr>", "rologi toixou", "billing", "",
"""Geia sas, phra thn ektimhsh gia thn episkeyh tou palioy rologiou
toixou (to Junghans tou pappou) - 420 euro. Ginetai na to plhrwsw se
doseis me pistwtikh? Kai an nai, poses doseis xwris tokous?
Panos"""),
("el", "b63-el-metafora-pianou-akyrosi-prokatavoli", "Ιουλία Μαυροκεφάλου <ioulia.mavrokefalou@example.gr>", "Ακύρωση μεταφοράς πιάνου 12/10", "billing", "",
"""Καλησπέρα,

Είχα κλείσει μαζί σας τη μεταφορά του πιάνου από Χαλάνδρι σε Γλυφάδα
για τις 12 Οκτωβρίου και είχα δώσει προκαταβολή 100 €. Δυστυχώς η
πώληση του πιάνου ακυρώθηκε από τον αγοραστή, οπότε η μεταφορά δεν
χρειάζεται πια.

Σας ενημερώνω τρεις εβδομάδες νωρίτερα. Μπορώ να πάρω πίσω την
προκαταβολή; Το IBAN μου είναι στο όνομα Ιουλία Μαυροκεφάλου.

Ευχαριστώ,
Ιουλία"""),
("el", "b63-el-lathos-thermostatis-allagi", "Στελιος Παπαναστασιου <stelios.papanast@example.gr>", "Παραγγελια 31877", "billing", "",
"""Καλησπερα. Παραγγειλα θερμοστατη για ψυγειο αλλα ηρθε ο κλασικος
με τα 3 ποδαρακια ενω το δικο μου θελει 4. Ειναι σφραγισμενος ακομα
στη συσκευασια. Μπορω να τον αλλαξω με τον σωστο; Πληρωνω εγω τα
μεταφορικα αν χρειαστει."""),
("el", "b63-el-syntirisi-ilektrologika-pateras", "Ζωή Αλεξανδροπούλου <zoi.alexandropoulou@example.gr>", "Ετήσια συντήρηση - οδός Ερμού 14", "billing", "",
"""Καλημέρα σας,

Ο πατέρας μου, Γεώργιος Αλεξανδρόπουλος, είχε μαζί σας ετήσιο
συμβόλαιο συντήρησης της ηλεκτρικής εγκατάστασης για το σπίτι στην οδό
Ερμού 14 στη Λάρισα, με πάγια εντολή στην κάρτα του.

Ο πατέρας μου έφυγε από τη ζωή τον Φεβρουάριο και το σπίτι πουλήθηκε
τον περασμένο μήνα. Παρακαλώ να μη γίνει άλλη χρέωση και να
σταματήσει το συμβόλαιο. Αν χρειάζεστε κάποιο έγγραφο, πείτε μου.

Με εκτίμηση,
Ζωή Αλεξανδροπούλου"""),
("el", "b63-el-gl-kourdisma-pianou-pagoma", "Thalia Dimou <thalia.dimou@example.gr>", "kourdisma", "billing", "",
"""Kalhspera! Exoume to paketo me ta 2 kourdismata to xrono, plhrwnw 15e
to mhna. H kori mou pou paizei piano fevgei Erasmus sth Viennh gia 1
xrono kai to piano 8a meinei kleisto. Mporoume na to "pagwsoume" kapws
mexri na gyrisei ton Septemvrio, xwris na to kovoume entelws? Den 8elw
na xasw thn timh pou exw.
Thalia"""),
("el", "b63-el-dipli-xreosi-oxi-provlima-egkatastasi", "Μιχάλης Τσακίρης <m.tsakiris@example.gr>", "Δύο χρεώσεις", "billing", "",
"""Γεια σας,

Να ξεκαθαρίσω από την αρχή ότι η εγκατάσταση του φωτισμού στον κήπο
είναι τέλεια, δουλεύουν όλα και ο τεχνικός ήταν πολύ προσεκτικός.

Το θέμα είναι ότι το POS του τεχνικού έβγαλε σφάλμα, ξαναπέρασε την
κάρτα και τελικά μου χρεώθηκαν τα 340 € δύο φορές. Η τράπεζα λέει ότι
και οι δύο συναλλαγές είναι ολοκληρωμένες. Μπορείτε να επιστρέψετε τη
μία;

Μιχάλης"""),
("el", "b63-el-gl-synigoros-katanaloti-tzamia", "Vasilis Karampelas <v.karampelas@example.gr>", "AKOMA PERIMENW", "billing", "high",
"""Kyrioi,

Plhrwsa OLOKLHRO to poso, 860 euro, stis 4 Apriliou gia ta
kainourgia alouminia kai tzamia sto ypnodwmatio. Exoun perasei 2 mhnes,
mou exete pei 4 hmeromhnies kai den hr8e pote kaneis.

An den ginei h topo8ethsh mexri thn Paraskevh h den mou epistrafoun ta
lefta, 8a kanw katagelia ston Synhgoro tou Katanalwth kai sthn Genikh
Grammateia Emporiou. Exw ola ta mhnymata kai thn apodeixh.

Vasilis Karampelas"""),
("el", "b63-el-epistrofi-motera-proistamenos", "Κατερίνα Σιδηροπούλου <k.sidiropoulou@example.gr>", "Επιστροφή χρημάτων - μοτέρ πλυντηρίου", "billing", "high",
"""Επέστρεψα το μοτέρ που μου πουλήσατε (λάθος κωδικός από το δικό σας
κατάστημα, όχι δικό μου λάθος) στις 2 του μήνα. Από τότε έχω πάρει
πέντε φορές τηλέφωνο και κάθε φορά «θα το δει το λογιστήριο».

Τα 118 € δεν έχουν επιστραφεί. Ζητώ να μιλήσω με τον προϊστάμενο του
καταστήματος, όχι με το λογιστήριο. Το τηλέφωνό μου το έχετε.

Κατερίνα Σιδηροπούλου"""),
("el", "b63-el-syntirisi-bouffe-amfisvitisi-trapeza", "Νικηφόρος Βλαχάκης <n.vlachakis@example.gr>", "Μπουφές - χρέωση ολόκληρου ποσού", "billing", "high",
"""Κύριε Ανδρεάδη,

Συμφωνήσαμε η συντήρηση του μπουφέ να πληρωθεί μισά με την παράδοση
και μισά όταν τελειώσει και τα συρτάρια. Αντί γι' αυτό χρεώσατε στην
κάρτα μου ολόκληρο το ποσό των 1.200 € την ημέρα που τον πήρατε, και
ο μπουφές είναι ακόμα στο εργαστήριό σας, μισοτελειωμένος.

Αν δεν επιστρέψετε τα 600 € μέχρι τη Δευτέρα, θα αμφισβητήσω τη
συναλλαγή στην τράπεζά μου.

Νικηφόρος Βλαχάκης"""),
("el", "b63-el-ekptosi-syntaxiouxou", "Ευάγγελος Παπαγεωργίου <vaggelis.papageorgiou@example.gr>", "Ερώτηση", "billing", "",
"""Καλημέρα σας. Είμαι συνταξιούχος και θέλω να φτιάξω το ρολόι του
τοίχου που μου άφησε η μάνα μου. Κάνετε καμιά έκπτωση για
συνταξιούχους; Και μπορώ να πληρώσω με μετρητά στο μαγαζί;

Βαγγέλης Π., Καλαμάτα"""),
("el", "b63-el-gl-re-timologio-fpa", "Logistirio Kafeneio Platia <logistirio@kafeneio-platia.example>", "Re: Timologio 2024/118", "billing", "",
"""Geia sas, sto timologio pou mas steilate exete valei FPA 24% kai sto
synolo kai sta ylika, enw apo thn prosfora prokyptei mikrotero poso.
Mporeite na to elegxete kai na mas steilete pistwtiko kai swsto
timologio?
Efxaristw, Sofia

> Apo: Ilektrologikes Ergasies Manousakis
> Thema: Timologio 2024/118
>
> Sas apostelloume synhmmeno to timologio gia thn egkatastash
> fwtismou sto kafeneio. Synolo 2.604,00 euro me FPA."""),
("el", "b63-el-gl-asfaleia-petaei-klimatistiko", "Kostas Giannakopoulos <kostas.giann@example.gr>", "asfaleia", "technical", "",
"""Geia sas, o hlektrologos sas evale th Deytera kainourgia grammh gia to
klimatistiko sto saloni. Apo tote ka8e fora pou to anavoume panw apo
10 lepta peftei h asfaleia kai menoume xwris reyma sto misos spiti.
Mporei na perasei kapoios na to dei?"""),
("el", "b63-el-priza-kapnos-myrodia", "Ελισάβετ Κουτσούκου <elisavet.koutsoukou@example.gr>", "Πρίζα στο υπνοδωμάτιο", "technical", "high",
"""Καλησπέρα σας,

Δεν θέλω να σας ανησυχήσω χωρίς λόγο, αλλά καλύτερα να το ξέρετε. Από
την καινούργια πρίζα που έβαλε ο ηλεκτρολόγος σας στο υπνοδωμάτιο
βγήκε λίγος καπνός απόψε, όταν συνδέσαμε το αερόθερμο. Η πλαστική
πρόσοψη έχει μαυρίσει λίγο στη μία τρύπα και μυρίζει καμένο.

Κατεβάσαμε την ασφάλεια εκείνου του κυκλώματος και δεν την ξανανεβάσαμε.
Μπορεί να έρθει κάποιος αύριο;

Ελισάβετ Κουτσούκου
697 000 4411"""),
("el", "b63-el-roloi-stamata-meta-episkevi", "Σπυρίδων Αργυρός <spyridon.argyros@example.gr>", "Εκκρεμές ρολόι", "technical", "",
"""Αξιότιμε κύριε Βενιέρη,

Παρέλαβα το εκκρεμές ρολόι από το εργαστήριό σας την Παρασκευή. Το
κρέμασα στον ίδιο τοίχο, στο αλφάδι, όπως μου είπατε. Δουλεύει δύο
μέρες και μετά σταματάει. Το ξεκινάω, πάλι δύο μέρες, σταματάει.

Να σας το ξαναφέρω ή μπορείτε να περάσετε;

Με εκτίμηση,
Σ. Αργυρός"""),
("el", "b63-el-gl-parathyro-den-kleinei", "Dimitra Tsoukala <dimitra.ts@example.gr>", "parathyro", "technical", "",
"""kalhmera, to kainourio syromeno parathyro sthn kouzina den kleinei
teleiws, menei mia xaramada 1 ekatosto kai mpainei aeras. to kleidi
(to xerouli) den pianei. den einai opws to edeixe o texnikos otan to
evale. ti na kanw?"""),
("el", "b63-el-tzami-ragisma-balkonoporta", "Παρασκευή Λαμπράκη <paraskevi.lamprakii@example.gr>", "Τζάμι μπαλκονόπορτας", "technical", "high",
"""Καλημέρα,

Το τζάμι που αλλάξατε στην μπαλκονόπορτα του παιδικού δωματίου πριν
από δέκα μέρες έχει μια ρωγμή στη γωνία, κάτω δεξιά. Χθες ήταν 3-4
εκατοστά, σήμερα το πρωί πάει προς τη μέση, σχεδόν 15. Δεν το
χτύπησε κανείς.

Έχουμε βάλει τα παιδιά να κοιμούνται στο σαλόνι και κρατάμε την πόρτα
κλειστή. Πότε μπορείτε να περάσετε;

Παρασκευή Λαμπράκη"""),
("el", "b63-el-kanapes-elatirio-vgainei", "Ανθή Καραμανλή <anthi.karamanli@example.gr>", "Πολυθρόνα", "technical", "",
"""Γεια σας. Μου ξαναντύσατε την πολυθρόνα πριν από ένα μήνα και είναι
πανέμορφη, αλλά από το κάθισμα έχει αρχίσει να σηκώνεται ένα ελατήριο
στη μέση και το νιώθεις όταν κάθεσαι. Μπορεί να το φτιάξετε;"""),
("el", "b63-el-eshop-kodikos-link-lathos", "Μαρκος Δελης <markos.delis@example.gr>", "Δεν μπαινω στο λογαριασμο", "technical", "",
"""Πατησα "ξεχασα τον κωδικο", μου ηρθε το email, αλλα οταν πατω το
link λεει "ο συνδεσμος δεν ειναι πλεον εγκυρος". Το εκανα τρεις φορες,
ιδιο. Θελω να παραγγειλω λαστιχο πορτας για πλυντηριο πιατων."""),
("el", "b63-el-gl-taverna-kouzina-xwris-reyma", "Taverna To Steki tou Manoli <info@steki-manoli.example>", "meta ton pinaka", "technical", "high",
"""Kalhmera,

Xthes to vrady o texnikos sas allaxe ton pinaka sthn kouzina ths
tavernas. Shmera to prwi h friteza, o fournos kai to psygeio vitrinas
den pairnoun reyma, ola ta alla douleyoun.

Exoume 2 groups apo to kroyaziroploio stis 13:00, 80 atoma, kai den
mporoume na mageirepsoume tipota. Ta fagia sto psygeio zestainontai.
Parakalw steilte kapoion twra.

Manolis Xatzidakis
Taverna To Steki tou Manoli, Chania"""),
("el", "b63-el-piano-pentali-meta-metafora", "Αλέξανδρος Κωνσταντίνου <alex.konstantinou@example.gr>", "Πιάνο μετά τη μεταφορά", "technical", "",
"""Καλησπέρα σας,

Η μεταφορά του πιάνου στο Παγκράτι έγινε την Τετάρτη και όλα πήγαν
καλά, δεν ζητάω καμία αποζημίωση. Από τότε όμως το δεξί πεντάλ δεν
κρατάει τον ήχο, πατιέται αλλά είναι σαν να μην κάνει τίποτα.

Μήπως κάτι μετακινήθηκε μέσα κατά τη μεταφορά; Έχετε τεχνικό που θα
μπορούσε να το δει;

Αλέξανδρος"""),
("el", "b63-el-antistasi-plyntirio-den-zestainei", "Χρυσούλα Μπακάλη <chrysoula.bakali@example.gr>", "Αντίσταση πλυντηρίου", "technical", "",
"""Αγόρασα από εσάς αντίσταση για το πλυντήριο ρούχων, την έβαλε ο
ανιψιός μου (είναι ηλεκτρολόγος), αλλά το νερό πάλι δεν ζεσταίνεται,
ούτε στα 60. Τη μέτρησε και λέει ότι η καινούργια αντίσταση δεν δείχνει
τίποτα. Μήπως είναι ελαττωματική από την αρχή;"""),
("el", "b63-el-gl-geia-sas-fwta-trembloun", "Leonidas M. <leonidas.m@example.gr>", "Geia sas", "technical", "",
"""Geia sas, meta ton ntimer pou mas valate sto saloni oi lampes led
trembloun synexeia otan einai xamhlwmenes, kai akougetai ki ena
mikro bzzz apo ton diakopth. Sto full einai ok. Ti ftaiei?"""),
("el", "b63-el-polykatoikia-klimakostasio-thyrotilefono", "Διαχείριση Πολυκατοικίας <diaxeirisi.patision212@example.gr>", "Πολυκατοικία Πατησίων 212", "technical", "high",
"""Κύριοι,

Χθες ο ηλεκτρολόγος σας εργάστηκε στον γενικό πίνακα της πολυκατοικίας
για το νέο φωτιστικό της εισόδου. Από το απόγευμα δεν λειτουργούν ούτε
τα φώτα του κλιμακοστασίου ούτε το θυροτηλέφωνο, σε όλους τους ορόφους.

Στην πολυκατοικία μένουν 24 οικογένειες, ανάμεσά τους αρκετοί
ηλικιωμένοι που ανεβοκατεβαίνουν τις σκάλες στο σκοτάδι με φακό, και
ο ανελκυστήρας δεν δίνει φως στους διαδρόμους. Χρειαζόμαστε κάποιον
σήμερα.

Για τη διαχείριση,
Θεόδωρος Ρήγας"""),
("el", "b63-el-giagia-xoris-thermansi-thermostatis", "Μαρία Κυριακίδου <maria.kyriakidou@example.gr>", "Θερμοστάτης - Καστοριά", "technical", "high",
"""Καλησπέρα,

Ο ηλεκτρολόγος σας άλλαξε την Τρίτη τον θερμοστάτη χώρου στο σπίτι της
γιαγιάς μου στην Καστοριά. Από χθες το βράδυ ο λέβητας δεν ανάβει
καθόλου, η οθόνη του θερμοστάτη είναι σβηστή.

Η γιαγιά μου είναι 87 χρονών, μένει μόνη της, έξω έχει -6 και χιονίζει.
Της έχουμε αφήσει ένα καλοριφέρ λαδιού, αλλά δεν φτάνει για όλο το
σπίτι. Μπορεί να πάει κάποιος σήμερα;

Μαρία Κυριακίδου
694 000 2287"""),
("el", "b63-el-efxaristo-roloi-tsepis-pappou", "Γιάννης Ζαφειρίου <giannis.zafeiriou@example.gr>", "Ευχαριστώ!", "general", "",
"""Κύριε Βενιέρη,

Ήθελα να σας ευχαριστήσω. Το ρολόι τσέπης του παππού μου ήταν
σταματημένο από το 1974, και μου το παραδώσατε να δουλεύει σαν
καινούργιο και με το καπάκι να κλείνει όπως παλιά.

Το φόρεσα στον γάμο της αδερφής μου την Κυριακή και ο πατέρας μου
συγκινήθηκε πολύ. Να είστε καλά.

Γιάννης Ζαφειρίου"""),
("el", "b63-el-gl-orario-avgoustos", "Nefeli S. <nefeli.s@example.gr>", "kleinete ton Avgousto?", "general", "",
"""Geia sas, 8a eiste anoixtoi ton Avgousto h kleinete gia diakopes?
8elw na ferw mia karekla gia ksanadesimo kai den 8elw na thn afhsw
kapou kleista. Euxaristw!"""),
("el", "b63-el-xamena-gyalia-ergastirio", "Ευγενία Μανωλάκη <evgenia.manolaki@example.gr>", "Γυαλιά", "general", "",
"""Καλημέρα σας, χθες που ήρθα στο εργαστήριο για το τραπεζάκι νομίζω ότι
άφησα τα γυαλιά μου πάνω στον πάγκο, σε μια κόκκινη θήκη. Αν τα βρήκατε
μπορείτε να τα κρατήσετε; Θα περάσει ο άντρας μου να τα πάρει.
Ευχαριστώ πολύ, Ευγενία"""),
("el", "b63-el-odigies-metafora-pianou", "Ρένα Παπαδάκη <rena.papadaki@example.gr>", "Μεταφορά Σάββατο 9:00", "general", "",
"""Καλημέρα,

Για τη μεταφορά του Σαββάτου, κάποιες πληροφορίες για τα παιδιά:

- Το κουδούνι γράφει «Παπαδάκη - Ρήγα», 3ος όροφος.
- Το ασανσέρ είναι μικρό, χωράει δύο άτομα, οπότε το πιάνο θα πάει από
  τις σκάλες. Η σκάλα είναι φαρδιά.
- Μπροστά στην πολυκατοικία είναι λαϊκή το Σάββατο, οπότε καλύτερα να
  σταθμεύσετε στην πίσω πλευρά, στην οδό Αγίου Νικολάου.
- Αν αργήσετε, πάρτε με στο 698 000 3355.

Ευχαριστώ,
Ρένα"""),
("el", "b63-el-allagi-tilefonou-dieuthinsis", "Σωτήρης Καλογεράκης <sotiris.kalogerakis@example.gr>", "Αλλαγή στοιχείων", "general", "",
"""Καλημέρα σας. Παρακαλώ να αλλάξετε τα στοιχεία μου, γιατί μετακόμισα.

Νέα διεύθυνση: Ανδρέα Παπανδρέου 41, 71305 Ηράκλειο
Νέο κινητό: 693 000 7720

Το email μένει το ίδιο. Ευχαριστώ,
Σωτήρης Καλογεράκης"""),
("el", "b63-el-gl-diagrafi-prosopikwn-dedomenwn", "Tasos Melas <tasos.melas@example.gr>", "GDPR", "general", "",
"""Kalhspera, 8a h8ela na diagrapsete ola ta proswpika mou stoixeia apo
to systhma sas (onoma, thlefwno, dieuthynsh, email) kai na stamathsete
na mou stelnete newsletter. Parakalw stelte mou epivevaiwsh otan ginei.
Tasos Melas"""),
("el", "b63-el-agenis-tapetsieris-ypeuthynos", "Χαρίκλεια Νικολαΐδου <chariklia.nikolaidou@example.gr>", "Συμπεριφορά του τεχνίτη σας", "general", "high",
"""Κύριοι,

Την Πέμπτη ο τεχνίτης σας ήρθε να πάρει τις καρέκλες της τραπεζαρίας
από το σπίτι της μητέρας μου για ταπετσαρία. Η μητέρα μου είναι 79 ετών.
Της μίλησε απότομα, σχολίασε ότι «τέτοια παλιά πράγματα δεν αξίζουν
τον κόπο», και όταν του ζήτησε να βγάλει τα παπούτσια του γιατί είχε
βρέξει, της απάντησε με αγένεια και έφυγε κοπανώντας την πόρτα.

Θέλω να μιλήσω με τον υπεύθυνο της επιχείρησης. Δεν είναι δυνατόν να
συμπεριφέρεστε έτσι σε ηλικιωμένους πελάτες.

Χαρίκλεια Νικολαΐδου"""),
("el", "b63-el-erotisi-saraki-epiplo", "Ηλιας Φραγκος <ilias.fragkos@example.gr>", "Σαρακι", "general", "",
"""Καλησπερα σας. Εχουμε μια παλια κασελα απο το χωριο και εχει
τρυπουλες απο σαρακι. Αναλαμβανετε τετοιες δουλειες; Και πρεπει να τη
φερω εγω ή ερχεστε εσεις να τη δειτε;"""),
("el", "b63-el-xorigia-syllogos-goneon", "Σύλλογος Γονέων 4ου Δημοτικού <sylloggoneon4@example.gr>", "Χορηγία για τη γιορτή λήξης", "general", "",
"""Αγαπητοί κύριοι,

Ο Σύλλογος Γονέων του 4ου Δημοτικού Σχολείου Βόλου οργανώνει τη γιορτή
λήξης της σχολικής χρονιάς στις 14 Ιουνίου. Αναζητούμε τοπικές
επιχειρήσεις που θα ήθελαν να γίνουν χορηγοί, με αντάλλαγμα την
αναγραφή του ονόματός τους στο πρόγραμμα και στο πανό της γιορτής.

Θα σας ενδιέφερε;

Με εκτίμηση,
Αθηνά Γκούμα, Πρόεδρος"""),
("el", "b63-el-gl-spasmeno-tzami-vitrina-katastima", "Aris Theodorou <aris.theodorou@example.gr>", "vitrina sto magazi sas", "general", "high",
"""Kalhmera, htan shmera sto magazi sas sthn Egnatia me ton gio mou. H
gyalinh vitrina dipla sthn eisodo exei mia spasmenh gwnia xamhla, sto
ypsos paidiou, kai einai koftera. O mikros akoumphse kai kophke sto
xeri, oxi kati sovaro, alla 8a mporouse na htan sto mati. Valte kati
ekei prin xtyphsei kapoio allo paidi.
Aris"""),
("el", "b63-el-gl-re-erotisi-palia-rologia", "Kiki Anastasiou <kiki.anastasiou@example.gr>", "Re: Ερώτηση", "general", "",
"""Efxaristw gia thn apanthsh! Kati allo: ta palia xalasmena rologia xeiros
ta pairnete gia ta antallaktika? Exw ena koutaki me 6-7 tou antra mou
pou 8a ta petagame. Na ta ferw sto magazi h na ta steilw?

> Καλησπέρα σας, δυστυχώς δεν επισκευάζουμε ρολόγια χαλαζία, μόνο
> μηχανικά. Αν θέλετε, φέρτε μας τα μηχανικά να τα δούμε."""),
("el", "b63-el-seminario-syntirisis-epiplon", "Δανάη Χριστοδούλου <danai.christodoulou@example.gr>", "Εργαστήριο για γυαλιστικά", "general", "",
"""Γεια σας! Είδα στο Instagram ότι θα κάνετε ένα εργαστήριο τον Μάρτιο
για το πώς να φροντίζουμε τα παλιά ξύλινα έπιπλα στο σπίτι. Πότε ακριβώς
είναι και πρέπει να δηλώσω συμμετοχή από πριν; Μπορώ να φέρω και τη
μητέρα μου;"""),
("el", "b63-el-gl-bravo-sta-paidia-metaforas", "Stratos Lioliou <stratos.lioliou@example.gr>", "bravo!", "general", "",
"""Hr8ate to Savvato gia to piano sto Peristeri, 4os xwris asanser, kai
ta paidia htan ka8arh texnh. Oute mia gratzounia, oute ston toixo oute
sto piano, kai me xamogelo oli thn wra. Mpravo sas, 8a sas systhsw
pantou!"""),
# ---------------- Spanish ----------------
("es", "b63-es-tapizado-presupuesto-superado", "Montserrat Vidal <montse.vidal@example.es>", "Factura del sofá", "billing", "",
"""Buenos días,

En abril me dieron presupuesto de 540 € por tapizar el sofá de dos
plazas con la tela gris que elegí en la tienda. Ayer me lo entregaron y
la factura es de 690 €. Nadie me avisó de ningún cambio, y el
presupuesto firmado lo tengo aquí.

El trabajo ha quedado muy bien, eso no lo discuto, pero quiero que me
expliquen la diferencia o que me corrijan la factura.

Un saludo,
Montse Vidal"""),
("es", "b63-es-mx-factura-cfdi-vidrieria", "Contabilidad Consultorio Dental Ruiz <contabilidad@dentalruiz.example.mx>", "Factura CFDI", "billing", "",
"""Buenas tardes,

Les solicito de favor la factura CFDI por el cambio de los cristales de
la recepción que realizaron el pasado 8 de mayo, por un total de
$7,850.00 MXN, pagado por transferencia.

RFC: CDR180512AB3
Razón social: Consultorio Dental Ruiz, S.C.
Uso de CFDI: G03 Gastos en general
Régimen: 601

Quedo atenta, muchas gracias.
Lic. Patricia Solís"""),
("es", "b63-es-ar-cuotas-restauracion-aparador", "Gustavo Benedetti <gustavo.benedetti@example.com.ar>", "Consulta por cuotas", "billing", "",
"""Hola, qué tal. Me pasaron el presupuesto para restaurar el aparador de
mi vieja, $480.000. ¿Se puede pagar en cuotas sin interés con tarjeta?
¿Con cuáles bancos? Y si pago en efectivo, ¿hay algún descuento?

Gracias, Gustavo"""),
("es", "b63-es-relojeria-senal-bizum-doble", "Ainhoa Etxeberria <ainhoa.etxeberria@example.es>", "Bizum repetido", "billing", "",
"""Kaixo, ayer les mandé por Bizum los 40 € de señal para la reparación
del reloj de pared y me dio error, así que lo volví a mandar. Ahora veo
que han salido los dos. ¿Me pueden devolver uno? Gracias.
Ainhoa"""),
("es", "b63-es-cl-mudanza-piano-anulada-abono", "Francisca Araya <francisca.araya@example.cl>", "Anulación traslado piano 22 de agosto", "billing", "",
"""Estimados,

Tenía reservado con ustedes el traslado del piano de Ñuñoa a Viña del
Mar para el 22 de agosto y pagué un abono de $60.000. Finalmente no nos
vamos a cambiar (a mi marido le cancelaron el traslado en la pega), así
que ya no necesito el servicio.

Les aviso con casi un mes de anticipación. ¿Me pueden devolver el
abono? Les dejo mis datos bancarios si hace falta.

Saludos cordiales,
Francisca Araya"""),
("es", "b63-es-resistencia-horno-devolver", "Jose Manuel Pardo <jm.pardo@example.es>", "pedido 70214", "billing", "",
"""hola, me he equivocado al pedir la resistencia del horno, he pedido la
de la parte de abajo y la que se me ha roto es la circular del
ventilador. la que me ha llegado esta sin abrir. como la devuelvo y me
mandan la otra? si hay que pagar la diferencia me dicen"""),
("es", "b63-es-comunidad-baja-mantenimiento-electrico", "Fincas Albéniz <administracion@fincasalbeniz.example>", "Comunidad C/ Doctor Fleming 8 - contrato de mantenimiento", "billing", "",
"""Buenos días,

Les escribo como administrador de la comunidad de propietarios de la
calle Doctor Fleming 8, en Zaragoza. En la junta del 3 de junio la
comunidad acordó prescindir de sus servicios de mantenimiento de la
instalación eléctrica de zonas comunes a partir del 30 de septiembre,
fecha en que vence el contrato.

Les ruego que no lo renueven y que no pasen más recibos a partir de esa
fecha. Adjunto el extracto del acta.

Atentamente,
Alberto Lasheras
Fincas Albéniz"""),
("es", "b63-es-mx-abuelo-fallecio-afinacion", "Daniela Cervantes <daniela.cervantes@example.mx>", "Plan de afinación", "billing", "",
"""Buenas tardes,

Mi abuelo, el Sr. Héctor Cervantes, tenía con ustedes el plan anual de
afinación para su piano, que se le cargaba cada mes a su tarjeta
($450 MXN). Mi abuelito falleció hace tres semanas y el piano lo vamos a
donar a la casa de cultura del pueblo.

Les pido por favor que den por terminado el plan y que ya no hagan más
cargos. Muchas gracias por todos estos años, él les tenía mucho cariño.

Daniela Cervantes"""),
("es", "b63-es-no-averia-iva-doble", "Pedro Lozano <pedro.lozano@example.es>", "Factura electricista", "billing", "",
"""Buenas,

Que quede claro que no es ninguna avería: el electricista cambió los
enchufes de la cocina y todo funciona perfectamente.

Lo que pasa es que en la factura aparece el IVA sumado dos veces: una
en la línea de materiales (que ya viene con IVA incluido) y otra vez al
final sobre el total. Por eso me sale 387 € en vez de 320 €. ¿Me la
pueden revisar?

Pedro"""),
("es", "b63-es-omic-mampara-nunca-instalada", "Inmaculada Ferrer <inma.ferrer@example.es>", "Reclamación - mampara pagada y no instalada", "billing", "high",
"""Buenos días,

El 12 de marzo les pagué 310 € por adelantado por una mampara de ducha a
medida. Me dijeron que la instalarían en tres semanas. Han pasado más de
dos meses, he llamado seis veces y siempre me dicen «esta semana».

Les doy diez días para instalarla o devolverme el dinero. Si no, pondré
una hoja de reclamaciones y presentaré la denuncia en la OMIC de mi
ayuntamiento con todos los justificantes.

Inmaculada Ferrer"""),
("es", "b63-es-ar-defensa-consumidor-tapicero", "Mariela Quiroga <mariela.quiroga@example.com.ar>", "SEÑA DEVUELTA YA", "billing", "high",
"""Les dejé una seña de $150.000 el 5 de abril para retapizar cuatro
sillas. Me dijeron 20 días. Ya van casi tres meses y las sillas ni las
empezaron, me las devolvieron sin tocar la semana pasada porque "no
consiguen la tela".

Quiero la seña devuelta completa. No me vengan con que se la quedan por
"gastos". Si no me la devuelven esta semana hago la denuncia en Defensa
del Consumidor, ya tengo el formulario completo.

Mariela Quiroga"""),
("es", "b63-es-contracargo-recambio-devuelto", "Sergio Martín <sergio.martin@example.es>", "Devolución placa electrónica", "billing", "high",
"""Hola,

Les devolví la placa electrónica de la lavadora (pedido 66120) hace
seis semanas, con el formulario y el número de devolución que me dieron.
Según el seguimiento la recibieron el día 4. Del reembolso de 129,90 €
nada.

He escrito tres veces sin respuesta. Si el lunes no tengo el dinero,
pediré a mi banco la retrocesión del cargo de la tarjeta.

Sergio Martín"""),
("es", "b63-es-re-factura-relojero-encargado", "Ramón Castaño <ramon.castano@example.es>", "Re: Su reparación nº 2318", "billing", "high",
"""No. No acepto esta respuesta. Me han cobrado 95 € por un «ajuste de
máquina» que no se hizo, porque el reloj me lo devolvieron igual de
atrasado. Quiero hablar con el encargado o con el dueño de la relojería,
no con el mostrador. Llámenme hoy al 600 000 771.

Ramón Castaño

-----Mensaje original-----
De: Relojería Ordóñez
Asunto: Su reparación nº 2318

Estimado cliente: el importe de 95 € corresponde al ajuste de máquina
realizado en nuestro taller y no procede su devolución."""),
("es", "b63-es-co-pregunta-descuento-pensionados", "Alba Lucía Restrepo <albalucia.restrepo@example.com.co>", "Pregunta", "billing", "",
"""Buenos días, que pena molestarlos. Quería preguntarles si tienen algún
descuento para pensionados en la restauración de muebles. Tengo una
mecedora de mi mamá que quiero arreglar. Y si se puede pagar con Nequi.
Muchas gracias, Dios les pague."""),
("es", "b63-es-diferencial-salta-obra-nueva", "Raquel Soto <raquel.soto@example.es>", "El diferencial", "technical", "",
"""Hola, desde que nos hicieron la instalación nueva del baño el viernes,
el diferencial salta cada vez que pongo el secador de pelo. Antes nunca
pasaba. Lo subo y todo vuelve, pero es un rollo. ¿Pueden pasar a mirarlo?"""),
("es", "b63-es-enchufe-chispas-olor-quemado", "Teresa Iglesias <teresa.iglesias@example.es>", "Enchufe del salón", "technical", "high",
"""Buenas tardes,

No quiero alarmar a nadie, pero creo que deben saberlo. El enchufe doble
que pusieron en el salón el lunes hace chispas cuando enchufo la
estufa, y esta tarde olía un poco a quemado. La tapa está tibia y algo
oscurecida en un lado.

He bajado el automático de esa zona y de momento no lo estamos usando.
¿Podrían mandar a alguien mañana?

Teresa Iglesias"""),
("es", "b63-es-reloj-cuco-no-canta", "Ana Belén Robles <anabelen.robles@example.es>", "Reloj de cuco", "technical", "",
"""Hola, recogí el reloj de cuco el sábado. Da la hora bien, pero el
cuco ya no sale: se oye que intenta y se queda a medias con la puertecita
abierta. Antes de llevarlo salía perfectamente, solo se atrasaba.
¿Lo llevo otra vez?"""),
("es", "b63-es-mx-ventana-corrediza-no-cierra", "Jorge Alberto Treviño <jorge.trevino@example.mx>", "Ventana recámara", "technical", "",
"""Qué tal, buen día. La ventana corrediza que nos instalaron en la
recámara hace dos semanas ya no cierra bien, se atora a la mitad y hay
que empujarla con fuerza. Además el seguro no entra. ¿Cuándo pueden
venir a checarla? Gracias."""),
("es", "b63-es-mampara-grieta-crece", "Lorena Gallego <lorena.gallego@example.es>", "Mampara", "technical", "high",
"""Hola,

La mampara que nos instalaron hace un mes tiene una grieta que sale de
la bisagra de abajo. El domingo era pequeña y hoy ya llega a media
altura. Nadie le ha dado ningún golpe.

Hemos dejado de usar esa ducha y le he puesto cinta americana por si
acaso, pero con dos niños pequeños en casa prefiero que la cambien
cuanto antes.

Lorena Gallego"""),
("es", "b63-es-ar-sillon-resorte-se-siente", "Claudio Ferreyra <claudio.ferreyra@example.com.ar>", "Sillón", "technical", "",
"""Buenas, el sillón que me retapizaron el mes pasado quedó bárbaro, pero
en el asiento del medio se siente un resorte, como que se corrió o
quedó suelto. Cuando te sentás te molesta. ¿Lo pueden pasar a buscar o
lo llevo yo?"""),
("es", "b63-es-web-carrito-se-vacia", "Marcos Herrero <marcos.herrero@example.es>", "No puedo terminar el pedido", "technical", "",
"""Hola. No es un problema de pago, la tarjeta va bien: es la web. Meto
la junta de la puerta del frigorífico en el carrito, relleno la
dirección, le doy a "continuar" y el carrito aparece vacío otra vez. Lo
he intentado con el móvil y el ordenador."""),
("es", "b63-es-panaderia-hornos-sin-corriente", "Panadería Hermanos Sáez <pedidos@panaderiasaez.example>", "Después de la visita de ayer", "technical", "high",
"""Buenos días,

Ayer por la tarde su electricista estuvo cambiando el cuadro del obrador.
Esta mañana a las 4, cuando hemos llegado, ni la amasadora ni los dos
hornos tienen corriente. El resto del local sí.

Hoy no hemos podido sacar ni una barra. Tenemos los pedidos de tres
bares y un colegio sin servir y la tienda con la persiana medio bajada.
Necesitamos que venga alguien ya.

Luis Sáez"""),
("es", "b63-es-piano-pedal-ruido-mudanza", "Irene Navas <irene.navas@example.es>", "Piano", "technical", "",
"""Buenas tardes,

La mudanza del piano fue estupenda y no les reclamo nada, solo quería
consultarles una cosa. Desde que está en la casa nueva, el pedal
izquierdo hace un ruido metálico cada vez que lo piso y la tapa de las
teclas no cierra del todo. ¿Puede haberse movido algo dentro durante el
traslado? ¿Tienen técnico o llamo a mi afinador?

Irene"""),
("es", "b63-es-bomba-lavavajillas-no-desagua", "Nuria Pons <nuria.pons@example.es>", "bomba lavavajillas", "technical", "",
"""Os compré la bomba de desagüe del lavavajillas, la cambió mi marido
siguiendo un vídeo y sigue quedando agua en el fondo. La bomba hace
ruido pero no saca el agua. ¿Puede venir defectuosa? La vieja hacía lo
mismo."""),
("es", "b63-es-hola-luces-parpadean-regulador", "Diego Salas <diego.salas@example.es>", "Hola", "technical", "",
"""Hola, desde que nos pusieron el regulador de intensidad en el
comedor, las bombillas LED parpadean cuando están bajas y el regulador
hace un zumbido. A tope no. ¿Es cosa de las bombillas o del regulador?"""),
("es", "b63-es-cl-edificio-sin-citofono-ni-luz", "Comité de Administración Edificio Los Aromos <comite.losaromos@example.cl>", "Edificio Los Aromos - urgente", "technical", "high",
"""Estimados:

Ayer su electricista trabajó en el tablero general del edificio para
cambiar el automático del hall. Desde la tarde no funcionan ni el
citófono ni las luces de la escalera en ninguno de los 12 pisos.

En el edificio viven 40 familias, varios adultos mayores que tienen que
bajar la escalera con linterna, y la conserjería no puede avisar a
nadie cuando llegan visitas o ambulancias. Necesitamos que vengan hoy.

Atte.,
Rodrigo Fuentealba, Presidente del Comité"""),
("es", "b63-es-placa-lavadora-error-e01", "Beatriz Ocaña <beatriz.ocana@example.es>", "Placa nueva no funciona", "technical", "",
"""Buenos días. Les compré la placa electrónica de la lavadora (la
referencia que me indicó el técnico). El técnico la ha montado hoy y
la lavadora no arranca, en la pantalla sale E01 y pita. Dice el técnico
que la placa viene mal. ¿Qué hacemos?"""),
("es", "b63-es-gracias-reloj-bisabuelo", "Carmen Villalobos <carmen.villalobos@example.es>", "Muchas gracias", "general", "",
"""Querido Sr. Ordóñez:

Solo quería darle las gracias. El reloj de sobremesa de mi bisabuelo
llevaba parado desde que yo era niña, y ahora vuelve a sonar en casa
de mi madre cada cuarto de hora. Ella dice que es como si el abuelo
hubiera vuelto al salón.

Se nota que hace su trabajo con cariño. Un abrazo,
Carmen"""),
("es", "b63-es-horario-agosto-urgente", "Paco Moreno <paco.moreno@example.es>", "URGENTE!!!", "general", "",
"""Buenas, ¿abrís en agosto o cerráis por vacaciones? Tengo que llevar
una silla a tapizar y no quiero encontrarme la persiana bajada.
Gracias"""),
("es", "b63-es-mx-olvide-paraguas-taller", "Guadalupe Morales <lupita.morales@example.mx>", "Mi paraguas", "general", "",
"""Hola buenas tardes, creo que el martes se me olvidó un paraguas azul
marino en el taller, junto a la puerta, cuando fui a recoger la cómoda.
¿Me lo pueden guardar? Paso el sábado por él. Mil gracias."""),
("es", "b63-es-instrucciones-entrega-piano", "Rocío Benítez <rocio.benitez@example.es>", "Traslado del jueves 16", "general", "",
"""Hola,

Para el traslado del jueves, algunas indicaciones:

- La calle es peatonal. Pueden parar con la furgoneta en la plaza de
  abajo (hay zona de carga y descarga de 8 a 11).
- Es un segundo sin ascensor, escalera amplia.
- El portero se llama Manolo y les abrirá el portal grande.
- Mi móvil es el 611 000 248 por si acaso.

Gracias,
Rocío"""),
("es", "b63-es-cambio-correo-telefono", "Enrique Calvo <enrique.calvo.nuevo@example.es>", "Cambio de datos", "general", "",
"""Buenos días, por favor actualicen mis datos de cliente:
correo nuevo enrique.calvo.nuevo@example.es (el anterior ya no lo uso) y
teléfono 622 000 319. La dirección sigue siendo la misma. Gracias.
Enrique Calvo"""),
("es", "b63-es-derecho-supresion-rgpd", "Silvia Aranda <silvia.aranda@example.es>", "Ejercicio del derecho de supresión", "general", "",
"""Muy Sres. míos:

Al amparo del artículo 17 del RGPD, solicito la supresión de todos mis
datos personales de sus ficheros, incluida la lista de envío de
publicidad, y que me confirmen por escrito que se ha realizado.

Atentamente,
Silvia Aranda Gil
DNI 00000000T"""),
("es", "b63-es-ar-electricista-maleducado-gerente", "Verónica Paz <veronica.paz@example.com.ar>", "Quiero hablar con el dueño", "general", "high",
"""Buenas,

El lunes mandaron un electricista a la casa de mi papá, que tiene 81
años. El trabajo lo hizo, anda todo, no es eso. Pero le habló mal
todo el tiempo, le dijo "viejo, apurate" cuando tardó en buscar la
llave de la luz, y se fue dejando todo lleno de polvo y cables pelados
en el piso.

Quiero hablar con el gerente o con el dueño de la empresa. No es forma
de tratar a una persona mayor en su propia casa.

Verónica Paz"""),
("es", "b63-es-pregunta-carcoma-arcon", "Julian Prieto <julian.prieto@example.es>", "Carcoma", "general", "",
"""Hola, buenas. Tenemos un arcón antiguo del pueblo con agujeritos de
carcoma. ¿Tratan este tipo de cosas? ¿Tengo que llevarlo yo al taller o
alguien viene a verlo primero? Vivo en Valladolid capital."""),
("es", "b63-es-patrocinio-club-futbol-base", "CD Ribera Alevín <cdribera.alevin@example.es>", "Patrocinio equipaciones", "general", "",
"""Hola,

Somos el equipo alevín del CD Ribera, 18 chavales de 10 y 11 años.
Buscamos patrocinadores de la zona para las camisetas de la próxima
temporada. Pondríamos el logo en la manga y en nuestras redes.
¿Les interesaría? Les puedo mandar la propuesta completa.

Un saludo,
Javier Moya, entrenador"""),
("es", "b63-es-cristales-suelo-zona-infantil", "Marta Aguirre <marta.aguirre@example.es>", "Cristales en la tienda", "general", "high",
"""Hola, esta mañana estuve en su tienda de la calle Mayor con mi hija
de 4 años. En el rincón de los niños, donde están los cuentos y el
tapete, había trocitos de cristal por el suelo, creo que de un marco
que se había caído. Mi hija casi se sienta encima. Se lo dije a la
chica del mostrador pero cuando me fui seguía igual. Por favor,
límpienlo antes de que un niño se corte."""),
("es", "b63-es-rv-curso-restauracion-plazas", "Pilar Ugarte <pilar.ugarte@example.es>", "RV: Curso de restauración de muebles - octubre", "general", "",
"""Hola, me ha reenviado esto una amiga. ¿Quedan plazas para el curso de
los sábados? Nunca he restaurado nada, ¿es para principiantes?

Gracias,
Pilar

---------- Mensaje reenviado ----------
Asunto: Curso de restauración de muebles - octubre

Cuatro sábados por la mañana en nuestro taller: decapado, reparación de
chapa, tintes y acabado a la cera. Plazas limitadas."""),
("es", "b63-es-co-felicitaciones-trasteo-piano", "Andrés Felipe Gómez <andresfelipe.gomez@example.com.co>", "Felicitaciones", "general", "",
"""Buenas tardes. Quería felicitarlos por el trasteo del piano el
sábado, de Laureles a El Poblado. Los muchachos muy puntuales, muy
cuidadosos y muy amables con mi mamá. El piano llegó perfecto. Mil y
mil gracias, los voy a recomendar."""),
("es", "b63-es-practicas-fp-electricidad", "Hugo Carrasco <hugo.carrasco@example.es>", "Prácticas FP", "general", "",
"""Hola, soy alumno de segundo del grado medio de Instalaciones Eléctricas
y Automáticas en el IES Virgen del Carmen, en Jaén. Tengo que hacer la
FCT entre marzo y junio. ¿Cogen alumnos en prácticas? Les puedo pasar
mi CV y el contacto del tutor.

Un saludo,
Hugo Carrasco"""),
# ---------------- Polish ----------------
("pl", "b63-pl-faktura-vat-elektryk-nip", "Biuro Rachunkowe Saldo <biuro@saldo-rachunki.example>", "Faktura za instalację", "billing", "",
"""Dzień dobry,

w zeszłym tygodniu Państwa elektryk wymienił nam instalację w biurze
przy ul. Kościuszki 12 (rozliczenie gotówką, 2 850 zł). Dostaliśmy
tylko paragon. Proszę o wystawienie faktury VAT na:

Biuro Rachunkowe Saldo Agnieszka Mazur
ul. Kościuszki 12, 45-062 Opole
NIP 7541234567

Pozdrawiam
Agnieszka Mazur"""),
("pl", "b63-pl-zaliczka-blik-dwa-razy", "Karolina Sikora <karolina.sikora@example.pl>", "Zaliczka", "billing", "",
"""Dzien dobry, wczoraj placilam BLIKiem zaliczke 300 zl za nowa szybe do
witryny, aplikacja wywalila blad wiec zaplacilam drugi raz. W banku
widze dwie platnosci po 300 zl. Prosze o zwrot jednej.
Karolina Sikora"""),
("pl", "b63-pl-tapicer-wycena-wyzsza", "Grażyna Wilk <grazyna.wilk@example.pl>", "Narożnik - rachunek", "billing", "",
"""Dzień dobry,

w marcu wyceniliście mi obicie narożnika na 1 800 zł, razem z tkaniną,
którą wybrałam u Państwa w pracowni. Wczoraj przy odbiorze zapłaciłam
2 350 zł, bo pan powiedział, że „tkanina poszła w górę”. Nikt mnie o
tym wcześniej nie uprzedził, a na wycenę się zgodziłam.

Narożnik wygląda pięknie, nie mam zastrzeżeń do roboty. Ale proszę o
wyjaśnienie tych 550 zł albo o zwrot różnicy.

Grażyna Wilk"""),
("pl", "b63-pl-raty-renowacja-komody", "Paweł Czarnecki <pawel.czarnecki@example.pl>", "Płatność za renowację", "billing", "",
"""Cześć, dostałem wycenę renowacji komody i dwóch szafek nocnych po
babci - 3 200 zł. Da się to rozłożyć na raty? Ewentualnie połowa teraz,
połowa przy odbiorze? I czy mogę płacić przelewem, czy tylko na
miejscu?"""),
("pl", "b63-pl-zwrot-grzalki-nieotwarta", "Zdzislaw Kaczmarek <zdzislaw.kaczmarek@example.pl>", "zamowienie 44018", "billing", "",
"""Dzien dobry. Zamowilem grzalke do pralki ale okazalo sie ze to zla,
pralka ma inny model. Grzalka jest w nieotwartym opakowaniu. Chce ja
odeslac i dostac pieniadze z powrotem, 89 zl. Jak to zrobic?"""),
("pl", "b63-pl-przeglad-mama-dom-opieki", "Elżbieta Szulc <elzbieta.szulc@example.pl>", "Umowa na przeglądy - mieszkanie mamy", "billing", "",
"""Dzień dobry,

moja mama, Pani Halina Szulc, ma u Państwa umowę na coroczny przegląd
instalacji elektrycznej w mieszkaniu przy ul. Lipowej 7/3, płatną w
miesięcznych ratach z jej konta.

Mama przeprowadziła się na stałe do domu opieki, a mieszkanie zostało
sprzedane. Proszę więc o zakończenie umowy i niepobieranie dalszych
opłat. Jestem jej pełnomocnikiem, mogę przesłać pełnomocnictwo.

Z poważaniem
Elżbieta Szulc"""),
("pl", "b63-pl-strojenie-pianina-zawieszenie", "Monika Zawadzka <monika.zawadzka@example.pl>", "Abonament na strojenie", "billing", "",
"""Dzień dobry,

mamy u Państwa abonament na strojenie pianina dwa razy w roku, płacimy
co miesiąc 45 zł. Córka, która gra, wyjeżdża od października na rok na
Erasmusa do Lizbony i pianino będzie stało nieużywane.

Czy można zawiesić abonament na ten rok i wznowić go po jej powrocie,
zamiast rezygnować całkiem? Bardzo nam zależy na panu Andrzeju.

Pozdrawiam
Monika Zawadzka"""),
("pl", "b63-pl-zegar-chodzi-dwa-rachunki", "Leszek Michalak <leszek.michalak@example.pl>", "Naprawa zegara", "billing", "",
"""Dzień dobry,

od razu mówię: zegar chodzi idealnie, nie o to chodzi. Dziękuję za
naprawę.

Problem w tym, że dostałem dwa rachunki na tę samą naprawę - jeden
mailem (nr 2024/87, 280 zł), drugi w kopercie razem z zegarem (nr
2024/91, też 280 zł). Zapłaciłem ten pierwszy. Proszę o potwierdzenie,
że drugi jest pomyłką.

Leszek Michalak"""),
("pl", "b63-pl-rzecznik-konsumentow-szklarz", "Jolanta Pietrzyk <jolanta.pietrzyk@example.pl>", "Szyby zapłacone w marcu", "billing", "high",
"""Szanowni Państwo,

14 marca zapłaciłam z góry 1 240 zł za wymianę trzech szyb zespolonych
w oknach sypialni i kuchni. Termin montażu przesuwano już cztery razy,
a od dwóch tygodni nikt nie odbiera telefonu.

Jeżeli do 15 maja szyby nie zostaną zamontowane albo pieniądze nie
wrócą na moje konto, sprawę zgłaszam do Miejskiego Rzecznika
Konsumentów i do UOKiK. Mam wszystkie potwierdzenia i SMS-y.

Jolanta Pietrzyk"""),
("pl", "b63-pl-chargeback-czesci-zwrot", "Mateusz Borkowski <mateusz.borkowski@example.pl>", "zwrot 176 zl", "billing", "high",
"""Odeslalem wam silnik do zmywarki 5 tygodni temu, sledzenie pokazuje ze
odebraliscie 3 kwietnia. Zwrotu 176 zl dalej nie ma, na maile nikt nie
odpisuje. Jak do piatku nie bedzie kasy na koncie to zglaszam
chargeback w banku, juz tam dzwonilem."""),
("pl", "b63-pl-wlasciciel-przeprowadzka-pianina-godziny", "Ryszard Jaworski <ryszard.jaworski@example.pl>", "Przeprowadzka fortepianu - rachunek", "billing", "high",
"""Dzień dobry,

umawialiśmy się na przeniesienie fortepianu za stałą cenę 1 600 zł.
Ekipa spóźniła się dwie godziny, a na rachunku jest 2 300 zł, bo
„liczymy za czas pracy”. Zapłaciłem, bo ludzie stali w drzwiach i nie
chciałem awantury przy sąsiadach.

Z biurem rozmawiałem już trzy razy i słyszę tylko, że „tak jest w
cenniku”. Chcę rozmawiać z właścicielem firmy albo kimś, kto może
podjąć decyzję, i oczekuję zwrotu 700 zł.

Ryszard Jaworski
tel. 600 000 842"""),
("pl", "b63-pl-sad-tapicer-zaliczka", "Dorota Krajewska <dorota.krajewska@example.pl>", "Zaliczka za krzesła - wezwanie do zwrotu", "billing", "high",
"""Szanowny Panie,

2 lutego wpłaciłam 600 zł zaliczki za obicie sześciu krzeseł. Umówiony
termin (koniec marca) minął, krzesła stoją nieruszone, a od miesiąca
nie mogę się z Panem skontaktować.

Niniejszym odstępuję od umowy i wzywam do zwrotu 600 zł w terminie 7
dni na rachunek podany poniżej. Po bezskutecznym upływie terminu
skieruję sprawę do sądu.

Dorota Krajewska
PL 00 1234 5678 0000 0000 1234 5678"""),
("pl", "b63-pl-pytanie-rabat-dla-emeryta", "Stanisława Nowicka <stanislawa.nowicka@example.pl>", "Pytanie", "billing", "",
"""Szanowni Państwo, jestem emerytką i chciałabym oddać do naprawy zegar
ścienny po mężu. Czy jest jakaś zniżka dla emerytów? I czy można
zapłacić gotówką przy odbiorze, bo kartą nie płacę.
Z poważaniem, S. Nowicka, Kielce"""),
("pl", "b63-pl-odp-faktura-korekta", "Firma Remontowa Gol-Bud <biuro@golbud.example>", "Odp: Faktura FV/2024/311", "billing", "",
"""Dzień dobry,

na fakturze jest 23% VAT, a prace były w lokalu mieszkalnym i zgodnie z
ustaleniami powinno być 8%. Proszę o fakturę korygującą.

Pozdrawiam
Tomasz Golec

> Od: Elektro-Serwis Bąk
> Temat: Faktura FV/2024/311
>
> W załączeniu przesyłamy fakturę za wykonanie instalacji
> elektrycznej przy ul. Polnej 5, Rzeszów."""),
("pl", "b63-pl-roznicowka-wybija-czajnik", "Wiktoria Adamska <wiktoria.adamska@example.pl>", "Różnicówka", "technical", "",
"""Dzień dobry, od kiedy Państwa elektryk przerobił nam instalację w
kuchni, różnicówka wybija za każdym razem, kiedy włączę czajnik i
zmywarkę naraz. Podnoszę i działa, ale to męczące. Może ktoś przyjechać
i sprawdzić?"""),
("pl", "b63-pl-gniazdko-iskry-swad", "Barbara Ziółkowska <barbara.ziolkowska@example.pl>", "Gniazdko w pokoju dziecka", "technical", "high",
"""Dzień dobry,

nie chcę robić paniki, ale wolę dać znać. Nowe gniazdko, które Państwa
elektryk założył w zeszłym tygodniu w pokoju synka, zaiskrzyło dziś,
kiedy podłączałam grzejnik olejowy, i teraz czuć od niego swąd
spalonego plastiku. Jedna dziurka jest lekko osmolona.

Wyłączyłam ten obwód w skrzynce i na razie z niego nie korzystamy.
Czy ktoś mógłby przyjechać jutro?

Barbara Ziółkowska"""),
("pl", "b63-pl-zegar-spieszy-po-naprawie", "Kazimierz Lewandowski <kazimierz.lewandowski@example.pl>", "Zegar kominkowy", "technical", "",
"""Szanowny Panie Zegarmistrzu,

odebrałem zegar kominkowy dwa tygodnie temu. Bije teraz pięknie, za co
dziękuję, ale spieszy się około kwadransa na dobę. Przed naprawą chodził
dokładnie, tylko nie bił. Wahadła nie ruszałem.

Czy mam go przynieść z powrotem?

Kazimierz Lewandowski"""),
("pl", "b63-pl-okno-przecieka-deszcz", "Krzysztof Malinowski <krzysztof.malinowski@example.pl>", "okno w salonie", "technical", "",
"""dzien dobry, nowe okno ktore montowaliscie w salonie przecieka jak
pada, woda cieknie po parapecie od lewego dolnego rogu. dwa razy juz
wycieralem. kiedy mozecie przyjechac?"""),
("pl", "b63-pl-balustrada-szklana-pekniecie", "Adrianna Kubacka <adrianna.kubacka@example.pl>", "Balustrada na balkonie", "technical", "high",
"""Dzień dobry,

w szklanej balustradzie, którą zamontowaliście nam na balkonie (4.
piętro) trzy tygodnie temu, pojawiło się pęknięcie przy dolnym
mocowaniu. W poniedziałek miało kilka centymetrów, dziś idzie już
przez pół tafli. Nic w nią nie uderzyło.

Zamknęliśmy drzwi balkonowe i nie wypuszczamy tam dzieci ani psa.
Proszę o pilny kontakt w sprawie wymiany.

Adrianna Kubacka
tel. 505 000 117"""),
("pl", "b63-pl-fotel-sprezyna-wystaje", "Halina Rutkowska <halina.rutkowska@example.pl>", "Fotel", "technical", "",
"""Dzień dobry. Fotel, który Pan obijał w marcu, wygląda jak nowy, ale w
siedzisku coś się przesunęło - czuć jedną sprężynę, jakby się
obluzowała. Czy da się to poprawić? Mogę go przywieźć."""),
("pl", "b63-pl-sklep-link-resetu-wygasl", "Dominik Sobczak <dominik.sobczak@example.pl>", "Nie mogę się zalogować", "technical", "",
"""Cześć. Klikam „nie pamiętam hasła”, przychodzi mail, klikam link i od
razu jest „link wygasł”. Zrobiłem tak pięć razy, od razu po otrzymaniu
maila. Chcę zamówić uszczelkę do lodówki, a bez konta się nie da."""),
("pl", "b63-pl-salon-fryzjerski-bez-pradu", "Salon Fryzjerski Loczek <kontakt@salonloczek.example>", "po wczorajszej wizycie", "technical", "high",
"""Dzień dobry,

wczoraj wieczorem Państwa elektryk przenosił gniazdka przy
stanowiskach. Dziś rano na trzech z czterech stanowisk nie ma prądu -
suszarki, prostownice, lampa do koloryzacji, nic.

Od 9 mieliśmy zapisanych 14 klientek, połowę musiałyśmy odesłać do
domu z mokrymi głowami albo przełożyć. Jutro grafik jest pełny. Proszę
o przyjazd dziś.

Ewa Kowalczyk
Salon Loczek, Gdańsk"""),
("pl", "b63-pl-pianino-klawisze-nie-chce-odszkodowania", "Julia Sawicka <julia.sawicka@example.pl>", "Pianino po przeprowadzce", "technical", "",
"""Dzień dobry,

przeprowadzka pianina z Mokotowa na Bielany poszła sprawnie i nie
chcę żadnego odszkodowania, żeby nie było. Ale od tamtej pory kilka
klawiszy w środkowej oktawie wraca bardzo powoli, a jeden w ogóle się
nie podnosi.

Czy to może być od transportu? Macie kogoś, kto by to obejrzał, czy
mam dzwonić do stroiciela?

Julia"""),
("pl", "b63-pl-pompa-pralka-blad-e20", "Marek Wysocki <marek.wysocki@example.pl>", "pompa odplywowa", "technical", "",
"""Kupilem u was pompe odplywowa do pralki, zalozylem w sobote wedlug
filmiku. Pralka dalej nie odpompowuje wody i po kilku minutach
wyswietla E20. Pompa buczy, ale woda stoi. Czy pompa moze byc wadliwa?"""),
("pl", "b63-pl-dzien-dobry-swiatlo-miga", "Aleksandra Kamińska <aleksandra.kaminska@example.pl>", "Dzień dobry", "technical", "",
"""Dzień dobry, po założeniu ściemniacza w salonie żarówki LED migają,
kiedy są przyciemnione, a ściemniacz cicho bzyczy. Na pełnej mocy jest
dobrze. Czy to wina żarówek, czy ściemniacza?"""),
("pl", "b63-pl-wspolnota-domofon-klatka", "Wspólnota Mieszkaniowa Różana 9 <zarzad.rozana9@example.pl>", "Różana 9 - domofon i oświetlenie", "technical", "high",
"""Dzień dobry,

wczoraj Państwa elektryk pracował w rozdzielnicy głównej budynku przy
wymianie oświetlenia w holu. Od popołudnia nie działa domofon ani
światło na klatkach schodowych, w całym budynku.

Mamy 30 lokali, w tym wielu starszych mieszkańców, którzy chodzą po
schodach z latarkami. Kurierzy i opiekunki nie mogą się dodzwonić do
mieszkań. Prosimy o przyjazd jeszcze dziś.

Za Zarząd Wspólnoty
Henryk Pawłowski"""),
("pl", "b63-pl-szuflada-komody-zacina", "Agata Wróbel <agata.wrobel@example.pl>", "Komoda po renowacji", "technical", "",
"""Dzień dobry, komoda po renowacji wygląda cudownie, ale górna szuflada
zacina się w połowie i trzeba nią szarpać. Przed renowacją chodziła
normalnie. Może lakier gdzieś się zebrał na prowadnicach? Co robić?"""),
("pl", "b63-pl-podziekowanie-zegar-dziadka", "Wojciech Nowakowski <wojciech.nowakowski@example.pl>", "Podziękowanie", "general", "",
"""Szanowny Panie,

chciałem serdecznie podziękować za naprawę zegara po moim dziadku.
Stał w piwnicy od lat osiemdziesiątych i byłem pewien, że nic się z
nim już nie da zrobić. Teraz wisi w przedpokoju i bije co pół godziny,
tak jak pamiętam z dzieciństwa. Moja mama się popłakała.

Widać, że robi Pan to z sercem. Dziękuję.

Wojciech Nowakowski"""),
("pl", "b63-pl-godziny-otwarcia-wigilia", "Łucja Dąbrowska <lucja.dabrowska@example.pl>", "Wigilia", "general", "",
"""Dzień dobry, do której będzie otwarta pracownia 24 grudnia? Chciałam
odebrać krzesło, które miało być gotowe przed świętami. Dziękuję!"""),
("pl", "b63-pl-zgubione-rekawiczki", "Ireneusz Jasiński <ireneusz.jasinski@example.pl>", "rekawiczki", "general", "",
"""Dzien dobry, chyba zostawilem w sklepie skorzane brazowe rekawiczki na
ladzie, we wtorek kolo 15. Jak sa, prosze odlozyc, odbiore w piatek.
Dziekuje"""),
("pl", "b63-pl-wskazowki-dojazd-pianino", "Natalia Kowalewska <natalia.kowalewska@example.pl>", "Przewóz pianina - sobota 8:00", "general", "",
"""Dzień dobry,

kilka informacji dla ekipy na sobotę:

- Wjazd na podwórko od ul. Ogrodowej, brama będzie otwarta od 7:30.
- Od frontu nie da się zaparkować, jest strefa płatna i wąsko.
- Pianino jest na parterze, ale są dwa schodki przy wejściu.
- Mój numer: 512 000 663, gdyby coś się zmieniło.

Dziękuję i do zobaczenia
Natalia"""),
("pl", "b63-pl-zmiana-nazwiska-po-slubie", "Magdalena Zając <magdalena.zajac@example.pl>", "Zmiana danych", "general", "",
"""Dzień dobry, po ślubie zmieniłam nazwisko z Kowal na Zając. Proszę o
zmianę w moim koncie klienta (nr 20871) i na przyszłych dokumentach.
Adres i telefon bez zmian. Pozdrawiam, Magdalena Zając"""),
("pl", "b63-pl-rodo-kopia-danych", "Bartłomiej Górecki <bartlomiej.gorecki@example.pl>", "Wniosek RODO", "general", "",
"""Szanowni Państwo,

na podstawie art. 15 RODO proszę o przekazanie kopii wszystkich moich
danych osobowych, które Państwo przetwarzają, wraz z informacją, w
jakim celu i komu zostały udostępnione.

Z poważaniem
Bartłomiej Górecki"""),
("pl", "b63-pl-monter-niegrzeczny-kierownik", "Teresa Olszewska <teresa.olszewska@example.pl>", "Zachowanie Waszego montera", "general", "high",
"""Dzień dobry,

w czwartek Wasz monter przyjechał do mojego taty (83 lata) wstawić
szybę w drzwiach balkonowych. Szyba jest wstawiona, z robotą problemu
nie ma. Ale przez cały czas odzywał się do taty jak do dziecka, na
pytanie o cenę warknął „niech pan nie marudzi, dziadku”, palił na
balkonie i zostawił odłamki szkła na wycieraczce.

Żądam rozmowy z kierownikiem albo z właścicielem firmy. Tak nie
traktuje się starszego człowieka w jego własnym domu.

Teresa Olszewska"""),
("pl", "b63-pl-pytanie-politura-szelakowa", "Michał Kurek <michal.kurek@example.pl>", "Politura", "general", "",
"""Dzień dobry, mam stolik z lat 30., chyba politurowany. Czy Państwo
robią jeszcze tradycyjną politurę szelakową, czy tylko lakier? Chodzi
mi o to, żeby nie stracił charakteru."""),
("pl", "b63-pl-sponsoring-festyn-osiedlowy", "Rada Osiedla Zatorze <rada.zatorze@example.pl>", "Festyn osiedlowy - sponsorzy", "general", "",
"""Dzień dobry,

Rada Osiedla Zatorze organizuje 7 września festyn rodzinny na boisku
przy szkole. Szukamy lokalnych firm, które chciałyby zostać
sponsorami - w zamian logo na plakatach i podziękowanie ze sceny.
Czy byliby Państwo zainteresowani?

Z pozdrowieniami
Iwona Leśniak"""),
("pl", "b63-pl-schodek-pracownia-babcia", "Sylwia Mazurek <sylwia.mazurek@example.pl>", "Schodek przy wejściu do pracowni", "general", "high",
"""Dzień dobry, byłam dziś z babcią w Państwa pracowni odebrać krzesła.
Drugi schodek przy wejściu jest ukruszony i rusza się płyta, babcia się
na nim potknęła i prawie upadła, na szczęście ją złapałam. Proszę to
jakoś zabezpieczyć, zanim ktoś sobie coś zrobi."""),
("pl", "b63-pl-pd-warsztaty-renowacji", "Renata Cieślak <renata.cieslak@example.pl>", "PD: Warsztaty renowacji mebli - listopad", "general", "",
"""Dzień dobry, koleżanka przesłała mi informację poniżej. Czy są jeszcze
wolne miejsca? Nigdy nic nie odnawiałam, czy warsztaty są dla
początkujących?

Renata

---------- Przekazana wiadomość ---------
Temat: Warsztaty renowacji mebli - listopad

Trzy soboty w naszej pracowni: szlifowanie, bejcowanie, woskowanie.
Liczba miejsc ograniczona."""),
("pl", "b63-pl-pochwala-tragarze", "Adam Grabowski <adam.grabowski@example.pl>", "Brawo", "general", "",
"""Panowie wnieśli w sobotę pianino na czwarte piętro bez windy w
kamienicy na Kazimierzu i ani jednej rysy, ani na pianinie, ani na
ścianach. Do tego uprzejmi i punktualni. Dziękuję, będę polecał!"""),
("pl", "b63-pl-praktyki-technikum-elektryk", "Oskar Wiśniewski <oskar.wisniewski@example.pl>", "Praktyki", "general", "",
"""Dzień dobry, jestem uczniem trzeciej klasy technikum elektrycznego w
Lublinie. W czerwcu mam miesięczne praktyki zawodowe. Czy przyjmują
Państwo praktykantów? Mogę przesłać CV i skierowanie ze szkoły.

Oskar Wiśniewski"""),
]
