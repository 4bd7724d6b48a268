# batch64.py -- labelled mails held out of the tree until the rules it
# measures are final: nothing is tuned or trained on them until they are
# wired in.  This batch draws most of its mail from weddings and
# celebrations -- wedding planners, event florists, wedding cake makers,
# bridal hair and make-up, honeymoon travel agents, wedding
# videographers, ring resizing -- and covers the usual failure classes in
# new situations: escalation demands that keep their topic, legal threats
# and chargebacks, negations, Greeklish, subjects that say nothing or
# something else, replies quoting an earlier mail, paid plans ended or
# paused in unusual wording, outages of a business told only by their
# consequences, safety hazards told calmly, praise, payment questions --
# and everyday mail of all three queues.  40 mails per language, written
# separately for each (en, el, es, pl).  Same tuple format as batch12.py;
# slugs carry the b64- prefix.
M += [
# ---------------- English ----------------
("en", "b64-planner-deposit-new-date", "Hannah Whitfield <hannah.whitfield@example.co.uk>", "Moving our date", "billing", "",
"""Hi Rachel,

Bit of a change of plan - Tom's brother is now deployed until the end of
August, so we're moving the wedding from 7 June to 20 September, same
venue (they've confirmed). We paid you a 750 deposit in January. Does that
carry over to the new date, or is there a rebooking fee? Your T&Cs mention
"date transfers" but don't say how much.

Thanks so much,
Hannah"""),
("en", "b64-tasting-box-charged-twice", "Kayla Brennan <kayla.brennan@example.com>", "tasting box", "billing", "",
"""hey! ordered the 6 flavor cake tasting box on saturday ($45) and my
card got charged $45 twice, both say "pending" then both went through.
only got one box lol. can you refund the extra one? thx, kayla"""),
("en", "b64-anniversary-flowers-invoice-vat", "Accounts <accounts@shannonfreight.example>", "Flowers for 25th anniversary dinner - invoice", "billing", "",
"""Good morning,

You supplied the table arrangements for our company's 25th anniversary
dinner at the Glenview Hotel on Friday (order FL-20931, EUR 1,140). The
receipt came through in our MD's personal name. Could you please reissue
it as a VAT invoice to:

Shannon Freight Services Ltd
Unit 4, Raheen Business Park, Limerick V94 X2K7
VAT no. IE 9876543T

Many thanks,
Siobhan Duggan
Accounts Payable"""),
("en", "b64-honeymoon-emi-question", "Rohan Mehta <rohan.mehta@example.in>", "Maldives package - payment options", "billing", "",
"""Dear Sir/Madam,

We are interested in your 6 nights Maldives honeymoon package (water villa,
half board) quoted at Rs 3,45,000 for two persons. Kindly let me know
whether the amount can be paid in EMI on HDFC credit card, and if so for
how many months and whether any processing charges are applicable.

Also please confirm if GST and TCS are included in the quoted amount or
charged extra.

Regards,
Rohan Mehta
Pune"""),
("en", "b64-hello-no-wedding-now", "Jess <jess.okafor@example.co.uk>", "Hello", "billing", "",
"""Hi there,

Long story short there won't be a wedding any more. Can you make sure
your Planner Plus thing stops taking the 9.99 every month? I'd rather not
have to get into it with anyone, I just don't want another reminder
popping up on my statement.

Jess"""),
("en", "b64-bridesmaid-dresses-swap-size", "Tahlia Nguyen <tahlia.nguyen@example.com.au>", "Bridesmaid dresses order #BD5512", "billing", "",
"""Hi team,

Two of the five sage bridesmaid dresses (size 10) are too tight on the
girls - can we swap them for size 12? Tags still on, never worn. Do I need
to pay return postage (we're in Geelong) and will there be a price
difference? The 12s look like they're $10 more on the site.

Cheers,
Tahlia"""),
("en", "b64-ring-resize-quoted-forty", "Gordon McAllister <gordon.mcallister@example.co.uk>", "Ring", "billing", "",
"""Hello,

I brought my wife's engagement ring in to be made a size smaller on
the 3rd. The lady in the shop wrote 40 on the ticket. When I collected it
yesterday I was charged 68 and told it was "because of the platinum".
Nobody mentioned that when I dropped it off, and I've still got the ticket
with 40 on it. I'd like the 28 back please.

Gordon McAllister"""),
("en", "b64-re-final-balance-transfer", "Ciara Lynch <ciara.lynch@example.ie>", "Re: Final balance - Lynch/Walsh wedding film", "billing", "",
"""Hi Declan,

No problem at all. Is it OK if we pay the balance by bank transfer
instead? The link adds a 2.5% card fee which on 1,600 is 40 euro, which
seems a bit much. If so can you send the IBAN and what reference you
want?

Ciara

On Mon 3 Jun, Declan Hoare <films@hoarefilms.example> wrote:
> Hi Ciara and Conor,
>
> Hope you're both well and still floating after the big day! Your final
> balance of EUR 1,600 is now due. You can pay via the secure link below.
>
> Thanks again,
> Declan"""),
("en", "b64-hen-voucher-expired", "Megan Lloyd <megan.lloyd@example.co.uk>", "Make-up voucher", "billing", "",
"""Hiya, my bridesmaids got me a 120 bridal trial voucher for my hen do
last year and I've just noticed it says expires 31/05. The wedding got
pushed back because of my dad's operation so I didn't need the trial
yet. Is there any way you can extend it to the autumn? Would be gutted
to lose it.

Megan x"""),
("en", "b64-grans-flowers-no-need", "Patrick Doyle <patrick.doyle@example.ie>", "Monthly bouquet for Mrs Doyle, Tralee", "billing", "",
"""Hello,

For the last two years I've had your monthly bouquet sent to my mother,
Nora Doyle in Tralee. Mam passed away last Tuesday, so she won't be
needing them any more. Please don't send the June one. She loved them
and always rang me the minute they arrived.

Patrick Doyle"""),
("en", "b64-planner-vanished-small-claims", "Laura Pemberton <laura.pemberton@example.co.uk>", "Deposit of 1,500 - formal letter before action", "billing", "high",
"""Dear Ms Hartley,

On 14 October 2023 I paid you a deposit of 1,500 to plan and coordinate
my wedding on 10 August 2024. On 2 May you emailed to say you were
"stepping back from the business" and would not be able to provide the
service. You promised a full refund "within 14 days". It is now 5 June
and I have received nothing, and my last three emails have gone
unanswered.

This is a letter before action. If the full 1,500 is not in my account
within 14 days of today, I will issue a claim in the small claims court
without further notice, and will claim court fees and interest.

Yours sincerely,
Laura Pemberton"""),
("en", "b64-honeymoon-resort-not-booked-amex", "Derek Salazar <derek.salazar@example.com>", "Confirmation #HM-44821 - we were not booked", "billing", "high",
"""We paid your agency $4,280 for a 7 night all inclusive honeymoon in
Tulum. When we got to the resort on Saturday night at 11pm they had no
reservation for us at all. Your emergency number went to voicemail. We
had to pay $1,960 on the spot for a different hotel for the week.

I want the full $4,280 refunded. I have already opened a dispute with
American Express and sent them the resort's letter confirming there was
no booking. If you refund before they rule I'll withdraw it.

Derek and Mariana Salazar"""),
("en", "b64-cake-never-arrived-owner", "Brittany Cole <brittany.cole@example.com>", "WHERE WAS OUR CAKE", "billing", "high",
"""I'm writing this the morning after my wedding. Our three tier cake
($620, PAID IN FULL in April) never arrived at Willow Creek Barn. The
venue coordinator called your number six times. We cut a grocery store
sheet cake in front of 140 guests.

I want every cent back and I want the owner, not whoever answers the
emails, to call me today. 512-555-0148.

Brittany Cole"""),
("en", "b64-trial-cancel-fee-fair-trading", "Sophie Hartigan <sophie.hartigan@example.com.au>", "Cancellation fee charged", "billing", "high",
"""Hi,

I cancelled my hair and make-up trial 5 days before (your policy says 48
hours) and you've still taken the full $180 off my card. I've got the
email where I cancelled, sent on 9 May. I've asked twice politely.

If it's not back in my account by Friday I'm lodging a complaint with
NSW Fair Trading. I'd rather not, but I will.

Sophie Hartigan"""),
("en", "b64-film-download-access-denied", "Ellie Robson <ellie.robson@example.co.uk>", "Our film!", "technical", "",
"""Hi Sam,

We got the email saying our wedding film is ready (eek!!) but when we
click the download button it says "Access denied - this link has
expired". The email only came yesterday. Tried on my laptop and Dan's
phone. Could you send a new link?

Ellie & Dan"""),
("en", "b64-not-invoice-guest-upload-crash", "Nikhil Rao <nikhil.rao@example.com>", "Invoice #2291", "technical", "",
"""Hi, this isn't actually about the invoice, that's paid and fine - it was
just the only email I had from you. Your guest photo app crashes for most
of our guests when they try to upload more than two or three photos at a
time. It just closes. It seems to be iPhones mostly. Our reception was
on Saturday and people are still trying to send us pictures. Anything we
can tell them?

Nikhil"""),
("en", "b64-ring-stone-rattles-after-resize", "Aoife Brady <aoife.brady@example.ie>", "Engagement ring after resizing", "technical", "",
"""Hello,

I collected my engagement ring from you on Saturday after having it sized
up. Since then I can hear the centre stone clicking when I tap it and it
moves slightly if I push it with my nail. It was absolutely solid before.
I've stopped wearing it in case it falls out. Can someone look at the
claws?

Aoife Brady"""),
("en", "b64-wedding-site-reset-email", "Marcus Bell <marcus.bell@example.com>", "Can't log in", "technical", "",
"""Trying to log in to edit our wedding website (bell-and-harper) to add
the shuttle times. It says wrong password, so I hit "forgot password" -
four times now, no email, not in spam either. Same email address I signed
up with. RSVP deadline is Friday so I'd like to get the times up before
people book their rides."""),
("en", "b64-video-vows-no-sound", "Margaret Innes <margaret.innes@example.co.uk>", "The wedding video", "technical", "",
"""Dear Sir or Madam,

My granddaughter Fiona married in April and your company made the video,
which she has kindly copied onto a memory stick for me. It plays
perfectly on my television except for the part where they say their vows,
where there is no sound at all for about four minutes - the music comes
back afterwards. Fiona says it is the same on her computer.

I do not want any money back. I would simply like to hear them say their
vows, as I could not be there on the day.

Yours faithfully,
Margaret Innes (Mrs)"""),
("en", "b64-seating-chart-blank-pdf", "Ananya Krishnan <ananya.krishnan@example.in>", "Seating plan tool", "technical", "",
"""Hello team,

We have made the full seating plan for our sangeet and reception (38
tables) in your seating tool. When we click "Export PDF" the file
downloads but all the pages are blank, only the table numbers are
printing, no names. We tried in Chrome and Edge. The caterer needs the
plan by Monday.

Thanks and regards,
Ananya"""),
("en", "b64-question-planner-app-empty-list", "Carly Simmons <carly.simmons@example.com>", "Question", "technical", "",
"""Quick question - after the app updated last night my whole checklist is
gone. It just says "Nothing to do yet! Start planning". I had about 90
tasks ticked off in there. Is it gone forever or is there a way to get
it back? I'm logged in with the same account."""),
("en", "b64-cake-stand-turntable-stops", "Grace Okonkwo <grace.okonkwo@example.co.uk>", "Rotating cake stand", "technical", "",
"""Hello, the musical rotating cake stand I ordered for my daughter's
christening turns for a few seconds and then stops, it hums but doesn't
move. It does it with no weight on it too. New batteries in. It's
supposed to be the centrepiece on Sunday.

Thanks
Grace"""),
("en", "b64-flower-arch-battery-pack-hot", "Rebecca Thornton <rebecca.thornton@example.co.uk>", "Lit flower arch", "technical", "high",
"""Hello,

We hired your lit blossom arch for our wedding last Saturday. I thought
I should let you know that about two hours into the evening the venue
staff noticed a smell of burning plastic. The battery pack at the base
was too hot to hold and the casing had started to bulge. They unplugged
the lights and moved the pack outside onto the gravel, and nobody was
hurt. It's all packed up for collection on Thursday, with the pack in a
separate metal box so your driver knows which one.

Kind regards,
Rebecca Thornton"""),
("en", "b64-marquee-heater-gas-smell", "Graham Doherty <graham.doherty@example.ie>", "Patio heaters for Saturday", "technical", "high",
"""Hi,

Your driver dropped off the four patio heaters for our daughter's wedding
marquee this afternoon. We tested them this evening and there's a
definite smell of gas around the valve on the one with the dent in the
hood, even when it's switched off at the knob. We've turned the bottle off
at the top and wheeled it out onto the lawn away from the marquee. The
other three seem fine.

Can you swap it before Saturday?

Graham Doherty
086 555 0172"""),
("en", "b64-boutique-diary-blank-brides", "Ivory Lane Bridal <hello@ivorylanebridal.example>", "Appointments", "technical", "high",
"""Hi,

Every appointment after 9am today has vanished from the diary. I've had
four brides and their mums arrive this morning that I had no record of,
and I'm having to ask people standing in my shop what time they booked.
The online booking page is still taking new bookings, so I've no idea
what else is coming in. Saturdays are fully booked from now until
October.

Can someone please ring me back on 0113 496 0821.

Gemma
Ivory Lane Bridal, Leeds"""),
("en", "b64-chocolate-fountain-tingle", "Darren Kowalski <darren.kowalski@example.com>", "Chocolate fountain", "technical", "high",
"""Afternoon,

We bought your 5 tier chocolate fountain for our vow renewal. When my
wife went to wipe the base with a cloth she got a tingle through her
hand, like a mild shock. I touched the metal tower with the back of my
hand and felt it too. It's unplugged and back in the box, and we're
using a fondue set instead on the night. Can you tell me how to return it?

Darren"""),
("en", "b64-videographer-platform-couples-waiting", "Saffron Films <studio@saffronfilms.example>", "Delivery platform", "technical", "high",
"""Hi,

Since yesterday morning none of my couples can open their galleries -
the page just spins and then goes white. I've got eleven couples who
were told they'd have their films this week, two of them for a
grandparent's memorial next week, and I can't upload anything new
either. I've started getting emails from clients asking whether I've
gone bust. I've cleared my browser and tried from my phone too.

Please call me - Priya, 0161 496 0377.

Priya Sandhu
Saffron Films"""),
("en", "b64-name-change-after-wedding", "Charlotte Evans (née Price) <charlotte.price@example.co.uk>", "Change of surname", "general", "",
"""Hi,

I got married last month and have changed my surname from Price to
Evans. Could you update the name on my account? The email address and
phone number stay the same.

Thank you,
Charlotte"""),
("en", "b64-florist-thanks-killer", "Jasmine Ali <jasmine.ali@example.com>", "THANK YOU!!!", "general", "",
"""Oh my god. The flowers absolutely killed it. The pampas and dried
palm installation behind the top table had people gasping, my
mother-in-law cried (in a good way), and I am still finding petals in
my hair. You and Lottie were so calm on the day when the van was late and
it honestly made all the difference.

Tell everyone at the studio they're legends.

Jasmine x"""),
("en", "b64-lost-cufflinks-bridal-suite", "Oliver Grant <oliver.grant@example.co.uk>", "Left in the getting ready room", "general", "",
"""Hello,

I was one of the groomsmen at the Jenkins wedding on Saturday and we got
ready in your room at the salon in the morning. I think I left a pair of
silver cufflinks in a small black box on the windowsill - they were my
grandfather's. Has anyone found them? I can collect any day after 5.

Oliver Grant
07700 900 451"""),
("en", "b64-church-flowers-side-door", "Rev. Alan Fenwick <alan.fenwick@example.org.uk>", "Flowers for Saturday's wedding", "general", "",
"""Dear all,

For the Barker/Coates wedding at St Michael's on Saturday: the main door
will be locked until 12, so please bring the pew ends and pedestal
arrangements in via the vestry door on the north side. Our verger,
Mr Hollis, will be there from 9.30 to let you in. Please don't park on
the grass.

With thanks,
Alan Fenwick"""),
("en", "b64-gluten-free-tiers", "Niamh Kearney <niamh.kearney@example.ie>", "Cakes", "general", "",
"""Hi there, do you do gluten free tiers? My fiancé is coeliac so ideally
the whole cake would be, but even one tier would do. We're looking at
May 2025 in Galway - how far ahead do you normally book up?

Niamh"""),
("en", "b64-wedding-fair-exhibitor-invite", "Events Team <events@northcoastweddingshow.example>", "North Coast Wedding Show - 13 October", "general", "",
"""Hello,

We're putting together the North Coast Wedding Show at the Spa Pavilion,
Scarborough on Sunday 13 October, with around 60 exhibitors and 1,500
visiting couples expected. We'd love to have your cake studio there,
ideally with a display piece in the main hall.

Could you let me know if you're interested and who the best person is to
speak to?

Best wishes,
Lucy Morton
Events Coordinator"""),
("en", "b64-delete-photos-after-split", "Ryan Fisher <ryan.fisher@example.com>", "Photos on your website", "general", "",
"""Hi,

This isn't a complaint and there's no money involved. My ex-wife and I
were married in 2021 and your studio filmed the wedding. We've since
divorced and I've noticed clips of us are still on your website and your
Instagram reel. Please remove them, and delete any personal data you
still hold about me.

Thanks,
Ryan Fisher"""),
("en", "b64-re-enquiry-date-still-free", "Zoe Harrington <zoe.harrington@example.co.uk>", "Re: Enquiry - 14 June 2025", "general", "",
"""Hi Kate,

Thanks for getting back to us so fast! Sorry, we were away. Is 14 June
still free? And would you be able to come out to the venue (Hengrave,
near Bury St Edmunds) for a look round before we decide?

Zoe

On 22 May 2024, at 10:14, Kate Linley <kate@linleyevents.example> wrote:
> Hi Zoe,
>
> Lovely to hear from you. 14 June 2025 is currently available, though
> summer Saturdays do go quickly. I'd be happy to chat through what you
> have in mind - just reply with a couple of times that suit.
>
> Kate"""),
("en", "b64-urgent-ribbon-colour", "Stacey Burke <stacey.burke@example.com>", "URGENT!!!!", "general", "",
"""URGENT - what colour ribbon did you use on my sisters bouquet in
march?? (the Ahmed wedding, 16th) I want to match it for the bridesmaids
baskets at my wedding. thank u"""),
("en", "b64-mother-of-bride-film-thanks", "Dorothy Kemp <dorothy.kemp@example.com.au>", "Thank you", "general", "",
"""Dear Mr Tran,

I am the mother of the bride from the Kemp-Lawson wedding in Noosa in
March. Our daughter showed us the film at the weekend and I just wanted
to say thank you. You caught my late husband's brother giving the toast
in his place, and the little ones dancing at the end. We watched it three
times and I cried each time.

With gratitude,
Dorothy Kemp"""),
("en", "b64-bank-holiday-fitting", "Hayley Doran <hayley.doran@example.co.uk>", "Bank holiday Monday", "general", "",
"""Are you open on the bank holiday Monday (26th)? My final fitting is
meant to be that week and it's the only day my mum can come up from
Cardiff."""),
("en", "b64-fitting-staff-weight-comments", "Amira Hassan <amira.hassan@example.co.uk>", "My fitting on Saturday", "general", "high",
"""Dear Sir/Madam,

At my second fitting on Saturday, the consultant (I believe her name was
Jo) made several remarks about my weight in front of my mother and my
bridesmaids, including that I "should have ordered a size up given how
things are going" and that I "might want to lay off the cake tastings".
I left in tears. My mother is still upset.

I want a call from the store manager or owner before my next fitting.
I will not be seen by this consultant again.

Amira Hassan
07700 900 239"""),
("en", "b64-boutique-broken-step-nan", "Lisa Carney <lisa.carney@example.co.uk>", "The front step", "general", "high",
"""Hi,

The second step up to your shop door on Bridge Street is cracked right
through and the front half rocks when you stand on it. My nan (82) came
with me to see my dress on Thursday and her foot went from under her -
luckily my sister caught her. There was no sign and nothing blocking it
off. Please get it sorted before someone goes down properly and breaks a
hip.

Lisa"""),
# ---------------- Greek ----------------
("el", "b64-gl-mpomponieres-vaptisis-dyo-fores", "Stella K. <stella.kouts@example.gr>", "mpomponieres", "billing", "",
"""Kalhspera sas,
parhggeila tis mpomponieres gia th vaftish ths korhs mou (120 temaxia,
186e) kai vlepw sthn efarmogh ths trapezas oti me xrewsate 2 fores to
idio poso, me diafora 1 leptou. Paraggelia egine mia fora, 8a er8ei
ena kouti. Mporeite na mou epistrepsete th deuterh xrewsh?
Eyxaristw
Stella"""),
("el", "b64-koufeta-timi-gia-400", "Αγγελική Ζαφειρίου <aggeliki.zafeiriou@example.gr>", "Κουφέτα", "billing", "",
"""Καλημέρα σας,

Θα παντρευτούμε τον Σεπτέμβριο στη Λάρισα και θέλουμε 400 μπομπονιέρες
με κουφέτα αμυγδάλου, το κουτάκι που έχετε στη σελίδα με τη λευκή
κορδέλα. Η τιμή γράφει 2,40€ το τεμάχιο. Υπάρχει έκπτωση για τέτοια
ποσότητα; Και το δέσιμο με το καρτελάκι με τα ονόματα χρεώνεται
ξεχωριστά;

Ευχαριστώ,
Αγγελική"""),
("el", "b64-timologio-dexiosi-afm", "Λογιστηριο Κουτσουρης ΑΕ <logistirio@koutsouris-ae.example>", "Τιμολογιο δεξιωσης 15/6", "billing", "",
"""Καλημερα σας,

Για τη δεξιωση των 30 χρονων της εταιρειας μας στις 15/6 (λουλουδια
τραπεζιων και στολισμος εισοδου, συνολο 1.860,00 ευρω) μας στειλατε
αποδειξη λιανικης. Χρειαζομαστε τιμολογιο στα στοιχεια:

ΚΟΥΤΣΟΥΡΗΣ ΑΕ
ΑΦΜ 099999999, ΔΟΥ Πειραια
Ακτη Μιαουλη 41, 18536 Πειραιας

Ευχαριστω,
Μαρια Σταυρου
Λογιστηριο"""),
("el", "b64-gl-mpali-atokes-doseis", "Manos Vlaxos <manos.vlaxos@example.gr>", "taxidi melitos Mpali", "billing", "",
"""Geia sas,
eidame to paketo gia Mpali 10 hmerwn pou exete gia zeugaria, 5.800e gia
dyo. 8eloume na to kleisoume gia Oktwvrio. Ginetai na plhrw8ei se atokes
doseis me pistwtikh? An nai se poses? Kai ta fora aerodromiou einai mesa
sthn timh h ta plhrwnoume xwria?
Eyxaristw
Manos & Dimitra"""),
("el", "b64-stolismos-allagi-ekklisias", "Ηλίας Παπαδόγιαννης <ilias.papadogiannis@example.gr>", "Στολισμός εκκλησίας - αλλαγή", "billing", "",
"""Καλησπέρα σας κυρία Μαρίνα,

Σας είχαμε δώσει προκαταβολή 400€ για τον στολισμό στον Άγιο Νικόλαο
στο Χαλάνδρι στις 28 Σεπτεμβρίου. Τελικά ο ιερέας μάς μετέφερε στην
Αγία Ειρήνη στο Μαρούσι, ίδια μέρα και ώρα. Ισχύει κανονικά η
προκαταβολή; Υπάρχει επιπλέον χρέωση για την απόσταση ή για το ότι η
εκκλησία είναι μεγαλύτερη;

Με εκτίμηση,
Ηλίας Παπαδόγιαννης"""),
("el", "b64-efarmogi-organosis-pagoma", "Χριστίνα Λαμπράκη <christina.lamprakh@example.gr>", "Η συνδρομή μου", "billing", "",
"""Γεια σας,

Ο γάμος μας πάει για του χρόνου, γιατί περιμένουμε μωρό τον Νοέμβριο!
Δεν θέλω να διαγραφώ από την εφαρμογή οργάνωσης,
έχω μέσα όλους τους καλεσμένους και τις προσφορές, αλλά δεν έχει νόημα
να πληρώνω 7,99€ τον μήνα μέχρι τότε. Μπορεί να σταματήσει η χρέωση
μέχρι τον Ιανουάριο και να ξαναξεκινήσει μετά;

Χριστίνα"""),
("el", "b64-gl-re-prosfora-tourta-iris", "Nefeli Sarantidou <nefeli.sar@example.gr>", "Re: Προσφορά τούρτας γάμου", "billing", "",
"""Kalhmera kai pali,
mia xara mas fainetai, proxwrame! H prokatavolh 30% mporei na ginei me
IRIS? H trapeza mou den exei ton logariasmo sas ws apo8hkeumeno kai me
metafora 8a parei 2 meres. Sto IRIS vazw to kinhto sas?
Nefelh

Στις Τετ 12 Ιουν 2024, Ζαχαροπλαστείο Αμάλθεια <info@amaltheia-glyka.example> έγραψε:
> Αγαπητή κυρία Σαραντίδου,
>
> Σας στέλνουμε την προσφορά για τούρτα γάμου τεσσάρων ορόφων (βανίλια -
> φράουλα, επικάλυψη ζαχαρόπαστα, λευκά τριαντάφυλλα) για 180 άτομα:
> 520,00€ με τη μεταφορά και το στήσιμο στο κτήμα.
> Για την κράτηση της ημερομηνίας απαιτείται προκαταβολή 30%.
>
> Με εκτίμηση,
> Άννα Χριστοδούλου"""),
("el", "b64-lampades-allo-xroma", "Γιωργος Ντουμας <g.ntoumas@example.gr>", "Λαμπαδες γαμου", "billing", "",
"""Καλησπερα,

Παραγγειλαμε 2 λαμπαδες γαμου λευκες με ασημι κορδελα (παραγγελια
44718) και μας ηρθαν σε ιβουαρ με χρυσο. Ειναι ομορφες αλλα δεν ταιριαζουν
με τιποτα αλλο. Θελουμε να τις αλλαξουμε με τις σωστες, ο γαμος ειναι
στις 20 Ιουλιου. Πως τις στελνουμε πισω και ποιος πληρωνει το courier;

Γιωργος"""),
("el", "b64-gl-mikrynsi-veras-xreosi", "Kostas Mitr. <kmitr@example.gr>", "vera", "billing", "",
"""Kalhspera. Phrame tis veres apo to katasthma sas ton Maio kai h
pwlhtria mas eipe oti h mikrynsh einai dwrean mesa sto prwto etos. Shmera
phga na parw thn vera ths gynaikas mou meta th mikrynsh kai me xrewsan
35e. Den exw 8ema me thn douleia, egine kalh, alla mas eixan pei allo.
Exw thn apodeiksh agoras. Mporw na ta parw pisw?
Kwstas"""),
("el", "b64-paketo-nyfis-meta-gamo", "Δανάη Ρήγα <danai.riga@example.gr>", "Πακέτο περιποίησης νύφης", "billing", "",
"""Καλησπέρα σας,

Είχα γραφτεί στο μηνιαίο πακέτο περιποίησης νύφης (45€ τον μήνα) για
τους έξι μήνες πριν τον γάμο. Ο γάμος έγινε, όλα ήταν υπέροχα, και η
νύφη πλέον έχει γίνει σύζυγος που πληρώνει δάνειο σπιτιού! Δεν θα
συνεχίσω. Παρακαλώ να μη γίνει χρέωση την 1η του μήνα.

Ευχαριστώ για όλα,
Δανάη"""),
("el", "b64-videografos-den-irthe-synigoros", "Παναγιώτης Ζερβός <panagiotis.zervos@example.gr>", "Κράτηση 0412 - βιντεοσκόπηση γάμου", "billing", "high",
"""Κύριοι,

Στις 18 Μαΐου παντρευτήκαμε στο Ναύπλιο. Σας είχαμε καταβάλει
προκαταβολή 900€ τον Νοέμβριο για βιντεοσκόπηση όλης της ημέρας. Ο
βιντεογράφος σας δεν εμφανίστηκε ποτέ, ούτε στο σπίτι, ούτε στην
εκκλησία, ούτε στη δεξίωση, και το τηλέφωνό του ήταν κλειστό. Από τότε
δεν έχουμε λάβει ούτε μία εξήγηση.

Ζητούμε την άμεση επιστροφή των 900€. Αν δεν γίνει μέσα σε 10 ημέρες,
θα απευθυνθούμε στον Συνήγορο του Καταναλωτή και έχουμε ήδη μιλήσει με
δικηγόρο για αποζημίωση.

Παναγιώτης και Ελπίδα Ζερβού"""),
("el", "b64-gl-santorini-amfisvitisi", "Thanos Karras <thanos.karras@example.gr>", "kratish 7731 Santorinh", "billing", "high",
"""Kalhspera,
to paketo gia to taksidi tou mhna tou melitos sth Santorinh (1.940e)
akyrw8hke apo esas 3 meres prin, giati "den yphrxe diathesimothta sto
ksenodoxeio". Mas eipate oti 8a ginei epistrofh se 5 ergasimes. Exoun
perasei 5 evdomades. Exw steilei 4 email.
Sas enhmerwnw oti shmera ekana amfisvhthsh ths xrewshs sthn trapeza
kai tous esteila ola ta email sas.
Thanos"""),
("el", "b64-mpoufes-glykon-diplo-ypeuthynos", "Σοφια Αναστασιαδου <sofia.anastasiadou@example.gr>", "ΔΙΠΛΗ ΧΡΕΩΣΗ 1.340 ΕΥΡΩ", "billing", "high",
"""Με χρεωσατε ΔΥΟ φορες τα 1.340 ευρω για τον μπουφε γλυκων του γαμου
μας. Τα λεφτα εχουν φυγει απο τον λογαριασμο, ειμαι στο μειον και
πληρωνουμε ακομα τη δεξιωση. Στο καταστημα μου λενε "θα το δει το
λογιστηριο". Απο την Παρασκευη περιμενω.

Θελω να μου τηλεφωνησει ο υπευθυνος του καταστηματος ή ο ιδιοκτητης
σημερα, οχι αλλη υπαλληλος. 6977 000 314.

Σοφια Αναστασιαδου"""),
("el", "b64-makigiaz-akyrose-to-proi-1520", "Ειρήνη Μαυρογιάννη <eirini.mavrogianni@example.gr>", "Ακύρωση το πρωί του γάμου μου", "billing", "high",
"""Καλησπέρα,

Είχα προπληρώσει 250€ για μακιγιάζ και χτένισμα νύφης στις 8 Ιουνίου.
Στις 9:10 το πρωί της ημέρας του γάμου μου η μακιγιέζ σας μού έστειλε
μήνυμα ότι «δεν μπορεί να έρθει». Βρήκαμε στο παρά πέντε άλλη κοπέλα και
πληρώσαμε άλλα 280€.

Έχω ζητήσει τρεις φορές να μου επιστρέψετε τα 250€ και μου απαντάτε ότι
«θα το εξετάσουμε». Αν δεν επιστραφούν μέχρι το τέλος της εβδομάδας θα
κάνω καταγγελία στη Γενική Γραμματεία Εμπορίου και Προστασίας
Καταναλωτή.

Ειρήνη Μαυρογιάννη"""),
("el", "b64-gl-vinteo-tileorasi-sfalma", "Vasw Tsiligianni <vaso.tsili@example.gr>", "to video mas", "technical", "",
"""Kalhmera sas!
Katevasame to video tou gamou apo to link pou steilate, sto laptop
paizei kanonika, alla to valame se usb sthn thleorash gia na to doun oi
goneis mou kai grafei "mh ypostirizomenh morfh arxeiou". Ti prepei na
kanoume? Oi goneis mou den exoun ypologisth.
Vasw"""),
("el", "b64-psifiako-album-thola-oxi-lefta", "Στέφανος Αλεξίου <stefanos.alexiou@example.gr>", "Ψηφιακό άλμπουμ", "technical", "",
"""Καλησπέρα,

Δεν ζητάω χρήματα πίσω, είμαστε πολύ ευχαριστημένοι από τη φωτογράφιση.
Όμως στο ψηφιακό άλμπουμ που μας στείλατε οι μισές φωτογραφίες από τη
δεξίωση ανοίγουν θολές και μικρές, σαν εικονίδια, και όταν πατάω
«λήψη» κατεβαίνουν επίσης σε χαμηλή ανάλυση. Οι φωτογραφίες από την
εκκλησία είναι κανονικές. Μπορείτε να το κοιτάξετε;

Στέφανος"""),
("el", "b64-vera-ragisma-kollisi", "Αικατερίνη Μπούρα <aik.boura@example.gr>", "Βέρα μετά τη μεγέθυνση", "technical", "",
"""Καλημέρα σας,

Πριν από τρεις εβδομάδες σας έφερα τη βέρα μου για μεγέθυνση κατά ένα
νούμερο. Σήμερα πρόσεξα μια λεπτή γραμμή ακριβώς στο σημείο της
κόλλησης, στο εσωτερικό, και όταν την πιέζω ελαφρά φαίνεται να
ανοίγει. Δεν την έχω χτυπήσει πουθενά. Μπορώ να περάσω να τη δείτε;

Με εκτίμηση,
Αικατερίνη Μπούρα"""),
("el", "b64-gl-lista-gamou-sms-kwdikos", "Lefteris D. <lefteris.d@example.gr>", "login", "technical", "",
"""Geia, prospa8w na mpw sth lista gamou mas sthn efarmogh gia na dw ti
exoun agorasei oi kalesmenoi, kai mou zhtaei ton kwdiko pou erxetai me
SMS. O kwdikos den erxetai pote, to kinhto einai to idio. To dokimasa kai
apo to site, pali tipota. Ti na kanw?"""),
("el", "b64-qr-prosklisis-404", "Ραλλου Τσακαλου <rallou.tsakalou@example.gr>", "Το QR στις προσκλησεις", "technical", "",
"""Γεια σας,

Τυπωσαμε τις προσκλησεις με το QR που μας δωσατε για να δηλωνουν οι
καλεσμενοι αν θα ερθουν. Οταν το σκαναρεις βγαζει "Σφαλμα 404 - η
σελιδα δεν βρεθηκε". Την περασμενη εβδομαδα δουλευε, το ειχα δοκιμασει
πριν τις τυπωσουμε. Εχουν ηδη μοιραστει 150 προσκλησεις.

Ραλλου"""),
("el", "b64-live-stream-kopike-australia", "Μιχάλης Ξενάκης <michalis.xenakis@example.gr>", "Ζωντανή μετάδοση μυστηρίου", "technical", "",
"""Καλησπέρα,

Χρησιμοποιήσαμε την υπηρεσία ζωντανής μετάδοσης για τον γάμο μας στις
1 Ιουνίου, για τη γιαγιά και τους θείους μου στη Μελβούρνη. Η μετάδοση
κόπηκε μετά από δέκα λεπτά με το μήνυμα «Η σύνδεση χάθηκε» και δεν
ξαναξεκίνησε, αν και το Wi-Fi της εκκλησίας δούλευε. Τον Οκτώβριο
έχουμε τη βάφτιση του ανιψιού μου και θα θέλαμε να ξέρουμε τι φταίει
πριν ξανακλείσουμε.

Μιχάλης Ξενάκης"""),
("el", "b64-gl-photobooth-xarti-mplokarei", "Dora Papakwnstantinou <dora.pk@example.gr>", "photobooth", "technical", "",
"""Den einai 8ema plhrwmhs, ta exoume ksekatharisei. To photobooth pou
agorasame gia thn ai8ousa ekdhlwsewn mas mplokarei to xarti meta apo
kathe 3-4 fwtografies kai prepei na anoigoume to kapaki. Allaksame rolo,
to idio. Exoume vaftish to Savvato."""),
("el", "b64-atmosideroto-nyfikou-stazei", "Ευτυχία Λιάπη <eftychia.liapi@example.gr>", "Ατμοσιδερωτής", "technical", "",
"""Καλημέρα,

Ο κατακόρυφος ατμοσιδερωτής που πήρα για να φρεσκάρω το νυφικό δεν
βγάζει σχεδόν καθόλου ατμό, μόνο στάζει νερό από την κεφαλή και μου
έβρεξε ήδη μια δοκιμαστική μπλούζα. Έχει γεμίσει με απιονισμένο νερό
όπως λέει το φυλλάδιο και τον άφησα να ζεσταθεί 5 λεπτά.

Ευτυχία"""),
("el", "b64-erotisi-kratiseis-meta-dekemvrio", "Αλέξανδρος Κ. <alex.k@example.gr>", "Ερώτηση", "technical", "",
"""Καλησπέρα, προσπαθώ να κλείσω ραντεβού για δοκιμή χτενίσματος από τη
σελίδα σας για τον Ιανουάριο, αλλά το ημερολόγιο δεν με αφήνει να πάω
πέρα από τον Δεκέμβριο, το βελάκι είναι γκρι. Από κινητό και από
υπολογιστή το ίδιο."""),
("el", "b64-gl-cold-spark-fwtia-piso", "Giorgos Dimas <giorgos.dimas@example.gr>", "mhxanh spin8hrwn", "technical", "high",
"""Kalhspera,
xtes sto prwto xoro ths adelfhs mou h mia apo tis dyo mhxanes me ta
"krya" spin8hrakia pou noikiasame apo esas evgale flogitsa apo th
grilia sto pisw meros kai mirise kammeno kalwdio. O texnikos ths
ai8ousas thn esvhse amesws kai thn evgale eksw, den egine tipota se
kanenan. Thn exoume sto portbagkaz, tha thn epistrepsoume aurio. Den
8eloume na thn ksanadoume sthn epomenh mas ekdhlwsh.
Giwrgos"""),
("el", "b64-fotizomeni-pista-kapnos", "Κτήμα Ελαιώνας <info@ktima-elaionas.example>", "Φωτιζόμενη πίστα χορού", "technical", "high",
"""Καλησπέρα σας,

Χθες το βράδυ, σε γάμο με 220 καλεσμένους, ένα από τα πάνελ της
φωτιζόμενης πίστας χορού που μας εγκαταστήσατε τον Απρίλιο άρχισε να
βγάζει λεπτό καπνό από την άκρη, και η επιφάνεια ήταν πολύ ζεστή στο
χέρι. Σταματήσαμε τη μουσική, απομακρύναμε τον κόσμο και κλείσαμε τον
πίνακα της πίστας. Κανείς δεν τραυματίστηκε.

Έχουμε άλλους δύο γάμους αυτό το Σαββατοκύριακο. Πότε μπορεί να έρθει
τεχνικός;

Νίκος Αργυρόπουλος
Υπεύθυνος Εκδηλώσεων"""),
("el", "b64-zacharoplasteio-deltia-ergastirio", "Ζαχαροπλαστείο Ροδόσταγμα <paraggelies@rodostagma.example>", "Δελτία παραγγελιών", "technical", "high",
"""Καλημέρα,

Από χθες το απόγευμα στο εργαστήριο δεν βγαίνει κανένα δελτίο
παραγγελίας από τον εκτυπωτή, και στην οθόνη της παραγωγής η λίστα
είναι άδεια. Οι ζαχαροπλάστες δεν ξέρουν τι να ξεκινήσουν για τις
έξι τούρτες γάμου και τους τρεις μπουφέδες του Σαββάτου και
προσπαθούμε να τις ξαναβρούμε από τα email και τα τηλέφωνα των
πελατών. Στο κατάστημα ο ταμίας δεν βλέπει ούτε τις προπληρωμένες.

Παρακαλώ καλέστε μας στο 2310 555 718.

Ρένα Χατζηιωάννου"""),
("el", "b64-gl-isiwtiko-spithes", "Marina Koulouri <marina.koulouri@example.gr>", "isiwtiko", "technical", "high",
"""Geia sas,
to isiwtiko mallion pou phra apo to katasthma sas gia na to exw thn
hmera tou gamou, shmera to prwi molis to ebala sthn priza evgale
spi8es sto shmeio pou mpainei to kalwdio sth lavh kai peftei h asfaleia
tou spitiou. To exw aposyndesei kai den to ksanaggizw. Einai mono 2
evdomadwn.
Marina"""),
("el", "b64-allagi-eponymou-dieuthynsis", "Μαρία Γεωργάκη-Σπανού <maria.georgaki@example.gr>", "Αλλαγή στοιχείων", "general", "",
"""Καλημέρα σας,

Μετά τον γάμο μας θα ήθελα να αλλάξετε τα στοιχεία του λογαριασμού μου:
επώνυμο Γεωργάκη-Σπανού (αντί για Γεωργάκη) και νέα διεύθυνση Αγίου
Δημητρίου 14, 54632 Θεσσαλονίκη. Το τηλέφωνο μένει ίδιο.

Ευχαριστώ,
Μαρία"""),
("el", "b64-gl-stolismos-fonikos", "Athina Pagoni <athina.pagoni@example.gr>", "EYXARISTOUME!!!", "general", "",
"""Kalhmera Rania kai se olh thn omada!!
O stolismos sthn ekklhsia htan FONIKOS, ola ta koritsia me rwtane poios
ton ekane. Oi gardenies mirizan mexri ton dromo kai h mama mou den
stamathse na tis fwtografizei. Sas eyxaristoume poly gia thn ypomonh
me tis 100 allages gnwmhs mou.
Filia polla
A8hna kai Petros"""),
("el", "b64-stefana-xechastikan-provi", "Ευάγγελος Μαργαρίτης <vangelis.margaritis@example.gr>", "Στέφανα", "general", "",
"""Καλησπέρα,

Την Τρίτη ήρθαμε με τη μνηστή μου στο κατάστημα για την τελευταία πρόβα
της ανθοδέσμης και νομίζω ότι αφήσαμε πάνω στον πάγκο τα στέφανα, σε
ένα άσπρο κουτί με κορδέλα. Τα έχετε βρει; Μπορώ να περάσω την Πέμπτη
μετά τις 6.

Ευάγγελος"""),
("el", "b64-paradosi-ktima-kodikos-pylis", "Κατερινα Βλαχου <katerina.vlachou@example.gr>", "Παραδοση λουλουδιων Σαββατο", "general", "",
"""Καλησπερα,

Για την παραδοση των λουλουδιων στο κτημα το Σαββατο: η κεντρικη πυλη
θα ειναι κλειστη μεχρι τις 11. Να μπειτε απο την πισω πυλη, στον χωματοδρομο
δεξια μετα τα πευκα, κωδικος 2406. Ο κηπουρος, ο κυριος Σταθης, θα ειναι
εκει να σας δειξει που να τα αφησετε. Μην παρκαρετε πανω στο γκαζον.

Κατερινα"""),
("el", "b64-gl-tourta-xwris-zaxarh", "Roula Georgiou <roula.georgiou@example.gr>", "tourta", "general", "",
"""Kalhspera, o pateras tou gamprou einai diavhtikos. Kanete tourtes
gamou xwris zaxarh h estw ena orofo xwria? Kai posa atoma xwraei enas
orofos peripou?"""),
("el", "b64-syllogos-goneon-laxeiofoross", "Σύλλογος Γονέων 3ου Δημοτικού Βόλου <syllogos3dimvolou@example.gr>", "Λαχειοφόρος αγορά", "general", "",
"""Αγαπητοί κύριοι,

Ο Σύλλογος Γονέων και Κηδεμόνων του 3ου Δημοτικού Σχολείου Βόλου
διοργανώνει στις 22 Ιουνίου τη γιορτή λήξης με λαχειοφόρο αγορά για την
αγορά εξοπλισμού για τη βιβλιοθήκη. Θα μπορούσατε να προσφέρετε ένα
δώρο ή μια υπηρεσία για τα λαχεία; Θα αναφέρουμε την επιχείρησή σας στο
πρόγραμμα της γιορτής και στη σελίδα μας.

Με εκτίμηση,
Βούλα Καραγιάννη
Πρόεδρος"""),
("el", "b64-gdpr-fotografies-instagram", "Θεοδώρα Πίκουλα <theodora.pikoula@example.gr>", "Φωτογραφίες μου στο Instagram σας", "general", "",
"""Καλησπέρα σας,

Ήμουν κουμπάρα σε γάμο που φωτογραφίσατε τον Μάιο. Βλέπω ότι έχετε
ανεβάσει στο Instagram και στην ιστοσελίδα σας φωτογραφίες όπου φαίνομαι
καθαρά, χωρίς να με ρωτήσει κανείς. Σας παρακαλώ να τις αφαιρέσετε και
να μου επιβεβαιώσετε ότι διαγράψατε όποια στοιχεία μου έχετε.

Θεοδώρα Πίκουλα"""),
("el", "b64-re-diathesimotita-naxos", "Σπύρος Λιβανός <spyros.livanos@example.gr>", "Re: Διαθεσιμότητα 6 Σεπτεμβρίου", "general", "",
"""Καλημέρα κ. Δημητρίου,

Σας ευχαριστούμε για την άμεση απάντηση. Έρχεστε και σε νησιά; Ο γάμος
θα γίνει τελικά στη Νάξο, στην Αγία Άννα. Θα θέλαμε να ξέρουμε αν
αναλαμβάνετε γάμους εκτός Αττικής πριν κλείσουμε ραντεβού.

Σπύρος

Στις Δευ 10 Ιουν 2024, Ζωή Δημητρίου <zoi@dimitriou-events.example> έγραψε:
> Καλησπέρα κύριε Λιβανέ,
>
> Το Σάββατο 6 Σεπτεμβρίου 2025 είμαστε προς το παρόν διαθέσιμοι.
> Ευχαρίστως να συναντηθούμε για να μας πείτε τι έχετε στο μυαλό σας.
>
> Ζωή Δημητρίου"""),
("el", "b64-gl-epeigon-ti-ora-kleinete", "Eleni Tz. <eleni.tz@example.gr>", "EPEIGON", "general", "",
"""EPEIGON!! ti wra kleinete to Savvato? 8elw na perasw na dw ta
prosklhthria me thn koumpara mou alla doulevoume kai oi dyo ws tis 3"""),
("el", "b64-pappous-taxidiotiko-apergia", "Αριστείδης Φωτόπουλος <aristeidis.fotopoulos@example.gr>", "Ευχαριστήριο", "general", "",
"""Αξιότιμοι κύριοι,

Είμαι ο παππούς της Ιωάννας Φωτοπούλου, που έκανε το ταξίδι του μέλιτος
στο Παρίσι με τον σύζυγό της μέσω του γραφείου σας. Όταν λόγω απεργίας
ακυρώθηκε η πτήση της επιστροφής, η υπάλληλός σας κυρία Ευδοκία τούς
βρήκε άλλη πτήση και ξενοδοχείο μέσα σε μία ώρα, Κυριακή βράδυ. Η
εγγονή μου δεν σταματά να το λέει.

Θέλω να σας ευχαριστήσω γραπτώς και να το μεταφέρετε στην κυρία
Ευδοκία.

Με τιμή,
Αριστείδης Φωτόπουλος"""),
("el", "b64-ekthesi-gamou-symmetoxi", "Νεφελη Κωστοπουλου <nefeli.kostopoulou@example.gr>", "Εκθεση γαμου Οκτωβριο", "general", "",
"""Καλησπερα,

Θα ειστε στην εκθεση γαμου και βαπτισης στο Helexpo τον Οκτωβριο; Θα
θελαμε να δουμε απο κοντα τα δειγματα για στολισμο και να γνωρισουμε
την ομαδα σας. Αν ναι, σε ποιο περιπτερο;

Νεφελη"""),
("el", "b64-voithos-fotografou-methysmenos", "Κωνσταντίνα Ρούσσου <konstantina.roussou@example.gr>", "Συμπεριφορά του συνεργάτη σας στον γάμο μας", "general", "high",
"""Κύριε Βασιλείου,

Ο βοηθός φωτογράφου που στείλατε στον γάμο μας στις 15 Ιουνίου ήταν
εμφανώς μεθυσμένος από τις 11 το βράδυ. Φώναζε στους σερβιτόρους,
έκανε ακατάλληλα σχόλια σε δύο φίλες μου και όταν του ζήτησε ο πατέρας
μου να ηρεμήσει, τον έσπρωξε. Τον συνοδεύσαμε έξω με τη βοήθεια του
κτήματος.

Δεν ζητάμε κάτι για τις φωτογραφίες. Ζητάμε να μας καλέσει ο ιδιοκτήτης
της εταιρείας προσωπικά και να μάθουμε τι μέτρα θα πάρετε.

Κωνσταντίνα Ρούσσου"""),
("el", "b64-gl-gyalia-paidiki-gwnia-ktima", "Nikos Petridis <nikos.petridis@example.gr>", "paidikh gwnia", "general", "high",
"""Kalhspera,
hmastan kalesmenoi se gamo sto ktima sas to Savvato. Sthn paidikh gwnia
me thn ammo, dipla sthn tsoulhthra, ta paidia vrhkan spasmena gyalia apo
mpoukalia mesa sthn ammo. O mikros mou kovethke elafria sto xeri. Eipa
ston servitoro alla synexisan na paizoun paidia ekei mexri to telos.
Prepei na to koitaksete prin to epomeno Savvato.
Nikos Petridis"""),
# ---------------- Spanish ----------------
("es", "b64-descuento-boda-viernes", "Lucía Carrasco <lucia.carrasco@example.es>", "Bodas en viernes", "billing", "",
"""Hola, buenas:

Estamos mirando fechas para casarnos en Toledo en noviembre de 2025 y la
finca nos ha dicho que los viernes salen bastante más baratos. ¿Vosotros
también tenéis tarifa reducida para bodas en viernes o fuera de
temporada? El paquete de coordinación completa que vimos en la web
estaba en 2.900 €.

Gracias,
Lucía y Javi"""),
("es", "b64-anticipo-mesa-postres-doble", "Fernanda Ávila <fernanda.avila@example.com.mx>", "Anticipo mesa de postres", "billing", "",
"""Buenas tardes,

El martes pagué el anticipo de la mesa de postres para nuestra boda
(8,500 MXN) con tarjeta en su página y en mi estado de cuenta aparecen dos
cargos iguales, mismo día y misma hora. Solo hice un pago, me llegó un
solo correo de confirmación. ¿Me pueden reembolsar el segundo?

Saludos cordiales,
Fernanda Ávila
Guadalajara, Jal."""),
("es", "b64-factura-asociacion-jubilacion", "Asociacion Cultural Amigos de Lugo <tesoreria@amigosdelugo.example>", "Factura flores homenaje", "billing", "",
"""Buenos dias:

Nos servisteis las flores para el homenaje de jubilacion de nuestra
presidenta el sabado 8 (pedido 30412, 265 euros). Necesitamos la factura
a nombre de la asociacion, no a mi nombre, para poder justificarla en la
subvencion:

Asociacion Cultural Amigos de Lugo
CIF G27000000
Rua da Raiña 12, 27001 Lugo

Un saludo,
Manuel Otero, tesorero"""),
("es", "b64-punta-cana-cuotas-dolares", "Micaela Ferreyra <mica.ferreyra@example.com.ar>", "consulta luna de miel", "billing", "",
"""Hola! Queríamos consultar por el paquete de luna de miel a Punta Cana
(9 noches, all inclusive) que vimos en Instagram. Está en dólares, USD
3.480 para los dos. ¿Se puede pagar en pesos con tarjeta en cuotas sin
interés? ¿A qué cotización lo toman, oficial o tarjeta? Y si lo pagamos
en cuotas, ¿el precio queda congelado?

Gracias!!
Mica y Nico"""),
("es", "b64-pausar-ramo-semanal-viaje", "Marta Iglesias <marta.iglesias@example.es>", "Hola", "billing", "",
"""Hola!

Nos vamos de viaje de novios a Japón del 1 al 22 de julio, así que esas
tres semanas no habrá nadie en casa para recoger el ramo de los
viernes. ¿Podéis pausar la suscripción esas semanas y no cobrarlas? A la
vuelta seguimos igual.

Mil gracias,
Marta"""),
("es", "b64-zapatos-novia-cambio-talla", "Daniela Ríos <daniela.rios@example.com.mx>", "Pedido 55128 zapatos", "billing", "",
"""Hola, buen día

Me llegaron las zapatillas de novia en talla 24 y me quedan chicas, ni
las he usado fuera de la casa. ¿Puedo cambiarlas por 24.5? Si el cambio
tiene costo de envío, ¿cuánto es y cómo se los pago?

Gracias
Daniela"""),
("es", "b64-grabado-alianzas-no-hecho", "Raul Cortes <raul.cortes@example.es>", "Alianzas", "billing", "",
"""Buenas,

Recogimos ayer las alianzas en la tienda de Alcala y en el ticket nos
cobrasteis 25 euros por el grabado de la fecha y los nombres. Al llegar a
casa las miramos bien y no tienen nada grabado. La boda es en tres
semanas y ya no nos da tiempo a dejarlas otra vez, asi que preferimos que
nos devolvais los 25 euros.

Raul Cortes"""),
("es", "b64-re-presupuesto-ramo-bizum", "Alba Serrano <alba.serrano@example.es>", "RE: Presupuesto ramo y centros - boda 21/09", "billing", "",
"""¡Hola Inma!

Nos encanta, adelante con todo. Una duda: ¿el IVA está incluido en los
1.150 €? Y para la señal del 30 %, ¿os lo puedo mandar por Bizum o tiene
que ser transferencia?

Un beso,
Alba

-----Mensaje original-----
De: Inma Florería Botánica <inma@floreriabotanica.example>
Enviado: lunes, 10 de junio de 2024 18:22
Para: Alba Serrano
Asunto: Presupuesto ramo y centros - boda 21/09

Hola Alba:

Te paso el presupuesto: ramo de novia con paniculata y olivo, ocho
centros bajos para las mesas redondas y el arco de la ceremonia: 1.150 €.
Para reservar la fecha pedimos una señal del 30 %.

Un abrazo,
Inma"""),
("es", "b64-bono-maquillaje-hermana", "Valentina Gómez <valentina.gomez@example.com.co>", "Bono de maquillaje", "billing", "",
"""Buenas tardes, en mi despedida de soltera me regalaron un bono de
maquillaje de novia por 450.000 pesos, pero al final ya tengo contratada
otra maquilladora desde hace meses. ¿Se lo puedo pasar a mi hermana, que
se casa en diciembre, o está a mi nombre nada más?

Muchas gracias,
Valentina"""),
("es", "b64-quince-ya-paso-debito", "Graciela Benítez <graciela.benitez@example.com.ar>", "Cuota salón", "billing", "",
"""Buenas tardes. La fiesta de 15 de mi hija Sofía fue el sábado 1 en su
salón (estuvo preciosa, gracias). El plan lo veníamos pagando en 10
cuotas por débito automático y ya pagamos las 10, pero hoy me volvió a
entrar un débito de $ 185.000. Ya no hay más fiesta que pagar,
¿pueden frenar el débito y devolverme ese importe?

Graciela Benítez"""),
("es", "b64-fotografo-cancela-junta-arbitral", "Jorge Martín Prieto <jorge.martinprieto@example.es>", "Reclamación señal reportaje de boda", "billing", "high",
"""Estimados señores:

El 3 de noviembre de 2023 abonamos 1.200 € de señal por el reportaje
fotográfico de nuestra boda del 29 de junio. El 30 de mayo nos
comunicaron por WhatsApp que "no podían cubrir la fecha" y que la señal
"no es reembolsable". La cancelación la han hecho ustedes, no nosotros.

Si en diez días no recibimos la devolución íntegra, presentaremos
reclamación ante la Oficina Municipal de Información al Consumidor y
solicitaremos arbitraje a la Junta Arbitral de Consumo de la Comunidad
de Madrid.

Atentamente,
Jorge Martín Prieto y Sara Lozano"""),
("es", "b64-riviera-maya-profeco-contracargo", "Alejandro Treviño <alejandro.trevino@example.com.mx>", "Reservación luna de miel #RM-9042", "billing", "high",
"""A quien corresponda:

Contratamos con ustedes el paquete de luna de miel a la Riviera Maya por
$62,400 MXN, pagado completo. Al llegar al hotel el 18 de mayo nos
dijeron que la reservación estaba cancelada desde abril por falta de
pago de la agencia. Tuvimos que pagar otro hotel con nuestra tarjeta.

Ya levanté queja ante PROFECO y solicité a mi banco el contracargo del
pago. Exijo el reembolso total más lo que pagamos del otro hotel.

Alejandro Treviño"""),
("es", "b64-horas-extra-salon-gerente", "Tomás Aguirre <tomas.aguirre@example.com.ar>", "Horas extra que no usamos", "billing", "high",
"""Buenas. En la liquidación final del casamiento nos cobraron $ 320.000
de "2 horas extra de salón". La fiesta terminó a las 5 como estaba en el
contrato, el DJ lo puede confirmar y hay fotos con la hora. La persona
que me atendió por teléfono me dijo que "así lo cargó el sistema" y me
cortó.

Quiero hablar con el gerente o el dueño del salón, no con el call center.
Y quiero esos $ 320.000 devueltos.

Tomás Aguirre
11 5555-0188"""),
("es", "b64-maquilladora-sernac", "Catalina Muñoz <catalina.munoz@example.cl>", "Cobro total por cancelación", "billing", "high",
"""Hola,

Tuve que cancelar el maquillaje y peinado de matrimonio porque me dio
neumonía una semana antes y el matrimonio se postergó (tengo el
certificado médico). Avisé con 7 días y me cobraron el 100 %, $ 290.000.
Su contrato dice que con más de 72 horas de aviso se devuelve el 50 %.

Si no me devuelven al menos esa parte voy a poner el reclamo en el
SERNAC esta semana.

Catalina Muñoz"""),
("es", "b64-zip-video-error-descomprimir", "Pablo Navas <pablo.navas@example.es>", "Vídeo", "technical", "",
"""Hola Raquel,

Nos llegó el enlace con la película de la boda. Se descarga un archivo
.zip de 14 GB, pero al abrirlo dice "El archivo está dañado o tiene un
formato desconocido". Lo he descargado tres veces, en Mac y en el
portátil de mi mujer con Windows, y siempre igual.

Pablo"""),
("es", "b64-no-pago-rsvp-no-llegan", "Ximena Herrera <ximena.herrera@example.com.mx>", "Invitaciones digitales", "technical", "",
"""Hola, no es nada del pago, eso ya quedó. Es que los invitados dicen que
confirmaron su asistencia en la invitación digital y a mí en el panel
no me aparece ninguna confirmación, sigue en 0 de 210. Mi tía me mandó
captura de que sí le salió "Gracias por confirmar". ¿Se están guardando
en algún lado?"""),
("es", "b64-anillo-soldadura-arana", "Nerea Ugarte <nerea.ugarte@example.es>", "Anillo de pedida", "technical", "",
"""Hola:

Hace diez días me agrandasteis el anillo de pedida una talla. Por dentro
se nota mucho la unión, tiene un borde como de lima y me araña el dedo
cuando me lo quito. Por fuera además se ve un poco más oscuro en esa
zona. ¿Podéis repasarlo?

Gracias,
Nerea"""),
("es", "b64-lista-regalos-usuario-bloqueado", "Federico Sosa <fede.sosa@example.com.ar>", "no puedo entrar", "technical", "",
"""Hola, quiero entrar a nuestra lista de regalos para ver qué compraron
y me dice "usuario bloqueado por demasiados intentos". Puse bien la
contraseña, la cambié ayer. Esperé 24 horas y sigue igual. Mi novia
tampoco puede entrar con su mail."""),
("es", "b64-dron-tomas-congeladas", "Juliana Ospina <juliana.ospina@example.com.co>", "Video del matrimonio", "technical", "",
"""Buenas noches,

No quiero que me devuelvan la plata, quedamos felices con el trabajo.
Pero las tomas del dron en el video final se congelan cada pocos
segundos, la imagen se queda quieta y luego salta, mientras que el resto
del video se ve perfecto. Lo vimos en el televisor y en el computador.
¿Nos pueden mandar otra vez esa parte?

Juliana y Camilo"""),
("es", "b64-letras-love-v-no-enciende", "Iker Etxeberria <iker.etxeberria@example.es>", "Letras luminosas", "technical", "",
"""Kaixo,

Compramos las letras luminosas LOVE de 1 metro para la boda. La L, la O
y la E encienden bien, pero la V no enciende nada. Hemos probado a
cambiarle el cable con el de la O y sigue sin encender, así que es la
letra. La boda es el 6 de julio.

Iker"""),
("es", "b64-plano-mesas-acentos-raros", "Rodrigo Mendoza <rodrigo.mendoza@example.com.mx>", "Plano de mesas", "technical", "",
"""Qué tal, cuando imprimo el plano de mesas todos los nombres con acento
o con ñ salen con símbolos raros: "MuÃ±oz", "GarcÃ­a", "JosÃ©". En la
pantalla se ven bien. Son como 60 nombres así, no los puedo corregir a
mano."""),
("es", "b64-consulta-app-se-cierra-presupuesto", "Sandra Molina <sandra.molina@example.es>", "Consulta", "technical", "",
"""Hola, desde ayer la app del organizador de bodas se me cierra sola cada
vez que entro en la pestaña de "Presupuesto". Las demás pestañas van
bien. Tengo un Samsung, la he desinstalado y vuelto a instalar.
Gracias"""),
("es", "b64-buclera-no-calienta", "Lorena Paz <lorena.paz@example.com.ar>", "Buclera", "technical", "",
"""Hola! La buclera de cerámica que compré en el local de Palermo para
peinar a las damas del casamiento prende la luz pero no calienta nada,
ni en la temperatura máxima. La usé una sola vez antes y andaba bien."""),
("es", "b64-algodon-azucar-chispas-comunion", "Beatriz Llorente <beatriz.llorente@example.es>", "Máquina de algodón de azúcar", "technical", "high",
"""Buenas tardes:

En la comunión de mi hijo el domingo usamos la máquina de algodón de
azúcar que os alquilamos. A la media hora empezó a oler a quemado y
salieron unas chispas por la rejilla de abajo. La desenchufamos enseguida
y la apartamos de los niños, no pasó nada. Os lo cuento para que no se
la alquiléis a nadie más así. Está en el garaje para cuando vengáis a
por ella.

Un saludo,
Beatriz Llorente"""),
("es", "b64-vaporera-agua-hirviendo-dama", "Paola Castañeda <paola.castaneda@example.com.mx>", "Vaporizador de ropa", "technical", "high",
"""Hola buenas tardes

El vaporizador de ropa que les compramos para el vestido de novia escupe
agua hirviendo por la boquilla en lugar de vapor. A una de mis damas le
cayó en el brazo mientras planchaba su vestido y se le hizo una ampolla
grande, la curamos y está bien. Ya no lo usamos, pero se los comento
porque se ve que no es cosa de una vez, lo probé otra vez con cuidado y
pasó igual.

Paola"""),
("es", "b64-floristeria-web-no-entran-pedidos", "Flores La Alameda <pedidos@floreslaalameda.example>", "Web", "technical", "high",
"""Hola,

Desde el viernes por la tarde no nos entra ni un solo pedido por la web.
Los clientes nos llaman diciendo que al pagar les sale "Error 500" y se
quedan sin confirmar. Tenemos tres bodas este sábado con centros que
los novios aún no han podido cerrar, y junio es nuestro mes fuerte: un
fin de semana así son miles de euros. Hemos cogido algunos por teléfono
pero no damos abasto.

Llamadnos al 954 55 01 27, preguntad por Rocío.

Flores La Alameda, Sevilla"""),
("es", "b64-cartel-neon-enchufe-derretido", "Martina Acosta <martina.acosta@example.com.ar>", "Cartel neón", "technical", "high",
"""Hola, les cuento para que lo revisen. El cartel de neón "Nos casamos"
que alquilamos para la fiesta empezó a zumbar fuerte a las dos horas y
el transformador estaba hirviendo. Cuando lo desenchufamos vimos que la
ficha se había derretido un poco y estaba negra. No pasó a mayores, lo
dejamos apagado el resto de la noche. Se lo devolvemos el lunes.

Martina"""),
("es", "b64-cambio-correo-y-telefono", "Guadalupe Reyes de Salinas <lupita.salinas@example.com.mx>", "Actualizar mis datos", "general", "",
"""Buenas tardes,

Me acabo de casar y quisiera actualizar mis datos en mi cuenta: ahora
uso el correo lupita.salinas@example.com.mx (este mismo) en lugar del
anterior, y mi nuevo celular es 33 5555 0192. El domicilio sigue igual.

Gracias,
Guadalupe Reyes de Salinas"""),
("es", "b64-ramo-fue-una-bomba", "Renata Olvera <renata.olvera@example.com.mx>", "GRACIAS!!!", "general", "",
"""Holaaa, nada más para decirles que el ramo fue una BOMBA. Me mató de
amor, todo el mundo me preguntó dónde lo hice y ya les pasé su
Instagram a como diez personas. Las flores aguantaron perfectas todo el
día con el calor de Mérida. Mil gracias a Fer por entregarlo tan
temprano!!"""),
("es", "b64-mantilla-abuela-peluqueria", "Carmen Vázquez <carmen.vazquez@example.es>", "Mantilla olvidada", "general", "",
"""Buenos días:

El sábado por la mañana estuvimos en vuestra peluquería de la calle
Feria peinando a mi hija para su boda y creo que nos dejamos allí la
mantilla de encaje de su abuela, en una bolsa de tela blanca. Tiene
mucho valor para nosotros. ¿La habéis encontrado? Puedo pasar cuando me
digáis.

Carmen Vázquez"""),
("es", "b64-entrega-tarta-cancela-trasera", "Luis Navarro <luis.navarro@example.es>", "Entrega de la tarta - sábado", "general", "",
"""Hola:

Para la entrega de la tarta del sábado en la finca Los Almendros: no
entréis por la puerta principal, que estará la ceremonia. Seguid el
camino de tierra hasta la cancela trasera, al lado del pozo. Allí
estará Jacinto, el encargado de la finca, a partir de las 12. Su móvil
es el 655 55 02 41.

Gracias,
Luis"""),
("es", "b64-tortas-sin-tacc", "Agustina Romero <agustina.romero@example.com.ar>", "Tortas sin TACC", "general", "",
"""Hola, ¿hacen tortas de casamiento sin TACC? Mi novio es celíaco y
queremos que pueda comer lo mismo que todos. ¿Con cuánta anticipación
hay que encargarla? Nos casamos en marzo en Rosario."""),
("es", "b64-patrocinio-desfile-benefico", "Asociación Mujeres Valientes <info@mujeresvalientes.example>", "Desfile benéfico de novias", "general", "",
"""Estimado equipo:

La Asociación Mujeres Valientes organiza el 19 de octubre en Zaragoza un
desfile benéfico de vestidos de novia y fiesta, cuya recaudación irá
íntegramente a la investigación del cáncer de mama. Nos encantaría
contar con vuestro estudio de peluquería y maquillaje para las modelos,
a cambio de aparecer como colaboradores en todo el material del evento.

¿Podríamos hablarlo por teléfono?

Un saludo cordial,
Pilar Ezquerra
Presidenta"""),
("es", "b64-rgpd-borrar-datos-publicidad", "Andrés Villalobos <andres.villalobos@example.es>", "Protección de datos", "general", "",
"""Buenas:

Pedí presupuesto para una boda hace dos años, la boda no se celebró y
sigo recibiendo vuestros correos y SMS con ofertas cada semana. En
virtud del RGPD, os solicito la supresión de todos mis datos personales
y que me confirméis por escrito que lo habéis hecho.

Andrés Villalobos"""),
("es", "b64-re-disponibilidad-14-septiembre", "Laura Cárdenas <laura.cardenas@example.com.co>", "Re: Disponibilidad 14 de septiembre", "general", "",
"""Hola Mauricio, qué pena la demora en responder. ¿Sigue libre el 14 de
septiembre? Y otra pregunta: ¿ustedes viajan a Villa de Leyva o solo
trabajan en Bogotá?

Laura

El jue, 30 may 2024 a las 9:41, Mauricio Parra <mauricio@parrafilms.example> escribió:
> Hola Laura, muchas gracias por escribirnos.
> Por ahora tenemos libre el sábado 14 de septiembre. Cuando quieran
> podemos hacer una videollamada para conocernos.
> Un abrazo,
> Mauricio"""),
("es", "b64-urgente-abren-domingo", "Itzel Cruz <itzel.cruz@example.com.mx>", "URGENTE!!!", "general", "",
"""URGENTE: abren el domingo??? quiero ir con mi mamá a ver vestidos de
quince para mi hermana y solo podemos ese día"""),
("es", "b64-padre-novia-agradecimiento", "Ramón Gil Ortega <ramon.gilortega@example.es>", "Agradecimiento", "general", "",
"""Muy señores míos:

Soy el padre de Elena Gil, cuya boda organizaron ustedes el pasado 25 de
mayo en el monasterio de Piedra. A mis 79 años he asistido a muchas
bodas, y nunca vi una tan bien llevada: todo a su hora, nadie perdido,
y un detalle con mi silla de ruedas en cada traslado que no olvidaré.

Les ruego transmitan mi gratitud a la señorita Irene y a todo su equipo.

Atentamente,
Ramón Gil Ortega"""),
("es", "b64-feria-novios-ifema", "Sara Fuentes <sara.fuentes@example.es>", "Feria de novios", "general", "",
"""Hola! Vais a estar en la feria de novios de IFEMA en enero? Queriamos
probar vuestras tartas antes de decidir y nos pilla mejor ir alli que a
Segovia. Si estais, que dia y en que pabellon?

Sara"""),
("es", "b64-dependienta-prueba-vestido-gerente", "Mariana Villarreal <mariana.villarreal@example.com.mx>", "Queja por atención en prueba de vestido", "general", "high",
"""Buenas noches,

El sábado fui a mi segunda prueba de vestido a su boutique de San Pedro
con mi mamá y mi suegra. La asesora que nos atendió llegó 40 minutos
tarde, estuvo con el celular todo el tiempo y cuando le pedí que me
ajustara la espalda me dijo, delante de todas, que "con ese cuerpo no hay
vestido que quede". Mi mamá le pidió respeto y se rió.

Exijo hablar con la gerente de la tienda esta semana y no quiero que esa
persona me vuelva a atender.

Mariana Villarreal"""),
("es", "b64-tabla-levantada-pista-salon", "Elena Rubio <elena.rubio@example.es>", "Suelo de la pista de baile", "general", "high",
"""Hola:

Estuvimos el sábado en una boda en vuestro salón de Alcobendas. En la
pista de baile hay una tabla del suelo levantada, cerca de la columna
del fondo, y con la luz baja no se ve. Tropezaron al menos tres
invitados; una señora mayor se cayó y se dio un golpe fuerte en la
rodilla. Se lo dijimos a un camarero y pusieron una silla encima un
rato, pero luego la quitaron. Arregladlo antes de que alguien se haga
daño de verdad.

Elena Rubio"""),
# ---------------- Polish ----------------
("pl", "b64-konsultantka-raty-zamiast-polowy", "Weronika Lis <weronika.lis@example.pl>", "Płatność za pakiet", "billing", "",
"""Dzień dobry Pani Agato,

jesteśmy zdecydowani na pakiet pełnej organizacji (9 800 zł). W umowie
jest 50% płatne przy podpisaniu, a my wolelibyśmy rozbić to na trzy
równe części: teraz, w styczniu i miesiąc przed ślubem. Czy jest taka
możliwość? Jeśli tak, proszę o aneks do umowy.

Pozdrawiam serdecznie,
Weronika i Kuba"""),
("pl", "b64-oplata-dowoz-tortu-odbior-wlasny", "Marcin Kowalewski <marcin.kowalewski@example.pl>", "Tort - oplata za dowoz", "billing", "",
"""Dzien dobry,

na fakturze za tort weselny (zam. 2231) jest pozycja "dowoz do sali"
150 zl. Tort odbieralismy sami z cukierni w sobote o 13, brat
przyjechal busem, pani przy ladzie to widziala. Prosze o korekte
faktury i zwrot 150 zl na konto, z ktorego placilismy.

Marcin Kowalewski"""),
("pl", "b64-faktura-40-lecie-firmy", "Dział Administracji Hydro-Bud <administracja@hydrobud.example>", "Faktura - kwiaty na jubileusz", "billing", "",
"""Dzień dobry,

dziękujemy za piękne dekoracje na jubileusz 40-lecia naszej firmy w
Hotelu Nad Wartą. Prosimy o wystawienie faktury VAT na dane:

Hydro-Bud Sp. z o.o.
ul. Przemysłowa 18, 62-800 Kalisz
NIP 618-000-00-00

Zapłacimy przelewem w terminie 14 dni.

Z poważaniem,
Anna Wójtowicz
Dział Administracji"""),
("pl", "b64-zanzibar-raty-zero", "Kinga Borkowska <kinga.borkowska@example.pl>", "Podróż poślubna Zanzibar", "billing", "",
"""Hej,

chcemy wykupić u Was podróż poślubną na Zanzibar w październiku, hotel
Blue Bay, 10 nocy, wyszło 21 480 zł za dwie osoby. Czy da się to rozłożyć
na raty 0%? Ile rat maksymalnie i czy trzeba mieć zdolność kredytową
jak przy zwykłym kredycie? No i czy zaliczkę też można w ratach.

Kinga"""),
("pl", "b64-pytanie-juz-po-slowie-tak", "Oliwia Sowa <oliwia.sowa@example.pl>", "Pytanie", "billing", "",
"""Dzień dobry,

jesteśmy już po słowie "tak" (było cudownie!), więc planer ślubny w
aplikacji nie jest mi już do niczego potrzebny, a co miesiąc dalej
schodzi 19,99 zł. Jak to wyłączyć, żeby więcej nie pobierało? W
ustawieniach nic nie znalazłam.

Oliwia"""),
("pl", "b64-sukienki-druhen-wymiana-kolor", "Paulina Czarnecka <paulina.czarnecka@example.pl>", "Zamówienie 88120", "billing", "",
"""Dzień dobry,

zamówiłam cztery sukienki dla druhen w kolorze "szałwia", ale na żywo
są zdecydowanie bardziej szare niż na zdjęciu i do bukietów w ogóle nie
pasują. Czy mogę je wymienić na kolor "butelkowa zieleń" w tych samych
rozmiarach? Metki są, nic nie było przymierzane poza jedną. Jeśli jest
różnica w cenie, dopłacę.

Paulina Czarnecka"""),
("pl", "b64-zmniejszenie-obraczki-140-zamiast-80", "Jerzy Nowicki <jerzy.nowicki@example.pl>", "Obraczka", "billing", "",
"""Dzien dobry,

oddalem obraczke do zmniejszenia w salonie w Galerii Krakowskiej,
na kwicie pani wpisala "ok. 80 zl". Przy odbiorze zaplacilem 140 zl,
bo "zloto bylo grubsze". Nikt do mnie nie zadzwonil, zeby zapytac, czy
sie zgadzam na wyzsza cene. Prosze o zwrot roznicy 60 zl.

Jerzy Nowicki"""),
("pl", "b64-odp-oferta-blik-zaliczka", "Natalia Kubicka <natalia.kubicka@example.pl>", "Odp: Oferta - film ślubny 14.09.2024", "billing", "",
"""Dzień dobry Panie Tomku,

super, bierzemy wersję z dronem. Czy zaliczkę 1 000 zł mogę wpłacić
BLIK-iem na telefon, czy musi być przelew na konto firmowe? I czy
dostaniemy za nią fakturę, czy dopiero za całość?

Natalia

W dniu 10.06.2024 o 19:05, Tomasz Filmuje <kontakt@tomaszfilmuje.example> pisze:
> Dzień dobry,
> w załączniku przesyłam ofertę na film ślubny: wersja podstawowa
> 4 900 zł, wersja z ujęciami z drona 5 600 zł. Rezerwacja terminu po
> wpłacie zaliczki 1 000 zł.
> Pozdrawiam,
> Tomasz"""),
("pl", "b64-bon-makijaz-reszta-kwoty", "Ewa Marciniak <ewa.marciniak@example.pl>", "bon z panieńskiego", "billing", "",
"""Dzien dobry, dziewczyny na wieczorze panienskim daly mi bon do Was na
300 zl. Makijaz slubny z proba kosztuje 250 zl. Czy te 50 zl przepada,
czy moge je wykorzystac na henne brwi przed slubem?"""),
("pl", "b64-kwiaty-co-tydzien-kot", "Joanna Kurek <joanna.kurek@example.pl>", "Abonament kwiatowy", "billing", "",
"""Dzień dobry,

od pół roku co piątek dostajemy od Was bukiet w abonamencie. Tydzień
temu w bukiecie były lilie, nasza kotka Mela podgryzała liście i
niestety nie udało się jej uratować. Nie mam do Was pretensji, to my
powinniśmy byli wiedzieć, ale nie chcę już więcej kwiatów w domu.
Proszę zakończyć abonament od najbliższego piątku.

Joanna Kurek"""),
("pl", "b64-kamerzysta-nie-przyjechal-pozew", "Bartłomiej Duda <bartlomiej.duda@example.pl>", "Wezwanie do zapłaty - zadatek 3 000 zł", "billing", "high",
"""Szanowni Państwo,

na podstawie umowy z dnia 12.01.2024 wpłaciłem zadatek 3 000 zł za
nagranie filmu z naszego wesela w dniu 25.05.2024. Kamerzysta nie
pojawił się ani w kościele, ani na sali, nie odbierał telefonu. Do dziś
nie otrzymaliśmy żadnego wyjaśnienia.

Wzywam do zwrotu zadatku w podwójnej wysokości, tj. 6 000 zł, zgodnie z
art. 394 KC, w terminie 7 dni od otrzymania tej wiadomości. Po
bezskutecznym upływie terminu sprawa zostanie skierowana na drogę
sądową.

Bartłomiej Duda"""),
("pl", "b64-madera-chargeback", "Aleksandra Pietrzyk <ola.pietrzyk@example.pl>", "Rezerwacja MAD-1187 - zwrot", "billing", "high",
"""Dzień dobry,

18 kwietnia odwołaliście nasz wyjazd poślubny na Maderę (7 800 zł) z
powodu "zmiany kontraktu z hotelem". Obiecaliście zwrot w 14 dni. Minęło
siedem tygodni, na maile odpowiada automat, infolinia się rozłącza.

Dziś złożyłam w banku reklamację transakcji kartą (chargeback) i
przesłałam im całą korespondencję. Jeśli zwrot przyjdzie wcześniej,
wycofam ją.

Aleksandra Pietrzyk"""),
("pl", "b64-tort-nie-dojechal-wlasciciel", "Sylwia Grabowska <sylwia.grabowska@example.pl>", "TORT", "billing", "high",
"""Tort za 1 450 zl zaplacony z gory w marcu NIE DOJECHAL na nasze wesele
w sobote. Sala dzwonila do Was 5 razy, nikt nie odebral. Goscie jedli
ciasto z Biedronki, ktore szwagier kupil w ostatniej chwili.

Nie chce zadnego "kodu rabatowego", ktory dostalam w odpowiedzi
automatycznej. Chce zwrotu calych pieniedzy i chce rozmawiac z
wlascicielem cukierni, a nie z ekspedientka. Tel. 601 555 283.

Sylwia Grabowska"""),
("pl", "b64-fryzjerka-oplata-rzecznik", "Magdalena Zawadzka <magda.zawadzka@example.pl>", "Opłata za odwołanie próbnej fryzury", "billing", "high",
"""Dzień dobry,

odwołałam próbną fryzurę ślubną 6 dni wcześniej, mailowo. Mimo to
pobraliście z mojej karty 200 zł "za niestawiennictwo". Regulamin na
Waszej stronie mówi o opłacie przy odwołaniu później niż 48 godzin
przed wizytą. Dwa razy prosiłam o zwrot i nic.

Jeżeli pieniądze nie wrócą w ciągu tygodnia, zgłaszam sprawę do
miejskiego rzecznika konsumentów.

Magdalena Zawadzka"""),
("pl", "b64-galeria-film-blad-odtwarzania", "Krzysztof Rutkowski <krzysztof.rutkowski@example.pl>", "Film w galerii", "technical", "",
"""Dzień dobry,

w galerii online, którą nam Państwo udostępnili, film ślubny zatrzymuje
się co kilkanaście sekund z komunikatem "Błąd odtwarzania, spróbuj
ponownie". Próbowaliśmy na komputerze w Chrome i Firefoksie, na
telefonie i na telewizorze, internet mamy szybki (światłowód). Zwiastun
działa bez problemu.

Krzysztof Rutkowski"""),
("pl", "b64-nie-platnosc-qr-wydarzenie-nie-istnieje", "Dominika Sobczak <dominika.sobczak@example.pl>", "Aplikacja na zdjęcia gości", "technical", "",
"""Hej, to nie jest reklamacja płatności, wszystko zapłacone. Chodzi o to,
że kod QR na stołach, który goście mają skanować, żeby wrzucać zdjęcia,
otwiera stronę z napisem "Wydarzenie nie istnieje". Wesele jest w
sobotę, kody już wydrukowane. W panelu wydarzenie jest i jest aktywne."""),
("pl", "b64-obraczka-owalna-po-zmniejszeniu", "Izabela Wrona <izabela.wrona@example.pl>", "Obrączka po zmniejszeniu", "technical", "",
"""Dzień dobry,

w zeszłym tygodniu odebrałam obrączkę po zmniejszeniu o jeden rozmiar.
Nie jest już okrągła, tylko lekko owalna, i z jednej strony wyraźnie
uciska palec, a z drugiej odstaje. Wzór (rowek dookoła) w miejscu
lutowania też się przesunął. Proszę o informację, kiedy mogę ją
przynieść do poprawki.

Izabela Wrona"""),
("pl", "b64-lista-prezentow-petla-logowania", "Adrian Kasprzak <adrian.kasprzak@example.pl>", "logowanie", "technical", "",
"""Dzien dobry, po zmianie hasla do listy prezentow strona wpuszcza mnie
na sekunde i od razu wraca do ekranu logowania. I tak w kolko. Czyscilem
ciasteczka, probowalem w trybie incognito i na telefonie. Zona ma ten
sam problem na swoim koncie."""),
("pl", "b64-film-dzwiek-rozjezdza-nie-zwrot", "Jadwiga Sikorska <jadwiga.sikorska@example.pl>", "Film z wesela wnuczki", "technical", "",
"""Szanowni Państwo,

dostałam od wnuczki płytę z filmem z jej wesela. Nie chcę żadnego zwrotu
pieniędzy, film jest piękny, ale przy przemówieniach i przy przysiędze
głos nie zgadza się z ruchem ust, jakby był spóźniony o sekundę albo
dwie, i im dalej, tym gorzej. Na komputerze u wnuczki jest tak samo.
Czy można to poprawić?

Z wyrazami szacunku,
Jadwiga Sikorska"""),
("pl", "b64-maszyna-do-baniek-silnik-chodzi", "Hubert Malinowski <hubert.malinowski@example.pl>", "Maszyna do baniek", "technical", "",
"""Dzień dobry, kupiliśmy u Was maszynę do baniek na wyjście młodej pary
z kościoła. Włączam, wiatrak się kręci, koło z obręczami też, ale
bańki nie lecą, płyn tylko kapie z obręczy. Płyn jest Wasz, z zestawu.
Ślub w przyszłą sobotę."""),
("pl", "b64-plan-stolow-telefon-przeciaganie", "Anna Tomaszewska <anna.tomaszewska@example.pl>", "Plan stołów", "technical", "",
"""Dzień dobry,

w narzędziu do planu stołów na telefonie nie da się przeciągnąć gościa
na stół - przytrzymuję palcem, nazwisko się podświetla i nic więcej.
Na komputerze działa, ale siedzę przy tym głównie wieczorami na
telefonie. iPhone 13, najnowsza wersja systemu.

Anna"""),
("pl", "b64-hej-aplikacja-wylogowuje", "Zuza Pawlak <zuza.pawlak@example.pl>", "hej", "technical", "",
"""hej, wasza apka do planowania wesela wylogowuje mnie co pare minut,
w polowie wpisywania budzetu albo listy gosci i wszystko co wpisalam
znika. od wczoraj tak ma. android"""),
("pl", "b64-drukarka-fotobudka-rozowe-pasy", "Damian Głowacki <damian.glowacki@example.pl>", "Drukarka w fotobudce", "technical", "",
"""Dzień dobry,

drukarka z fotobudki, którą kupiłem od Was do obsługi wesel, od
kilku dni drukuje zdjęcia z różowymi poziomymi pasami co parę
centymetrów. Wymieniłem papier i taśmę na nowe, oryginalne, zrobiłem
czyszczenie głowicy z menu. Bez zmian. Mam w weekend dwie imprezy.

Damian Głowacki
Fotobudka Uśmiech"""),
("pl", "b64-wytwornica-dymu-przewod-topi", "Michał Czerwiński <michal.czerwinski@example.pl>", "Wytwornica ciężkiego dymu", "technical", "high",
"""Dzień dobry,

przy pierwszym tańcu w sobotę wytwornica ciężkiego dymu, którą od Was
wypożyczyliśmy, zaczęła śmierdzieć spalenizną. Przewód zasilający przy
samej obudowie był miękki i nadtopiony, a w gnieździe było widać
iskrzenie. DJ od razu ją wyłączył z prądu, nikomu nic się nie stało.
Oddamy ją jutro, ale lepiej, żeby trafiła do serwisu, a nie na
kolejne wesele.

Michał Czerwiński"""),
("pl", "b64-podgrzewacze-bemarow-kopia", "Catering Pod Dębem <biuro@cateringpoddebem.example>", "Podgrzewacze elektryczne", "technical", "high",
"""Dzień dobry,

dwa z dziesięciu elektrycznych podgrzewaczy do bemarów, które kupiliśmy
u Was w maju, lekko kopią prądem przy dotknięciu metalowej ramy, kiedy
są włączone. Kelnerka poczuła to wczoraj na weselu, potem sprawdziłem
sam. Odstawiliśmy oba i oznaczyliśmy taśmą, pozostałe osiem na razie
działa normalnie.

Proszę o informację, jak je zwrócić, i czy pozostałe z tej partii
trzeba sprawdzić.

Paweł Mazur
Catering Pod Dębem"""),
("pl", "b64-sala-listy-gosci-kuchnia", "Dwór Zielona Dolina <recepcja@dworzielonadolina.example>", "System", "technical", "high",
"""Dzień dobry,

od rana system nie pokazuje żadnych danych do dzisiejszych dwóch wesel:
nie możemy wydrukować list gości ani rozpiski menu dla kuchni. Kucharze
nie wiedzą, ile porcji wegetariańskich i dziecięcych przygotować, a
obsługa nie ma planu stołów. Pierwsze wesele zaczyna się o 16:00, 140
osób. Na razie spisujemy wszystko z telefonów do par młodych.

Proszę o pilny telefon: 58 555 01 44.

Agnieszka Lewandowska
Kierownik sali"""),
("pl", "b64-girlanda-iskrzy-po-deszczu", "Piotr Baran <piotr.baran@example.pl>", "girlanda żarówkowa", "technical", "high",
"""Dzień dobry, girlanda żarówkowa zewnętrzna 20 m, którą kupiłem na
poprawiny w ogrodzie, po wczorajszym deszczu iskrzy na złączce między
drugim a trzecim odcinkiem i wybija korki w całym domu. Ma niby być
wodoodporna, IP65. Odłączyłem i zdjąłem z pergoli, leży w garażu.
Jak zgłosić reklamację?

Piotr Baran"""),
("pl", "b64-zmiana-nazwiska-po-slubie", "Karolina Nowak-Wiśniewska <karolina.nowak@example.pl>", "Zmiana danych", "general", "",
"""Dzień dobry,

po ślubie zmieniłam nazwisko na Nowak-Wiśniewska. Proszę o zmianę w
moim koncie klienta. Adres e-mail i telefon bez zmian.

Dziękuję,
Karolina"""),
("pl", "b64-bukiet-zabojczy-dziekuje", "Marta Szulc <marta.szulc@example.pl>", "Dziękujemy!!!", "general", "",
"""Pani Basiu!

Bukiet był po prostu zabójczy, a dekoracja kościoła rozwaliła system!
Ksiądz powiedział, że tak pięknie u niego jeszcze nie było, a ciocia z
Kanady zrobiła chyba 200 zdjęć samych kwiatów. Piwonie dotrwały do
poprawin w idealnym stanie. Dziękujemy z całego serca!

Marta i Filip"""),
("pl", "b64-welon-po-mamie-salon", "Edyta Król <edyta.krol@example.pl>", "Welon", "general", "",
"""Dzień dobry,

w sobotę rano byłam u Państwa na fryzurze ślubnej i chyba zostawiłam w
salonie welon mojej mamy, w szarym pokrowcu, mama miała go na swoim
ślubie w 1989. W tym zamieszaniu pojechałam w innym. Czy ktoś go
znalazł? Mogę odebrać w każdej chwili.

Edyta Król"""),
("pl", "b64-dostawa-tortu-wjazd-od-tylu", "Rafał Jankowski <rafal.jankowski@example.pl>", "Dostawa tortu 29.06", "general", "",
"""Dzień dobry,

przy dostawie tortu w sobotę do Gościńca Pod Lipą prosimy nie wjeżdżać
od strony głównej drogi, tylko od ul. Polnej, bramą gospodarczą za
parkingiem. Tam jest wejście prosto do kuchni. Na miejscu od 12:00 będzie
pan Mietek, tel. 602 555 317, pokaże, gdzie postawić tort.

Pozdrawiam,
Rafał"""),
("pl", "b64-torty-bez-laktozy", "Beata Kozak <beata.kozak@example.pl>", "tort bez laktozy", "general", "",
"""Dzien dobry, czy robicie torty weselne bez laktozy? Panna mloda nie
toleruje. Chodzi o tort na ok. 120 osob, wesele we wrzesniu w Opolu.
Czy smakowo bardzo sie rozni?"""),
("pl", "b64-festyn-parafialny-sponsor", "Parafia św. Jadwigi - Rada Parafialna <rada@sw-jadwiga.example>", "Festyn rodzinny - prośba", "general", "",
"""Szczęść Boże,

w niedzielę 8 września organizujemy festyn rodzinny przy parafii św.
Jadwigi w Zabrzu. Dochód przeznaczymy na remont dachu świetlicy.
Zwracamy się z prośbą o przekazanie fantu na loterię albo drobnego
poczęstunku. Firmy, które nas wspierają, wymieniamy w ogłoszeniach
parafialnych i na plakatach.

Z wyrazami szacunku,
Stanisław Mika
Rada Parafialna"""),
("pl", "b64-rodo-kopia-danych", "Przemysław Wilk <przemyslaw.wilk@example.pl>", "Wniosek RODO", "general", "",
"""Dzień dobry,

na podstawie art. 15 RODO proszę o informację, jakie moje dane osobowe
przetwarzacie, w jakim celu, skąd je macie i komu je udostępniliście.
Od miesiąca dostaję od Was SMS-y z ofertami na "dekoracje weselne", a
nigdy nie byłem Waszym klientem.

Przemysław Wilk"""),
("pl", "b64-odp-termin-21-wrzesnia", "Klaudia Mazur <klaudia.mazur@example.pl>", "Odp: Termin 21 września 2025", "general", "",
"""Dzień dobry,

dziękujemy, że Pani trzyma dla nas ten termin. Czy można umówić
spotkanie w sali w któryś piątek po 17? Chcielibyśmy przyjść z rodzicami
i zobaczyć też ogród.

Klaudia

W dniu 03.06.2024 o 11:27, Sala Bankietowa Magnolia <rezerwacje@salamagnolia.example> pisze:
> Dzień dobry,
> sobota 21 września 2025 jest jeszcze wolna. Możemy wstępnie zablokować
> termin na 7 dni.
> Pozdrawiam,
> Ewelina"""),
("pl", "b64-pilne-sobota-godziny", "Aga Michalak <aga.michalak@example.pl>", "PILNE", "general", "",
"""PILNE!!! Do ktorej jestescie otwarci w sobote?? Musze odebrac
muszki dla swiadkow, a pracuje do 14"""),
("pl", "b64-dziadek-podziekowanie-konsultantka", "Zdzisław Kołodziej <zdzislaw.kolodziej@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

jestem dziadkiem panny młodej z wesela w Kazimierzu 1 czerwca. Chciałem
podziękować za opiekę konsultantki Pani Renaty. Przez cały dzień
pilnowała, żebym miał gdzie usiąść, a gdy się źle poczułem od upału,
przyniosła wodę i zawiozła mnie do hotelu. Jestem wdzięczny. Proszę jej
to przekazać.

Zdzisław Kołodziej"""),
("pl", "b64-praca-makijazystka-portfolio", "Nikola Zielińska <nikola.zielinska@example.pl>", "Współpraca - makijaż ślubny", "general", "",
"""Dzień dobry,

jestem wizażystką z 5-letnim doświadczeniem w makijażu ślubnym i
okolicznościowym, pracuję w Poznaniu i okolicach. Czy szukacie osób do
współpracy na sezon 2025? W załączniku przesyłam portfolio i CV.

Pozdrawiam,
Nikola Zielińska"""),
("pl", "b64-kierowca-auta-do-slubu-kierownik", "Grzegorz Wysocki <grzegorz.wysocki@example.pl>", "Skandaliczne zachowanie kierowcy", "general", "high",
"""Dzień dobry,

kierowca zabytkowego auta, które wynajęliśmy do ślubu 8 czerwca, przez
cały dzień był opryskliwy. Kazał świadkowi "nie pchać się z tymi
kwiatami", palił przy aucie przy gościach, a mojej teściowej, która
wolniej wsiadała, powiedział, żeby "się pospieszyła, bo nie ma całego
dnia". Żona przepłakała pół drogi do sali.

Żądam rozmowy z kierownikiem firmy. Proszę o telefon: 605 555 219.

Grzegorz Wysocki"""),
("pl", "b64-otwarta-studzienka-sciezka-namiot", "Lucyna Adamska <lucyna.adamska@example.pl>", "Niebezpieczna ścieżka do namiotu", "general", "high",
"""Dzień dobry,

byłam gościem na weselu w Waszym ośrodku w sobotę. Na ścieżce z
parkingu do namiotu brakuje pokrywy studzienki - jest tylko przykryta
deską, po ciemku jej nie widać. Mój mąż wpadł w nią nogą i ma
skręconą kostkę, a chwilę później potknęła się jeszcze jedna pani w
szpilkach. Obsługa powiedziała, że "wiedzą". Proszę to zabezpieczyć,
zanim ktoś się poważnie połamie.

Lucyna Adamska"""),
]
