# batch145.py -- labelled test mails for the classifier, beauty and
# wellbeing businesses (day spas, massage chains, children's hair salons,
# men's grooming subscriptions, wig and hairpiece makers, tanning salons,
# nail bars).  Held out of the tree until the rules it measures are final:
# nothing is tuned or trained on these mails.  Covers escalation demands
# that keep their topic, legal threats and chargebacks, negations,
# Greeklish, subjects that say nothing or something else, replies quoting
# an earlier mail, plans ended or paused in unusual wording, business
# outages told by their consequences, safety hazards told calmly, praise,
# payment questions and everyday mail of all three queues, in English,
# Greek, Spanish and Polish (40 each, written separately, not translated).
# Same tuple format as batch12.py: (lang, slug, from, subject, queue,
# priority, body).
M += [
# ---------------- English ----------------
("en", "b145-spa-day-charged-twice", "Rachel Hennessy <rachel.hennessy@example.co.uk>", "Spa day for two", "billing", "",
"""Hi there,

I booked the Twilight Spa Day for two at your Harrogate spa for my mum's
birthday (booking HG-20417). My card statement shows two payments of
£178.00 on the same afternoon, a couple of minutes apart. I only booked
once and only got one confirmation email.

Could you refund the second one please?

Thanks,
Rachel"""),
("en", "b145-razor-box-late-husband", "Maureen Cole <maureen.cole@example.co.uk>", "Boxes for Geoffrey Cole", "billing", "",
"""Dear Sir or Madam,

My husband Geoffrey had a monthly shaving box from you. He passed away
in February and the boxes are still arriving, and £24.50 is still
coming out of our joint account each month. I would be grateful if you
could close his account and stop the payments. I do not know his
password, I am afraid.

Yours faithfully,
Maureen Cole"""),
("en", "b145-voucher-expired-last-week", "Sophie Adeyemi <sophie.adeyemi@example.com>", "Gift voucher", "billing", "",
"""Hiya, my partner got me a £120 voucher for you last Christmas and I
only just realised it ran out on the 14th. I know, I know. Is there any
chance it can be extended? Even for a month. I've been meaning to book
all year!"""),
("en", "b145-re-membership-baby", "Hannah Mulligan <hannah.mulligan@example.ie>", "Re: Your membership renewal", "billing", "",
"""Hi,

Thanks for the reminder below. I'd rather not renew for the full year
just now - the baby is due in six weeks and I won't be getting many
massages for a while! Can the membership be frozen for three or four
months instead and pick up again in the summer?

Hannah

> From: Serenity Rooms Membership <members@serenityrooms.example>
> Sent: 02 March
> Subject: Your membership renewal
>
> Dear Hannah, your Monthly Unwind membership (€59 per month) renews on
> 1 April for another 12 months. No action is needed if you would like
> to continue."""),
("en", "b145-gel-extensions-price", "Jade Whitmore <jade.whitmore@example.co.uk>", "Saturday appointment", "billing", "",
"""hi, I had gel extensions done at the Leicester branch on Saturday. Your
price list online and the girl on the phone both said £35, but I was
charged £48 at the till and when I asked she just said "that's the
price now". I've attached a screenshot of your website from this
morning which still says £35. Can I get the £13 back?
Jade"""),
("en", "b145-wig-deposit-small-claims", "Lorraine Beckett <lorraine.beckett@example.co.uk>", "Deposit - order WG-3310", "billing", "high",
"""To whom it may concern,

On 9 October I paid a deposit of £450 for a made-to-measure human hair
wig (order WG-3310), which I was told would be ready in eight to ten
weeks. It is now the end of February. I have phoned six times and been
promised a call back each time. Nobody has called.

I no longer want the wig. I require the deposit of £450 to be refunded
in full within 14 days of this email. If it is not, I will issue a
claim in the small claims court without further notice. I have kept
copies of the receipt and a log of every call.

Lorraine Beckett"""),
("en", "b145-tan-minutes-moving-galway", "Ciara Dunne <ciara.dunne@example.ie>", "leftover minutes", "billing", "",
"""Hello, I bought the 200 minute course at your Dundrum salon in January
and have about 120 minutes left. I'm moving down to Galway for work at
the end of the month and you've no salon there. Would ye refund the
unused minutes or at least part of them? It cost €95.
Thanks a million
Ciara"""),
("en", "b145-gst-invoice-wellness-day", "Accounts <accounts@vistara-softworks.example>", "Invoice for wellness day 21 Feb", "billing", "",
"""Dear Team,

We had booked the corporate wellness day for 18 of our employees at
your Whitefield, Bengaluru centre on 21 February and the payment of
Rs 1,62,000 was made through NEFT.

Kindly issue a proper GST invoice in the name of Vistara Softworks Pvt
Ltd with our GSTIN 29AAACV1234F1Z5 mentioned, as the receipt sent
earlier does not show the tax breakup. Our auditors are asking for the
same.

Regards,
Deepak Menon
Accounts Executive"""),
("en", "b145-massage-package-amex-dispute", "Brandon Reyes <brandon.reyes@example.com>", "Closed location / prepaid package", "billing", "high",
"""Hello,

I bought a 10-massage package for $780 at your Scottsdale location in
November. I used three. The location closed two weeks ago with a sign
on the door and nobody has told me anything. Your customer line just
rings out.

I want the 7 unused massages refunded ($546). If I don't hear back by
Friday I'm filing a dispute with American Express for the whole amount,
and I'm posting this to the Arizona Attorney General's consumer
complaint page as well.

Brandon Reyes"""),
("en", "b145-kids-salon-sibling-discount", "Kerry Lockwood <kerry.lockwood@example.co.uk>", "Question", "billing", "",
"""Hi, quick question - is the sibling discount still on? Last time I took
all three boys in together it was 10% off the second and third cut but
I can't see it on the website anymore. Thinking of booking them in
before school starts again. Kerry"""),
("en", "b145-grooming-box-downgrade", "Mitch O'Donnell <mitch.odonnell@example.com.au>", "Box", "billing", "",
"""G'day, can you drop me from the Premium box down to the Basic one from
next month? Honestly I don't use half the stuff, I've got a shelf full
of beard oil. $49 a month is a bit steep for what I need. Cheers, Mitch"""),
("en", "b145-refund-promised-manager", "Gillian Porter <gillian.porter@example.co.uk>", "Refund still not received - third time of asking", "billing", "high",
"""Dear Customer Services,

Your spa at Chester cancelled my hot stone massage on 3 January because
of a boiler problem. I was told on the day, on 10 January and again on
24 January that the £85 would be refunded "within five working days".
It has not been.

I am now asking for this to be passed to the spa manager or to whoever
is in charge of customer services. I would like a named person to
contact me, not another automated reply.

Gillian Porter
Booking ref CH-88014"""),
("en", "b145-wig-swap-not-refund", "Patricia Nwosu <patricia.nwosu@example.co.uk>", "Order 51870", "billing", "",
"""Hello,

I received the "Lena" lace front in honey blonde this week. It is
lovely quality but the colour is much too warm against my skin. I
don't want a refund, I'd just like to exchange it for the same style in
ash blonde if you have it. It hasn't been worn apart from trying it on
and the net cap is still on it. How do I send it back for the swap?

Many thanks,
Patricia"""),
("en", "b145-hairpiece-instalments", "Vikram Sethi <vikram.sethi@example.co.uk>", "Payment options", "billing", "",
"""Hi,

I'm interested in the non-surgical hair system you showed me at the
consultation in Slough, quoted at £1,150 including the first fitting.
Do you offer any way of paying it over a few months? And would the
monthly maintenance visits be a separate payment or could they go on
the same plan?

Best,
Vikram"""),
("en", "b145-app-login-not-billing", "Tom Sandhu <tom.sandhu@example.com>", "Account", "technical", "",
"""This isn't about my payment or anything, my direct debit is fine. I just
can't get into the app. It says "incorrect email or password" and when
I press forgot password the reset email never comes (checked spam,
checked junk). I've been a member for two years so it's definitely the
right email. iPhone 13 if that matters."""),
("en", "b145-sunbed-burning-smell", "Amy Fairclough <amy.fairclough@example.co.uk>", "Bed 4 at the Wigan salon", "technical", "high",
"""Hello,

Just so you're aware - I was on bed 4 at your Wigan salon this afternoon
and a few minutes in there was a smell like burning plastic. One of the
tubes above my legs flickered and then went off with a pop. I got out
and told the girl on the desk, who said it had "done that before" and
put a different customer in it about ten minutes later.

I'm fine, I wasn't hurt. I just don't think it should be used until
someone has looked at it.

Amy"""),
("en", "b145-kids-salon-tablets-down", "Nadia Kowalczyk <nadia@snipsnpigtails.example>", "Can't see any bookings", "technical", "high",
"""Hi,

We run three Snips & Pigtails salons on your booking system. Since
opening at 9 this morning all three front desks are stuck on a loading
circle. We can't see who's booked, we can't check anyone in and we
can't take card payments through the till integration. It's half term
so we're fully booked with children all day. We've had parents queueing
out of the door and we've already sent about twenty families home.

Please call me on 07700 900 315 as soon as you see this.

Nadia Kowalczyk
Owner"""),
("en", "b145-trimmer-swollen-charging", "Liam Gallagher <liam.gallagher@example.com>", "Trimmer that came in my March box", "technical", "high",
"""Hi,

The cordless trimmer from my March box got really hot while it was on
the charger last night, too hot to hold. I unplugged it and this
morning the casing has bulged out near the bottom and there's a gap
along the seam. I've put it outside on the patio on a plate for now.
Not sure what to do with it. Is it safe to put in the bin?

Liam"""),
("en", "b145-foot-spa-tingle", "Dorothy Ingram <dorothy.ingram@example.co.uk>", "Foot spa", "technical", "high",
"""Dear Sirs,

I bought the heated foot spa from your online shop in January. This
evening, when I put my hand into the water to test the temperature, I
felt a tingling, like a small electric shock, up to my wrist. I have
not used it since and it is unplugged.

My granddaughter says I should let you know straight away.

Mrs D. Ingram"""),
("en", "b145-booking-calendar-safari", "Ellie Marsh <ellie.marsh@example.co.uk>", "Can't book online", "technical", "",
"""Hi, the booking calendar won't load for me. I pick the Clifton spa and
the treatment and it just shows a grey box where the dates should be.
Safari on a MacBook. Tried it on my phone too, same thing. Is it down?"""),
("en", "b145-wig-clips-snapped", "Beverley Anand <beverley.anand@example.co.uk>", "Clips on my topper", "technical", "",
"""Hello,

Two of the four clips on the hair topper I bought from you in January
have snapped, both at the hinge. I've only had it three weeks and I
clip it in very carefully. It now slides back when I move my head. Can
the clips be replaced, or is this something you repair?

Kind regards,
Beverley"""),
("en", "b145-led-mask-not-charging", "Ananya Rao <ananya.rao@example.in>", "LED mask not charging", "technical", "",
"""Hello team,

I purchased the LED face mask from your Koramangala store two weeks
back. From yesterday it is not charging at all. The light on the
charger is coming but the mask shows no light and does not switch on.
I have tried with another USB adapter also. Kindly advise what to do.

Thanks and regards,
Ananya Rao"""),
("en", "b145-app-books-wrong-branch", "Marcus Webb <marcus.webb@example.co.uk>", "App keeps changing my branch", "technical", "",
"""Every time I book through the app it puts me in the Manchester city
centre branch even though I've set Salford Quays as my home branch. I
change it, it saves, I book, and it's back to Manchester on the
confirmation. Turned up at the wrong place last week. Android, latest
version of the app."""),
("en", "b145-uv-lamp-cuts-out", "Gemma Doyle <gemma.doyle@example.com>", "Lamp", "technical", "",
"""Hi, the LED nail lamp from your home gel kit keeps cutting out after
about 10 seconds instead of the 60 I set. The sensor light goes off and
on. Hands are definitely inside, I've tried without rings on too lol.
Polish stays tacky. Any ideas? Gemma x"""),
("en", "b145-massage-gun-dead", "Josh Kaminski <josh.kaminski@example.com>", "Massage gun", "technical", "",
"""Massage gun I bought from your store in Denver stopped working after 5
weeks. Charges to full (4 lights) then does nothing when I hit the
button. My legs are killing me after marathon training so this is not
great timing haha. What are my options under warranty?"""),
("en", "b145-re-ticket-trimmer-pairing", "Owen Price <owen.price@example.co.uk>", "Re: Your ticket #4471", "technical", "",
"""Tried all that, still no luck. It shows up in Bluetooth for a second
then disappears and the app says "device not found".

Owen

> Hi Owen, thanks for getting in touch. Please try the following: hold
> the power button for 10 seconds to reset the trimmer, delete it from
> your phone's Bluetooth list, then open the app and choose Add device.
> Let us know if this helps.
> Grooming Club Support"""),
("en", "b145-wax-heater-lukewarm", "Priya Chauhan <priya@polishedbypriya.example>", "Wax heater", "technical", "",
"""Hello,

I bought the 1 litre pro wax heater from you last month for my nail
and beauty room. The wax never gets past lukewarm, even on the top
setting after an hour, so it won't spread properly. The dial light comes
on. Is the thermostat faulty? I've had to use my old one in the
meantime.

Priya
Polished by Priya"""),
("en", "b145-stephens-day-hours", "Aoife Brennan <aoife.brennan@example.ie>", "Opening", "general", "",
"""Hi, are ye open on St Stephen's Day? Want to bring my sister in for a
massage as a treat, she's home from Sydney. Thanks, Aoife"""),
("en", "b145-thanks-priya-bristol", "Janet Okafor <janet.okafor@example.co.uk>", "Thank you", "general", "",
"""Hello,

I just wanted to say thank you to Priya at the Bristol spa. I came in
on Tuesday for a pregnancy massage and I was very anxious, as it is my
first since losing a baby last year. She was so gentle and calm and she
talked me through everything. I left feeling like a different person.

Please pass this on to her and her manager.

Janet"""),
("en", "b145-ring-left-in-locker", "Sarah Levene <sarah.levene@example.co.uk>", "Locker 42", "general", "",
"""Hello, I think I left my rings in locker 42 at your Covent Garden spa
yesterday afternoon - a plain gold wedding band and an engagement ring
with a small sapphire. I put them on the shelf at the top. Has anyone
handed them in? I'm in a bit of a state about it.

Sarah Levene
07700 900 481"""),
("en", "b145-tanning-staff-mocked-manager", "Natalie Brooks <natalie.brooks@example.com>", "Your staff at Deansgate", "general", "high",
"""I went into your Deansgate salon on Thursday evening to book a course.
The two girls on reception were laughing at my skin (I have vitiligo)
and one of them said, loud enough for the other customers to hear, that
"there's no point, you'll just look patchy anyway". I walked out.

I am not looking for a free session. I want this dealt with by the area
manager, and I want to know what training your staff get. Please give
me the name and contact details of the person above the salon manager.

Natalie Brooks"""),
("en", "b145-plunge-pool-tile-cut", "Graham Whitfield <graham.whitfield@example.co.uk>", "Plunge pool", "general", "high",
"""Good evening,

We visited your spa at Stratford on Sunday as a family. One of the tiles
on the edge of the cold plunge pool is cracked and a piece is sticking
up with a sharp edge. My son (11) caught his foot on it and needed a
plaster and a fair bit of pressure to stop the bleeding. He is fine
now.

I mentioned it to the lifeguard, who said he'd report it, but I noticed
nothing was put round it before we left. I would rather it was fixed
before someone younger goes into it.

Graham Whitfield"""),
("en", "b145-new-email-address", "Fiona Garvey <fiona.garvey@example.co.uk>", "New email", "general", "",
"""Hi, could you change the email on my account from fiona.garvey@example.net
to this one please? My old work address will stop working at the end of
the week. Same name, same phone number. Thanks, Fiona"""),
("en", "b145-data-request-ico", "Daniel Reeve <daniel.reeve@example.co.uk>", "Subject access request - second time", "general", "high",
"""Dear Data Protection Officer,

On 4 January I made a subject access request asking for all personal
data your salons hold about me, including the skin type notes and
photos taken at my consultation. You acknowledged it on 6 January. It
is now more than two months later and I have received nothing.

If I do not receive a full response within seven days, I will complain
to the Information Commissioner's Office.

Daniel Reeve
Client no. 300217"""),
("en", "b145-under10s-sponsorship", "Steve Tranter <steve.tranter@example.co.uk>", "Sponsorship?", "general", "",
"""Hi,

I coach the under 10s at Moorlands Juniors FC. A lot of our lads go to
your Cheeky Chops salon on the high street and one of the mums
suggested we ask whether you'd be interested in sponsoring the kit for
next season. Your logo on the shirts, a mention on our Facebook page,
that sort of thing. Who would be the best person to speak to?

Cheers,
Steve Tranter"""),
("en", "b145-hen-party-prosecco", "Lauren Hughes <lauren.hughes@example.co.uk>", "Hen do!!", "general", "",
"""Hiya!! I'm organising my sister's hen in June and we'd love to come to
you for the afternoon. There'll be 12 of us. Is there a private room
big enough, can we bring our own prosecco and decorations, and is there
anywhere to get changed for the evening after? Lauren xx"""),
("en", "b145-urgent-bring-daughter", "Karen Sutcliffe <karen.sutcliffe@example.co.uk>", "URGENT!!!", "general", "",
"""URGENT - I have a pedicure booked for 2pm tomorrow at the Harlow nail
bar and my childminder has just cancelled. Can I bring my daughter
with me? She's 6 and will sit quietly with her tablet. Need to know
tonight if possible!!!"""),
("en", "b145-kids-salon-quiet-slot", "Rebecca Omondi <rebecca.omondi@example.co.uk>", "Haircut for my son", "general", "",
"""Hello,

My son is 7 and autistic. The noise of clippers and the hairdryers is
really hard for him and our last haircut ended in tears for both of
us. Do you offer quiet appointments, for example first thing before
other children arrive, and would the stylist be happy for him to sit
on my lap or hold his ear defenders?

Thank you,
Rebecca"""),
("en", "b145-childrens-alopecia-wigs", "Mandeep Gill <mandeep.gill@example.co.uk>", "Wigs for children", "general", "",
"""Hi,

Our daughter is 9 and has alopecia. She's been asking about a wig for
secondary school in September. Do you make wigs for children, and is
there a private room for the consultation? How long does it take from
the first appointment to having the wig?

Mandeep"""),
("en", "b145-therapist-on-phone", "Colin Barraclough <colin.barraclough@example.co.uk>", "Feedback on Saturday's massage", "general", "",
"""Hello,

I had a 60 minute deep tissue massage at the Leeds branch on Saturday.
Halfway through the therapist stepped out to take a phone call and was
gone for about five minutes, and when she came back she carried on
texting between strokes - I could hear the keyboard clicks.

I don't want my money back and I'm not after a freebie. I just think
the branch should know, because it spoiled what is usually a nice hour.

Colin Barraclough"""),
# ---------------- Greek ----------------
("el", "b145-gl-syndromi-xyrismatos-germania", "Nikos Alexiou <nikos.alexiou@example.gr>", "syndromh", "billing", "",
"""Kalhspera sas,
exw th mhniaia syndromh me ta kouti3 ksyrismatos (19,90 to mhna). Apo
ton Aprilio fevgw gia douleia sto Monaxo kai den 8a eimai Ellada gia
toulaxiston ena xrono. Parakalw stamathste th syndromh apo ton epomeno
mhna, den 8elw na mou erxontai koutia se adeio spiti.
Eyxaristw
Nikos Alexiou"""),
("el", "b145-xreosi-mi-emfanisis-akyrosi", "Σοφία Καραγιάννη <sofia.karagianni@example.gr>", "Χρέωση μη εμφάνισης", "billing", "",
"""Καλησπέρα σας,

Είχα ραντεβού για πεντικιούρ στο κατάστημα της Γλυφάδας την Πέμπτη 14/3
στις 18:00. Το ακύρωσα από την εφαρμογή την Τρίτη το πρωί, δηλαδή πάνω
από 48 ώρες πριν, και έχω το email ακύρωσης. Παρόλα αυτά μου χρεώθηκαν
15€ ως "χρέωση μη εμφάνισης" στην κάρτα.

Παρακαλώ να μου επιστραφούν.

Σοφία Καραγιάννη"""),
("el", "b145-timologio-dorokartas-etaireia", "Γιαννης Σταυρου <g.stavrou@stavrou-logistiki.example>", "Τιμολογιο για δωροκαρτες", "billing", "",
"""Καλημερα σας,

Αγορασαμε απο το site σας 8 δωροκαρτες των 70 ευρω για τους
συνεργατες του γραφειου μας (παραγγελια 40772), αλλα εκδοθηκε αποδειξη
λιανικης. Χρειαζομαστε τιμολογιο στα στοιχεια της εταιρειας:

ΣΤΑΥΡΟΥ ΛΟΓΙΣΤΙΚΗ ΙΚΕ
ΑΦΜ 801234567, ΔΟΥ Ζωγραφου
Παπαδιαμαντοπουλου 41, Αθηνα

Ευχαριστω,
Γιαννης Σταυρου"""),
("el", "b145-iris-i-metrita-paidiko-kommotirio", "Δέσποινα Μαυρίδου <despoina.mavridou@example.gr>", "Ερώτηση", "billing", "",
"""Γεια σας, θα φέρω τα δίδυμα για κούρεμα το Σάββατο στο κατάστημα της
Καλαμαριάς. Δέχεστε πληρωμή με IRIS ή μόνο κάρτα και μετρητά; Την
προηγούμενη φορά το POS δεν δούλευε και έψαχνα ΑΤΜ με δύο πεντάχρονα
στο χέρι :)"""),
("el", "b145-mitera-girokomeio-syndromi-masaz", "Ευάγγελος Πετρίδης <e.petridis@example.gr>", "Συνδρομή της κ. Ελένης Πετρίδου", "billing", "",
"""Αγαπητοί κύριοι,

Πέρσι χάρισα στη μητέρα μου, Ελένη Πετρίδου, τη μηνιαία συνδρομή
μασάζ στο κέντρο σας στο Χαλάνδρι, με χρέωση 55€ στη δική μου κάρτα.
Από την περασμένη εβδομάδα η μητέρα μου μένει σε μονάδα φροντίδας
ηλικιωμένων στην Κηφισιά και δυστυχώς δεν θα μπορεί να έρχεται πλέον.

Σας παρακαλώ να τερματίσετε τη συνδρομή και να μη γίνει η χρέωση του
Απριλίου. Σας ευχαριστούμε πολύ για τη φροντίδα σας όλο αυτό τον καιρό,
της έκανε πολύ καλό.

Με εκτίμηση,
Ευάγγελος Πετρίδης"""),
("el", "b145-perouka-doseis-pistotiki", "Αικατερίνη Λαμπράκη <a.lamprakh@example.gr>", "Πληρωμή περούκας", "billing", "",
"""Καλησπέρα,

Μετά τη συνάντηση στο εργαστήριό σας στη Θεσσαλονίκη αποφάσισα να
προχωρήσω με την περούκα από φυσική τρίχα που συζητήσαμε (1.380€).
Μπορώ να την πληρώσω σε άτοκες δόσεις με πιστωτική κάρτα; Αν ναι, σε
πόσες; Και η προκαταβολή πρέπει να δοθεί ολόκληρη μπροστά ή μπαίνει
κι αυτή στις δόσεις;

Ευχαριστώ,
Κατερίνα Λαμπράκη"""),
("el", "b145-gl-solarium-paketo-trapeza", "Marina Kyriakou <marina.k@example.gr>", "paketo solarium", "billing", "high",
"""Kalhmera.
Plhrwsa 120e ton Ianouario gia paketo 20 sunedriwn sto solarium sas sto
Peristeri. Exw kanei mono 6. Apo ton Fevrouario allaksate to wrario kai
kleinete stis 5 to apogeuma, enw egw sxolaw stis 6, opote den mporw na
erthw pote. Zhthsa 3 fores na mou epistrepsete ta xrhmata gia tis 14
sunedries pou emeinan kai to magazi mou leei "den ginetai".
An den exw apanthsh mexri th Deytera 8a kanw amfisvhthsh ths xrewshs
sthn trapeza mou.
Marina Kyriakou"""),
("el", "b145-prokatavoli-peroukas-synigoros", "Ιωάννα Ζερβού <ioanna.zervou@example.gr>", "Ακύρωση παραγγελίας περούκας - προκαταβολή 600€", "billing", "high",
"""Κύριοι,

Στις 5 Φεβρουαρίου πλήρωσα προκαταβολή 600€ για κατά παραγγελία
περούκα. Στις 7 Φεβρουαρίου, δύο μέρες μετά και πριν ληφθούν καν οι
μετρήσεις, ακύρωσα την παραγγελία γραπτώς για προσωπικούς λόγους. Μου
απαντήσατε ότι η προκαταβολή "δεν επιστρέφεται", κάτι που δεν
αναφερόταν πουθενά στην απόδειξη ούτε μου ειπώθηκε προφορικά.

Ζητώ την επιστροφή των 600€ μέσα σε 10 ημέρες. Διαφορετικά θα
απευθυνθώ στον Συνήγορο του Καταναλωτή και θα προχωρήσω νομικά.

Ιωάννα Ζερβού"""),
("el", "b145-spa-diplokratisi-ypefthynos", "Θανάσης Κουτσούκος <thanasis.koutsoukos@example.gr>", "Επιστροφή χρημάτων - θέλω να μιλήσω με υπεύθυνο", "billing", "high",
"""Καλησπέρα.

Για την επέτειό μας κλείσαμε και πληρώσαμε 240€ για πακέτο spa για δύο
στο ξενοδοχείο σας στη Χαλκιδική. Όταν φτάσαμε, μας είπαν ότι η ώρα
είχε δοθεί και σε άλλο ζευγάρι και ότι δεν υπήρχε καμία άλλη
διαθέσιμη μέχρι να φύγουμε. Μας υποσχέθηκαν επιστροφή "σε λίγες μέρες".
Έχουν περάσει πέντε εβδομάδες.

Δεν θέλω άλλο email από τη γενική διεύθυνση. Θέλω να με πάρει τηλέφωνο
ο υπεύθυνος του spa ή κάποιος ανώτερος, σήμερα.

Θανάσης Κουτσούκος
6944 000 218"""),
("el", "b145-gl-epistrofi-kremas-kleisto", "Stelios P. <stelios.p@example.gr>", "koutaki Martiou", "billing", "",
"""Geia,
sto kouti tou Martiou hr8e mia krema ksyrismatos gia euaisthhto derma
alla egw exw hdh 2 apo ton Fevrouario. Einai kleisth, me th zelatina.
Mporw na thn epistrepsw kai na parw kati allo h na mou ginei ekptwsh
ston epomeno mhna?
Stelios"""),
("el", "b145-ypoloipo-dorokartas", "Ρένα Ντόκου <rena.ntokou@example.gr>", "Δωροκάρτα", "billing", "",
"""Καλημέρα! Είχα μια δωροκάρτα 150€ και χρησιμοποίησα ένα μέρος της για
μανικιούρ και φρύδια τον Ιανουάριο. Πώς μπορώ να δω πόσο υπόλοιπο
έμεινε; Στο site δεν βρίσκω πουθενά τέτοια επιλογή.
Ρένα"""),
("el", "b145-re-ananeosi-den-thelo-epistrofi", "Μιχάλης Γεωργίου <m.georgiou@example.gr>", "Re: Η ετήσια συνδρομή σας ανανεώνεται", "billing", "",
"""Καλησπέρα,

Δεν ζητάω επιστροφή για φέτος, χρησιμοποίησα κανονικά το γυμναστήριο
και το χαμάμ και ήμουν ευχαριστημένος. Απλώς δεν θέλω να ανανεωθεί
αυτόματα στις 30 του μήνα. Μπορείτε να το απενεργοποιήσετε;

Μιχάλης

> Αγαπητέ κύριε Γεωργίου,
> σας υπενθυμίζουμε ότι η ετήσια συνδρομή σας στο Aqua Wellness
> Μαρούσι (480€) ανανεώνεται αυτόματα στις 30/4 με χρέωση της κάρτας
> που έχετε καταχωρίσει."""),
("el", "b145-gl-timi-imimonimo-anevike", "Dimitra Kalogeropoulou <dimitra.kal@example.gr>", "timh", "billing", "",
"""Kalhspera, giati to hmimonimo sta xeria anevike apo 18 se 22 euro xwris
na mas peite tipota? Hmouna sto magazi sths Patras to Savvato kai to
eida mono sthn apodeiksh. Exw karta pistou pelath, den isxyei h palia
timh gia emas?
Dhmhtra"""),
("el", "b145-gl-app-kollaei-oxi-pliromi", "Kostas Vlachos <kostas.vlachos@example.gr>", "efarmogh", "technical", "",
"""Kalhmera, den exw 8ema me thn plhrwmh, h syndromh mou trexei kanonika.
To provlima einai oti h efarmogh kollaei sthn arxikh o8onh me to logo
kai meta kleinei monh ths. Ekana diagrafh kai ksana egkatastash, tipota.
Samsung A54, Android 14.
Kwstas"""),
("el", "b145-solarium-spinthires-pinakas", "Χρύσα Νικολάου <chrysa.nikolaou@example.gr>", "Καμπίνα 2, Ηράκλειο", "technical", "high",
"""Καλησπέρα σας,

Θέλω να σας ενημερώσω ότι σήμερα το απόγευμα, στο κατάστημά σας στο
Ηράκλειο, πάτησα το κουμπί έναρξης στο πάνελ της καμπίνας 2 και
πετάχτηκαν δυο τρεις σπίθες από το πλάι του πάνελ, με ένα ξερό
τσακ. Δεν έπαθα τίποτα. Η κοπέλα στη ρεσεψιόν έκλεισε το μηχάνημα,
αλλά μου είπε ότι "συμβαίνει καμιά φορά με την υγρασία".

Νομίζω ότι πρέπει να το δει ηλεκτρολόγος πριν ξαναχρησιμοποιηθεί.

Χρύσα Νικολάου"""),
("el", "b145-nail-bar-tameiaki-kratiseis", "Νάνσυ Ραφαηλίδου <nancy@nailstudio-nancy.example>", "Σήμερα", "technical", "high",
"""Καλημέρα,

Από τις 10 το πρωί, στα δύο καταστήματά μας (Πειραιάς και Νίκαια) το
πρόγραμμα κρατήσεων δεν ανοίγει, βγάζει μόνο λευκή σελίδα. Δεν ξέρουμε
ποια πελάτισσα έρχεται πότε, οι τεχνίτριες κάθονται, οι πελάτισσες
περιμένουν όρθιες και δεν μπορούμε να κόψουμε αποδείξεις γιατί η
ταμειακή είναι συνδεδεμένη με το ίδιο σύστημα. Έχουμε ήδη διώξει
πελάτισσες.

Παρακαλώ καλέστε με στο 6977 000 541.

Νάνσυ Ραφαηλίδου"""),
("el", "b145-gl-pistolaki-kapnos", "Vaso Tsiami <vaso.tsiami@example.gr>", "pistolaki mallia", "technical", "high",
"""Kalhspera,
to pistolaki pou agorasa apo to eshop sas prin ena mhna shmera evgale
ligo kapno apo to piso meros kai myrize kammeno plastiko. To esvhsa kai
to ksebranxwsa amesws. H sxara apo pisw exei kitrinisei. Den to
ksanavazw sto reyma. Ti prepei na kanw?
Vasw"""),
("el", "b145-polythrona-masaz-thorivos", "Παναγιώτης Αθανασίου <p.athanasiou@example.gr>", "Πολυθρόνα μασάζ", "technical", "",
"""Καλησπέρα,

Η πολυθρόνα μασάζ που αγοράσαμε από το κατάστημά σας τον Νοέμβριο έχει
αρχίσει να κάνει έναν δυνατό θόρυβο σαν τρίξιμο γραναζιών όταν
δουλεύει το πρόγραμμα για την πλάτη, και χθες σταμάτησε στη μέση και
δεν κουνιέται πια. Το πρόγραμμα για τα πόδια δουλεύει κανονικά.

Είναι στην εγγύηση. Πώς προχωράμε;

Παναγιώτης Αθανασίου
Λάρισα"""),
("el", "b145-den-erxetai-sms-epivevaiosis", "Αννα Χατζη <anna.chatzi@example.gr>", "SMS επιβεβαιωσης", "technical", "",
"""Καλημερα,
κλεινω ραντεβου απο το site σας για μασαζ αλλα δεν μου ερχεται ποτε
το SMS επιβεβαιωσης, ουτε email. Το κινητο ειναι σωστο. Στο τελος η
σελιδα λεει "επιτυχης κρατηση" αλλα δεν ξερω αν οντως εχω ραντεβου.
Ευχαριστω
Αννα"""),
("el", "b145-synthetiki-perouka-frizarei", "Μαρία Σιδηροπούλου <maria.sidiropoulou@example.gr>", "Περούκα μετά το πρώτο λούσιμο", "technical", "",
"""Καλησπέρα σας,

Πριν τρεις εβδομάδες αγόρασα τη συνθετική περούκα "Αθηνά" από το
κατάστημά σας. Την έλουσα μία φορά, όπως λένε οι οδηγίες, με κρύο νερό
και το σαμπουάν που μου δώσατε. Από τότε οι άκρες έχουν φριζάρει και
μπερδεύονται σαν βαμβάκι και δεν στρώνουν με τίποτα.

Είναι ελαττωματική ή έκανα κάτι λάθος; Μπορείτε να τη δείτε;

Μαρία"""),
("el", "b145-gl-ksyristiki-den-fortizei", "Thodoris Giannakis <thodoris.g@example.gr>", "ksyristikh", "technical", "",
"""Geia sas, h hlektrikh ksyristikh pou hr8e me to paketo ypodoxhs den
fortizei. Otan th vazw sto kalwdio anavei to lampaki gia 2 deuterolepta
kai meta svhnei. Dokimasa kai allo fortisth. Mporeite na mou steilete
allh?"""),
("el", "b145-thermaino-stroma-kammeno", "Ελπίδα Μουρατίδου <elpida@therapeia-studio.example>", "Θερμαινόμενο στρώμα κρεβατιού μασάζ", "technical", "high",
"""Καλησπέρα σας,

Στο στούντιο που διατηρώ στην Καβάλα χρησιμοποιώ το θερμαινόμενο
στρώμα που σας αγόρασα τον Δεκέμβριο, πάνω στο κρεβάτι μασάζ. Σήμερα,
όταν άλλαξα τα σεντόνια, είδα ότι σε ένα σημείο κοντά στο καλώδιο το
ύφασμα είναι καφετί και καμένο και το σημείο ήταν πολύ πιο ζεστό από
το υπόλοιπο.

Το έχω βγάλει από την πρίζα και δεν το χρησιμοποιώ. Σας στέλνω
φωτογραφίες.

Ελπίδα Μουρατίδου"""),
("el", "b145-re-lampa-uv-den-doulepse", "Ζωή Παπαθανασίου <zoi.papathanasiou@example.gr>", "Re: Αίτημα #2219", "technical", "",
"""Δυστυχώς δεν δούλεψε. Έκανα επαναφορά όπως μου γράψατε, αλλά η λάμπα
ανάβει για λίγα δευτερόλεπτα και μετά σβήνει πάλι, και το τζελ μένει
κολλώδες.

Ζωή

> Καλησπέρα κυρία Παπαθανασίου,
> παρακαλούμε κρατήστε πατημένο το κουμπί 120s για 10 δευτερόλεπτα
> ώστε να γίνει επαναφορά της λάμπας και δοκιμάστε ξανά.
> Με εκτίμηση, Τμήμα Εξυπηρέτησης"""),
("el", "b145-qr-karta-melous-eisodos", "Λευτέρης Μπούρας <lefteris.bouras@example.gr>", "Η κάρτα μέλους δεν περνάει", "technical", "",
"""Γεια σας. Το QR της ψηφιακής κάρτας μέλους στην εφαρμογή δεν
σκανάρεται στην είσοδο του σπα στη Θεσσαλονίκη εδώ και μια εβδομάδα.
Ο σαρωτής βγάζει κόκκινο και πρέπει κάθε φορά η ρεσεψιόν να με
περνάει με το χέρι. Η κάρτα της γυναίκας μου δουλεύει κανονικά.

Λευτέρης"""),
("el", "b145-gl-site-den-anoigei-kinito", "Georgia Lazarou <georgia.lazarou@example.gr>", "site", "technical", "",
"""To site sas den anoigei apo to kinhto, mono leukh selida. Apo to laptop
anoigei. Exw iPhone 12 me Safari, to dokimasa kai me Chrome. 8elw na
kleisw gia nyxia Paraskevh.."""),
("el", "b145-atmistiras-prosopou-trexei-nero", "Σταυρούλα Δήμου <stavroula.dimou@example.gr>", "Ατμιστήρας προσώπου", "technical", "",
"""Καλημέρα σας,
ο ατμιστήρας προσώπου που αγόρασα από το e-shop σας στάζει νερό από
τη βάση μόλις τον γεμίσω, πριν καν τον ανάψω. Το νερό είναι μέχρι τη
γραμμή, όχι παραπάνω. Είναι καινούργιος, δύο εβδομάδων.
Σταυρούλα Δήμου"""),
("el", "b145-gl-kodikos-otp-den-erxetai", "Manos Fragkos <manos.fragkos@example.gr>", "kwdikos", "technical", "",
"""Kalhspera, prospa8w na syndethw sto logariasmo mou gia na dw ta
rantevou mou kai zhtaei kwdiko mias xrhshs me SMS. To SMS den erxetai
pote. Patisa "apostolh ksana" 5 fores. To noumero einai to idio edw kai
xronia.
Manos"""),
("el", "b145-gl-orario-15-avgoustou", "Eleni Mpakou <eleni.mpakou@example.gr>", "Dekapentaygoustos", "general", "",
"""Geia sas! 8a eiste anoixta sto spa sto Lagonisi sto 15 Avgoustou? An
nai, ti wres? Thanks!"""),
("el", "b145-efxaristo-kommotria-fovismeno-paidi", "Κατερίνα Αντωνίου <katerina.antoniou@example.gr>", "Ένα μεγάλο ευχαριστώ", "general", "",
"""Καλησπέρα σας,

Θέλω να ευχαριστήσω πολύ την κυρία Βούλα από το παιδικό κομμωτήριο
στο Παγκράτι. Ο γιος μου ο Στέφανος, 4 χρονών, φοβάται πολύ τα ψαλίδια
και στα δύο προηγούμενα κομμωτήρια δεν καθόταν καν στην καρέκλα. Η
κυρία Βούλα τον άφησε να "κουρέψει" πρώτα ένα λούτρινο, του έδειξε
κάθε εργαλείο και τελικά κουρεύτηκε γελώντας.

Να της το πείτε, σας παρακαλώ. Θα σας ξαναέρθουμε σίγουρα.

Κατερίνα Αντωνίου"""),
("el", "b145-gl-gyalia-sto-spa", "Babis Theodorou <babis.theodorou@example.gr>", "gyalia", "general", "",
"""Kalhspera, to Savvato 8/3 hmoun sto spa sas sth Vouliagmenh kai
nomizw ksexasa ta gyalia mou (myopias, mauros skeletos Ray-Ban se kafe
8hkh) sto xwro me tis ksaplwstres dipla sthn pisina. Ta vrhkate?
Mpamphs 6932 000 417"""),
("el", "b145-therapeftis-sxolia-diefthyntis", "Αλεξάνδρα Ρήγα <alexandra.riga@example.gr>", "Συμπεριφορά θεραπευτή στο κατάστημα Κολωνακίου", "general", "high",
"""Κύριοι,

Την Τετάρτη 12/3 έκανα μασάζ 50 λεπτών στο κατάστημά σας στο Κολωνάκι.
Ο θεραπευτής έκανε κατά τη διάρκεια σχόλια για το σώμα μου που με
έφεραν σε πολύ άβολη θέση και, όταν του ζήτησα να σταματήσει, συνέχισε
λέγοντας ότι "αστειεύεται". Έφυγα πριν τελειώσει η συνεδρία.

Δεν με ενδιαφέρει δωρεάν συνεδρία. Ζητώ να επικοινωνήσει μαζί μου ο
διευθυντής της αλυσίδας ή ο υπεύθυνος προσωπικού και να μάθω τι θα
γίνει με τον συγκεκριμένο εργαζόμενο.

Αλεξάνδρα Ρήγα"""),
("el", "b145-spasmeno-skalopati-eisodos", "Γεώργιος Μανωλάκης <g.manolakis@example.gr>", "Σκαλοπάτι στην είσοδο", "general", "high",
"""Καλημέρα σας,

Στο κατάστημα νυχιών σας στην Ερμού, το δεύτερο σκαλοπάτι της εισόδου
έχει σπάσει στην άκρη και κουνιέται όταν το πατάς. Χθες η σύζυγός μου
παραλίγο να πέσει με το παιδί στην αγκαλιά. Δεν υπάρχει καμία σήμανση
ή ταινία. Το είπαμε στην κοπέλα μέσα, αλλά είπε ότι ανήκει στον
ιδιοκτήτη του κτιρίου.

Σας το γράφω για να το φτιάξετε ή να το σημάνετε πριν χτυπήσει κάποιος
ηλικιωμένος.

Γιώργος Μανωλάκης"""),
("el", "b145-allagi-tilefonou", "Σταματια Κοντου <stamatia.kontou@example.gr>", "Αλλαγη τηλεφωνου", "general", "",
"""Καλησπερα σας, αλλαξα αριθμο κινητου. Ο καινουργιος ειναι 6981 000 332.
Παρακαλω ενημερωστε την καρτελα μου στο κομμωτηριο της Νεας Σμυρνης
για να μου ερχονται οι υπενθυμισεις των ραντεβου.
Σταματια Κοντου"""),
("el", "b145-diagrafi-dedomenon-arxi", "Κωνσταντίνος Δρόσος <k.drosos@example.gr>", "Αίτημα διαγραφής - δεύτερη υπενθύμιση", "general", "high",
"""Προς τον Υπεύθυνο Προστασίας Δεδομένων,

Στις 10 Ιανουαρίου σας ζήτησα γραπτώς να διαγράψετε όλα τα προσωπικά
μου δεδομένα, μαζί με τις φωτογραφίες "πριν και μετά" από τις
θεραπείες αποτρίχωσης, και να μην τις χρησιμοποιείτε στα μέσα
κοινωνικής δικτύωσης. Δεν έχω λάβει καμία απάντηση, και μία από τις
φωτογραφίες εμφανίζεται ακόμα στη σελίδα σας.

Αν δεν ολοκληρωθεί η διαγραφή μέσα σε 7 ημέρες, θα υποβάλω καταγγελία
στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα.

Κωνσταντίνος Δρόσος"""),
("el", "b145-lachnos-sxoliki-giorti", "Σύλλογος Γονέων 3ου Δημ. Σχολείου Βύρωνα <syllogos.3dimvyrona@example.gr>", "Χριστουγεννιάτικο παζάρι", "general", "",
"""Αγαπητοί,

Ο Σύλλογος Γονέων του 3ου Δημοτικού Σχολείου Βύρωνα διοργανώνει
χριστουγεννιάτικο παζάρι με λαχειοφόρο αγορά στις 14 Δεκεμβρίου, και
τα έσοδα θα πάνε στη βιβλιοθήκη του σχολείου. Θα θέλατε να
συμμετάσχετε προσφέροντας ένα δώρο για τα λαχεία (π.χ. μια περιποίηση
στο spa σας); Θα αναφέρουμε το όνομά σας στις αφίσες και στη σελίδα
μας.

Με εκτίμηση,
Για το ΔΣ,
Ρούλα Καμπούρη"""),
("el", "b145-bachelorette-idiotikos-xoros", "Ιφιγένεια Σαββίδου <ifigeneia.savvidou@example.gr>", "Bachelorette", "general", "",
"""Γειααα! Παντρεύεται η κολλητή μου τον Ιούνιο και θέλουμε να έρθουμε
6 κορίτσια για νύχια και χαλάρωση ένα Σάββατο απόγευμα. Έχετε κάποιον
χώρο που να είμαστε μόνες μας; Μπορούμε να φέρουμε τούρτα και μπαλόνια;
Ιφιγένεια"""),
("el", "b145-gl-epeigon-gynaika-therapeftria", "Tasoula Makri <tasoula.makri@example.gr>", "EPEIGON!!!", "general", "",
"""EPEIGON!! Exw rantevou gia masaz ayrio stis 11 sthn Kifisia kai eida
sto email oti einai me antra 8erapeuth. Mporw na to allaksw se gynaika?
Den exw 8ema me thn wra, opoia wra 8elete.
Tasoula"""),
("el", "b145-proto-kourema-moro", "Βασιλική Τσολάκη <vasiliki.tsolaki@example.gr>", "Πρώτο κούρεμα", "general", "",
"""Καλησπέρα,
η κόρη μας κλείνει τα 2 τον επόμενο μήνα και θα θέλαμε να κάνει το
πρώτο της κούρεμα σε εσάς. Δέχεστε τόσο μικρά παιδάκια; Ακούσαμε ότι
δίνετε και ένα πιστοποιητικό με μια τουφίτσα, ισχύει;
Βασιλική"""),
("el", "b145-solarium-ilikia-typos-dermatos", "Άρης Κωνσταντινίδης <aris.konstantinidis@example.gr>", "Πληροφορίες για solarium", "general", "",
"""Καλησπέρα σας,

Η κόρη μου είναι 16 χρονών και θέλει να κάνει solarium πριν από τον
χορό του σχολείου. Επιτρέπεται σε ανήλικους στα καταστήματά σας;
Κάνετε κάποια αξιολόγηση του τύπου δέρματος πριν την πρώτη φορά;

Ευχαριστώ,
Άρης Κωνσταντινίδης"""),
("el", "b145-gl-reseptionistria-agenis", "Fotini Alexandraki <fotini.al@example.gr>", "thlefwno", "general", "",
"""Kalhmera, 8elw apla na sas pw oti xtes pou phra thlefwno sto spa ths
Glyfadas gia na rwthsw kati gia to rantevou mou, h kopela sthn
reseption htan poly agenhs, mou milouse apotoma kai sto telos mou
ekleise to thlefwno. Den 8elw kamia apozhmiwsh, eimai pelatissa
xronia, aplws na to kserete.
Fwteinh"""),
# ---------------- Spanish ----------------
("es", "b145-cuota-cobrada-congelada", "Marta Ibáñez <marta.ibanez@example.es>", "Cuota de marzo", "billing", "",
"""Hola,

Tengo la membresía mensual de masajes en el centro de Chamberí y en
febrero pedí congelarla durante marzo y abril porque me operan de la
rodilla. En recepción me dijeron que quedaba congelada, pero el día 1
me habéis cobrado los 49 € de marzo igualmente.

¿Me podéis devolver ese cargo y confirmar que abril tampoco se cobra?

Gracias,
Marta Ibáñez"""),
("es", "b145-suscripcion-rastrillos-barba", "Rodrigo Salinas <rodrigo.salinas@example.com.mx>", "Mi caja mensual", "billing", "",
"""Qué tal, buenas tardes.

Les escribo porque decidí dejarme crecer la barba y ya no voy a
necesitar los rastrillos ni la espuma de la caja mensual de $399. No
quiero cancelar para siempre, a lo mejor en unos meses me la quito,
pero por ahora ¿pueden pausar los envíos y los cobros?

Saludos,
Rodrigo"""),
("es", "b145-sena-peluca-cuotas", "Graciela Ferreyra <graciela.ferreyra@example.com.ar>", "Consulta por pago", "billing", "",
"""Buenas tardes, me comunico por la peluca de cabello natural que me
presupuestaron en el local de Palermo, $1.850.000. Quería saber si se
puede pagar en cuotas sin interés con tarjeta, y si la seña del 30% la
puedo pagar por Mercado Pago o tiene que ser en efectivo en el local.
Muchas gracias.
Graciela Ferreyra"""),
("es", "b145-factura-nif-centro-estetica", "Centro Estetica Lucia <info@esteticalucia.example>", "factura pedido 18822", "billing", "",
"""Buenos dias,

Hicimos el pedido 18822 de material para el centro (esmaltes, limas y
dos lamparas) y la factura ha salido a nombre de mi hermana, que fue
quien pago con su tarjeta. Necesitamos que se emita a nombre del centro:

Estetica Lucia S.L.
NIF B12345678
C/ Mayor 14, 46001 Valencia

Un saludo,
Lucia Ferrer"""),
("es", "b145-pedido-devolucion-kit-unas", "Valentina Ospina <valentina.ospina@example.com.co>", "Pedido 20931", "billing", "",
"""Hola, buenas. Me llegó el pedido 20931 pero me equivoqué y pedí dos
veces el kit de uñas acrílicas ($189.000). Uno está sin abrir, todavía
con el plástico. ¿Cómo hago para devolverlo y que me reintegren la
plata a la tarjeta?
Mil gracias,
Valentina"""),
("es", "b145-bono-spa-caducado-obras-consumo", "Francisco Javier Montero <fj.montero@example.es>", "Bono regalo caducado por vuestras obras", "billing", "high",
"""Buenas tardes:

Me regalaron un bono de circuito spa para dos personas por valor de
110 € con caducidad el 31 de enero. Intenté reservar en diciembre y en
enero y me dijeron que el spa estaba cerrado por obras. Ahora que ha
reabierto me dicen que el bono está caducado y que no se puede hacer
nada.

No es culpa mía que no pudiera usarlo. Si en el plazo de diez días no
me lo amplían o me devuelven el importe, presentaré una hoja de
reclamaciones y una denuncia en la Oficina Municipal de Información al
Consumidor.

Francisco Javier Montero"""),
("es", "b145-membresia-cancelada-contracargo-profeco", "Adriana Villaseñor <adriana.villasenor@example.com.mx>", "COBRO DESPUÉS DE CANCELAR", "billing", "high",
"""Buenas tardes,

Cancelé mi membresía del spa de Polanco el 28 de febrero, tengo el
correo de confirmación de la cancelación. Aun así el 5 de marzo me
cobraron $1,450 pesos otra vez.

Ya hablé dos veces con su centro de atención y me dicen que "se está
revisando". Si no me devuelven el dinero esta semana voy a solicitar
el contracargo con mi banco y voy a poner la queja en Profeco.

Adriana Villaseñor"""),
("es", "b145-bronceado-no-hecho-encargada", "Noelia Cabrera <noelia.cabrera@example.es>", "Quiero hablar con la encargada", "billing", "high",
"""Hola.

El sábado 9 pagué 35 € por un bronceado con spray en vuestro centro de
Triana. Cuando pasé a la cabina la máquina no funcionaba y me dijeron
que volviera otro día, que me devolvían el dinero. Han pasado tres
semanas, he ido dos veces y cada vez me dicen que "la encargada no
está" y que ella es la única que puede hacer devoluciones.

Quiero que la encargada o alguien por encima de ella me llame y me
devuelva el dinero ya. Mi teléfono es 600 000 417.

Noelia Cabrera"""),
("es", "b145-precio-corte-infantil-subio", "Camila Rojas <camila.rojas@example.cl>", "precios", "billing", "",
"""Hola! Fui ayer con mi hijo al local de Ñuñoa y el corte infantil estaba
a $12.990, antes era $9.990. En la página todavía sale el precio
antiguo. ¿Cuál es el precio real? Porque vamos todos los meses con los
dos niños y la diferencia se nota jaja
Saludos, Camila"""),
("es", "b145-re-plan-duo-ahora-individual", "Álvaro Gil <alvaro.gil@example.es>", "Re: Tu plan Dúo", "billing", "",
"""Hola,

Pues sí que hay un cambio: Irene y yo ya no estamos juntos, así que el
plan Dúo ya no tiene mucho sentido. ¿Podéis pasarlo a individual a
partir del mes que viene? Yo quiero seguir yendo.

Álvaro

> Hola Álvaro,
> te recordamos que tu plan Dúo (2 masajes al mes para dos personas,
> 129 €/mes) se renueva el día 1. Si quieres hacer algún cambio,
> contesta a este correo.
> Equipo Masajes Alma"""),
("es", "b145-no-quiero-plata-credito", "Sofía Benítez <sofia.benitez@example.com.ar>", "turno cancelado", "billing", "",
"""Hola, me cancelaron el turno de masajes descontracturantes del jueves
porque la masajista se enfermó. Me ofrecieron devolverme la plata
($28.000) pero no quiero que me la devuelvan, prefiero que me quede como
saldo a favor para usarlo el mes que viene con mi mamá. ¿Se puede?
Gracias!!
Sofi"""),
("es", "b145-pagar-con-bizum", "Pilar Domínguez <pilar.dominguez@example.es>", "Pago", "billing", "",
"""Buenos días, ¿se puede pagar con Bizum en el centro de Gijón? Es que
no llevo tarjeta encima nunca y en efectivo a veces no tengo. Gracias.
Pilar"""),
("es", "b145-hola-recibo-aseguradora", "Héctor Cervantes <hector.cervantes@example.com.mx>", "Hola", "billing", "",
"""Hola buen día, me dieron 8 sesiones de masaje terapéutico en su
sucursal de Coyoacán por una contractura y mi aseguradora me las
reembolsa, pero me piden recibo con RFC y desglose de cada sesión. ¿Me
lo pueden mandar? Mi RFC es CEGH800101AB1.
Gracias"""),
("es", "b145-app-no-reserva-no-cobro", "Lucía Navarro <lucia.navarro@example.es>", "App", "technical", "",
"""Hola, no es nada del cobro, que eso está bien. Es que la app no me deja
reservar: elijo centro, masaje y hora y al dar a "Confirmar" sale
"Ha ocurrido un error" y vuelve al principio. Lo he intentado con wifi
y con datos. Tengo un Xiaomi, la app está actualizada.
Lucía"""),
("es", "b145-estufa-sauna-humo", "Ignacio Herrero <ignacio.herrero@example.es>", "Sauna del centro de Bilbao", "technical", "high",
"""Buenas tardes,

Os escribo con calma pero creo que es importante. Esta mañana estaba
en la sauna de vuestro spa de Bilbao y la estufa empezó a soltar un
humo gris por la parte de abajo, con olor a cable quemado. Salimos
todos y avisamos a un chico de mantenimiento, que la apagó. Media hora
después vi que la habían vuelto a encender y había gente dentro.

Nadie se hizo daño, pero quizá convendría que la revisara un técnico
antes de seguir usándola.

Un saludo,
Ignacio Herrero"""),
("es", "b145-barberias-terminales-no-cobran", "Operaciones Barbería El Bigote <operaciones@barberiaelbigote.example>", "Sistema caído", "technical", "high",
"""Buenos días,

Tenemos 6 barberías en Guadalajara con su sistema de agenda y cobro.
Desde las 10 de la mañana ninguna terminal abre la agenda y no podemos
cobrar con tarjeta. Los barberos no saben a quién les toca, los
clientes con cita se están yendo y los que quieren pagar con tarjeta no
pueden. Es sábado, nuestro día más fuerte.

Necesitamos que alguien nos llame ya: 33 0000 4512.

Mauricio Ledesma
Gerente de Operaciones"""),
("es", "b145-planchita-cable-patada", "Romina Acosta <romina.acosta@example.com.ar>", "planchita", "technical", "high",
"""Hola, les escribo por la planchita de pelo que compré en el local de
Belgrano hace un mes. Hoy cuando la fui a enchufar me dio una patada en
la mano, bastante fuerte. Miré el cable y cerca del mango está pelado,
se ven los cables de adentro. No la volví a usar y está desenchufada.
Estoy bien, fue solo el susto. ¿Qué hago con ella?
Romina"""),
("es", "b145-calentador-cera-derretido", "Daniela Gómez <daniela@unasdani.example>", "Calentador de cera", "technical", "high",
"""Hola,

Tengo un salón de uñas en Medellín y compré su calentador de cera
profesional hace dos meses. Hoy, con la cera a temperatura normal,
empezó a oler a plástico quemado y cuando lo revisé la base estaba
derretida por un lado y muy caliente. Lo desconecté enseguida. Por
suerte estaba yo ahí y no una clienta.

Les adjunto fotos. No lo pienso volver a conectar.

Daniela Gómez"""),
("es", "b145-peluca-malla-descosida", "Carmen Ruiz <carmen.ruiz@example.es>", "Peluca", "technical", "",
"""Buenas tardes,

La peluca que me hicieron en su taller de Zaragoza en noviembre se está
descosiendo por dentro, en la malla de la nuca. Ya se ve un agujero del
tamaño de una moneda y por ahí se sale el pelo. La cuido como me
dijeron y la lavo una vez por semana. ¿Pueden arreglarla? ¿Tengo que
pedir cita o la puedo dejar en la tienda?

Carmen Ruiz"""),
("es", "b145-enlace-confirmar-cita-404", "Jorge Martin <jorge.martin@example.es>", "enlace", "technical", "",
"""Hola, el enlace del correo para confirmar la cita de mañana da error
404, pagina no encontrada. Lo he probado en el movil y en el ordenador.
No quiero que me quiten la cita por no confirmar.
Jorge"""),
("es", "b145-maquinita-kit-casero-tira", "Martín Quiroga <martin.quiroga@example.com.ar>", "Kit para cortar el pelo a los chicos", "technical", "",
"""Buenas, compré el kit para cortar el pelo en casa de su peluquería
infantil. La maquinita hace un ruido raro, como que raspa, y en vez de
cortar le tira el pelo a mi hijo, que ya no quiere ni que se la acerque.
Le puse el aceite que venía en la caja y la limpié. ¿Puede estar
fallada?
Martín"""),
("es", "b145-torno-unas-vibra-apaga", "Itzel Ramírez <itzel.ramirez@example.com.mx>", "Torno", "technical", "",
"""Hola, el torno eléctrico para uñas que les compré vibra muchísimo
desde que lo saqué de la caja y a los pocos minutos se apaga solo. Ya
cambié la broca por otra de las que trae. No lo puedo usar así con las
clientas porque se les nota. ¿Me lo cambian o lo mandan a revisar?
Itzel"""),
("es", "b145-re-incidencia-masajeador-cervical", "Manuel Ortega <manuel.ortega@example.es>", "Re: Incidencia 7720", "technical", "",
"""Hola de nuevo,

He probado lo que me dijisteis y sigue igual. El masajeador vibra
bien, pero la función de calor no se enciende, la luz roja parpadea
tres veces y se apaga.

Manuel

> Estimado Manuel:
> Lamentamos las molestias. Por favor, cargue el masajeador cervical
> durante 4 horas completas y pulse el botón de calor durante 3
> segundos. Si el problema persiste, responda a este correo.
> Atención al cliente"""),
("es", "b145-pulsera-taquilla-no-abre", "Ignacia Muñoz <ignacia.munoz@example.cl>", "Pulsera", "technical", "",
"""Hola, ayer en el spa de Las Condes la pulsera que me dieron en recepción
no abría la taquilla. Tuve que esperar 20 minutos en bata a que
viniera alguien con la llave maestra. Y no fue solo a mí, a otra
señora le pasó lo mismo. Creo que algo falla con esas pulseras.
Ignacia"""),
("es", "b145-difusor-aromas-no-enciende", "Rocio Vazquez <rocio.vazquez@example.es>", "Difusor", "technical", "",
"""Hola, compre el difusor de aromas de bambu en la tienda del spa de
Marbella hace una semana y no se enciende. Le pongo agua hasta la
marca, enchufo y nada, ni luz ni vapor. Probado en dos enchufes.
Rocio"""),
("es", "b145-login-google-no-funciona", "Pablo Sanz <pablo.sanz@example.es>", "No puedo entrar", "technical", "",
"""Siempre entraba en mi cuenta con "Iniciar sesión con Google" y desde
la semana pasada me dice "Esta cuenta no existe". Si me intento
registrar de nuevo con el mismo correo me dice que ya existe. Estoy en
bucle. Tengo tres masajes pendientes en el bono y no los puedo
reservar.
Pablo"""),
("es", "b145-horario-semana-santa", "Inmaculada Reyes <inma.reyes@example.es>", "Semana Santa", "general", "",
"""Hola, ¿qué horario tenéis en Semana Santa en el centro de Sevilla Este?
Sobre todo Jueves y Viernes Santo. Gracias"""),
("es", "b145-gracias-peluca-mama", "Luciana Paz <luciana.paz@example.com.ar>", "Gracias de corazón", "general", "",
"""Hola,

Quería agradecerles a Mariela y a todo el equipo del taller de
Caballito. Mi mamá empezó la quimio en enero y estaba muy angustiada
por perder el pelo. Mariela la recibió con una paciencia enorme, le
hizo una peluca igualita a su pelo de siempre, con su flequillo y todo,
y el día que se la probó lloramos las dos.

Hoy mi mamá sale a la calle tranquila. No tengo palabras. Gracias.

Luciana Paz"""),
("es", "b145-aretes-olvidados-cabina", "Fernanda Lozano <fernanda.lozano@example.com.mx>", "Aretes", "general", "",
"""Buenas tardes, el domingo tuve un facial en su spa de Santa Fe y creo
que dejé mis aretes en la cabina 3, en la repisita junto al lavabo.
Son unas arracadas de oro pequeñas, fueron de mi abuela. ¿Los
encontraron? Les dejo mi número: 55 0000 2289.
Fernanda"""),
("es", "b145-madre-silla-ruedas-trato-supervisor", "Esther Calvo <esther.calvo@example.es>", "Trato recibido en el centro de Alcalá", "general", "high",
"""Buenas tardes:

El martes acompañé a mi madre, que va en silla de ruedas, a su cita de
manicura en vuestro centro de Alcalá de Henares. La recepcionista nos
dijo delante de todo el mundo que "con la silla estorbamos" y que
esperáramos fuera, en la calle, hasta que nos llamaran. Hacía frío y
mi madre tiene 81 años. Nos fuimos.

No quiero un descuento. Quiero hablar con la supervisora de zona o con
quien sea responsable de los centros, y que me expliquen cómo es
posible que se trate así a una clienta.

Esther Calvo
Tel. 600 000 831"""),
("es", "b145-vidrio-zona-juegos-peluqueria", "Juliana Restrepo <juliana.restrepo@example.com.co>", "Zona de juegos del local de Chapinero", "general", "high",
"""Buenas tardes,

Hoy llevé a mis dos hijos a cortarse el pelo en su peluquería infantil
de Chapinero. Mientras esperábamos, mi hija de 3 años encontró un
pedazo de vidrio en el tapete de la zona de juegos, al parecer de un
portarretratos que se había caído de la pared. No se cortó porque la
vi a tiempo, pero había más trocitos por el piso.

Le avisé a la muchacha de la entrada. Les escribo para que lo revisen
bien, porque ahí andan niños descalzos todo el día.

Juliana Restrepo"""),
("es", "b145-datos-fotos-aepd", "Sergio Molina <sergio.molina@example.es>", "Ejercicio del derecho de supresión", "general", "high",
"""A la atención del Delegado de Protección de Datos:

El 15 de enero solicité por escrito la supresión de mis datos
personales y de las fotografías de "antes y después" de mi tratamiento
capilar, que ustedes publicaron en Instagram sin mi consentimiento.
Ha pasado más de un mes sin respuesta y las fotos siguen publicadas.

Si en siete días no se han retirado y no recibo confirmación de la
supresión, presentaré una reclamación ante la Agencia Española de
Protección de Datos.

Sergio Molina"""),
("es", "b145-cambio-direccion-caja", "Raul Prieto <raul.prieto@example.es>", "Cambio de direccion", "general", "",
"""Hola, me he mudado. A partir del proximo envio la caja me la teneis que
mandar a:

Raul Prieto
C/ Doctor Fleming 22, 3o B
28036 Madrid

Gracias!"""),
("es", "b145-patrocinio-carrera-5k", "Comité Carrera Rosa Monterrey <carrerarosa.mty@example.com.mx>", "Invitación a patrocinar", "general", "",
"""Estimados:

El próximo 19 de octubre organizamos la 5ª Carrera Rosa 5K en
Monterrey, a favor de la detección temprana del cáncer de mama.
Esperamos unas 2,000 corredoras. Nos encantaría contar con su cadena de
spas como patrocinador, por ejemplo con un stand de masajes
post-carrera. ¿Con quién podríamos hablar?

Atentamente,
Paola Garza
Comité Organizador"""),
("es", "b145-jornada-masajes-oficina", "Beatriz Lorenzo <beatriz.lorenzo@consultora-norte.example>", "Jornada de bienestar", "general", "",
"""Hola,

Estamos organizando una jornada de bienestar para la plantilla el 24
de mayo en nuestras oficinas de Madrid (unas 40 personas). ¿Vuestros
masajistas se desplazan a la empresa? Si es así, ¿qué necesitáis que
tengamos preparado: una sala, enchufes, camillas?

Un saludo,
Beatriz Lorenzo
RR. HH."""),
("es", "b145-urgente-unas-pintadas", "Micaela Sosa <micaela.sosa@example.com.ar>", "URGENTE", "general", "",
"""URGENTE!!! mañana tengo turno para semipermanente a las 10 y tengo las
uñas pintadas con esmalte común, ¿voy así o me las tengo que sacar
antes? me muero de ganas de probar el rojo nuevo que subieron a insta,
es una bomba jajaja"""),
("es", "b145-paquete-porteria", "Enrique Blanco <enrique.blanco@example.es>", "Entrega", "general", "",
"""Buenas, trabajo de mañana y nunca estoy cuando llega el repartidor con
la caja del club de afeitado. ¿Podéis poner en el envío que lo dejen
en portería? El portero está de 8 a 20.
Enrique"""),
("es", "b145-sin-cita-sabados", "Tomás Fuentes <tomas.fuentes@example.cl>", "Consulta", "general", "",
"""Hola, ¿atienden sin hora los sábados en la barbería de Providencia o
hay que reservar sí o sí? Es para mí y mi papá.
Gracias"""),
("es", "b145-recepcionista-critica-clienta", "Ana Belén Serrano <anabelen.serrano@example.es>", "Una cosa que vi ayer", "general", "",
"""Hola,

Ayer estaba esperando en el centro de Valladolid y oí a la recepcionista
criticar a una clienta que acababa de irse, con nombre y todo, con otra
compañera: que si tenía los pies fatal, que si no se depilaba... Se oía
perfectamente desde la sala de espera.

No quiero que me devolváis nada ni que me regaléis nada. Solo pensé
que deberíais saberlo, porque yo salí pensando qué dirán de mí.

Ana Belén"""),
("es", "b145-ascensor-acceso-72", "Socorro Medina <socorro.medina@example.com.mx>", "Pregunta", "general", "",
"""Buenas tardes señorita o joven,
tengo 72 años y me cuesta subir escaleras, me regalaron un masaje en
su sucursal de la colonia del Valle. ¿Tienen elevador o el masaje es
en planta baja? Se lo agradezco mucho.
Atentamente Socorro Medina"""),
# ---------------- Polish ----------------
("pl", "b145-blik-hybryda-dwa-razy", "Karolina Wójcik <karolina.wojcik@example.pl>", "Podwójna płatność BLIK", "billing", "",
"""Dzień dobry,

w sobotę płaciłam BLIKIEM za manicure hybrydowy w salonie na Kazimierzu
(120 zł). Terminal pokazał błąd, więc pani poprosiła o nowy kod i
zapłaciłam drugi raz. Teraz widzę w banku dwie transakcje po 120 zł.
Proszę o zwrot jednej z nich. Mogę przesłać zrzut ekranu z aplikacji
banku.

Pozdrawiam
Karolina Wójcik"""),
("pl", "b145-syn-w-wojsku-box", "Halina Grabowska <halina.grabowska@example.pl>", "Pudełka dla syna", "billing", "",
"""Dzień dobry,
zamówiłam synowi Michałowi na urodziny comiesięczne pudełko z
kosmetykami do golenia (59 zł miesięcznie, płacę ja kartą). Michał
poszedł właśnie do wojska i tam i tak go ostrzygą i ogolą po swojemu,
więc pudełka nie mają sensu. Proszę to zakończyć od przyszłego
miesiąca, żeby nic już nie schodziło z mojej karty.
Z poważaniem
Halina Grabowska"""),
("pl", "b145-faktura-nip-voucher-masaz", "Biuro Rachunkowe Lis <biuro@rachunkowe-lis.example>", "Faktura na firme", "billing", "",
"""Dzien dobry,

kupilem przez strone dwa vouchery na masaz dla pracownic z okazji Dnia
Kobiet (zamowienie 33105, 2 x 280 zl), ale dostalem tylko paragon.
Prosze o wystawienie faktury na firme:

Biuro Rachunkowe Lis Sp. z o.o.
NIP 527-000-12-34
ul. Grojecka 18, 02-301 Warszawa

Pozdrawiam
Tomasz Lis"""),
("pl", "b145-bon-spa-na-dwie-wizyty", "Natalia Sikora <natalia.sikora@example.pl>", "Bon", "billing", "",
"""Hej, dostałam od męża bon do spa na 500 zł. Czy mogę go wykorzystać
na dwie osobne wizyty, np. teraz masaż za 220 zł, a resztę w czerwcu?
Czy trzeba wszystko wydać za jednym razem?
Natalia"""),
("pl", "b145-peruka-nfz-raty", "Elżbieta Kamińska <elzbieta.kaminska@example.pl>", "Pytanie o płatność za perukę", "billing", "",
"""Szanowni Państwo,

lekarz wypisał mi zlecenie na perukę z refundacją NFZ. Wybrałam w
Państwa pracowni w Poznaniu perukę z włosa naturalnego za 2 900 zł.
Jak to wygląda z płatnością: czy kwotę refundacji odliczają Państwo od
razu, a ja dopłacam tylko różnicę? I czy tę różnicę mogę rozłożyć na
raty?

Z poważaniem
Elżbieta Kamińska"""),
("pl", "b145-zwrot-zestaw-paznokcie-nieotwarty", "Paulina Kaczmarek <paulina.kaczmarek@example.pl>", "Zwrot", "billing", "",
"""Dzień dobry, chciałabym zwrócić zestaw startowy do hybryd
(zamówienie 61442). Dostałam taki sam na urodziny od siostry, Państwa
zestaw jest nieotwarty, w folii. Jak mam go odesłać i czy zwrot
kosztów wysyłki też dostanę?
Paulina"""),
("pl", "b145-karnet-masaze-przeprowadzka-rzecznik", "Jerzy Kowalczyk <jerzy.kowalczyk@example.pl>", "Karnet 10 masaży - żądanie zwrotu", "billing", "high",
"""Szanowni Państwo,

w grudniu kupiłem karnet na 10 masaży leczniczych za 1 400 zł w
gabinecie przy ul. Piotrkowskiej w Łodzi. Wykorzystałem 3. Od marca
gabinet przeniesiono na Widzew, na drugi koniec miasta, do którego nie
mam jak dojechać (nie prowadzę samochodu, mam 74 lata). Nikt mnie o tym
wcześniej nie poinformował.

Żądam zwrotu 980 zł za 7 niewykorzystanych masaży w ciągu 14 dni. W
przeciwnym razie zwrócę się do miejskiego rzecznika konsumentów.

Jerzy Kowalczyk"""),
("pl", "b145-subskrypcja-trzy-obciazenia-chargeback", "Bartosz Mazur <bartosz.mazur@example.pl>", "3 obciazenia w jednym miesiacu", "billing", "high",
"""Dzien dobry,

w marcu pobraliscie z mojej karty trzy razy po 79 zl za subskrypcje
barberska (4, 11 i 18 marca). Powinna byc jedna oplata miesiecznie.
Pisalem juz 20 marca przez formularz i nikt nie odpowiedzial.

Jesli do piatku nie dostane zwrotu 158 zl, skladam w banku reklamacje
transakcji (chargeback) na wszystkie trzy platnosci.

Bartosz Mazur"""),
("pl", "b145-urodziny-odwolane-kierownik", "Monika Zając <monika.zajac@example.pl>", "Odwołane urodziny Zuzi - chcę rozmawiać z kierownikiem", "billing", "high",
"""Dzień dobry,

wpłaciłam 450 zł za urodziny mojej córki w Państwa salonie dla dzieci
w Gdańsku Oliwie (fryzury, malowanie paznokci, tort), zaplanowane na
16 marca. Dzień wcześniej ktoś zadzwonił, że "nie ma obsady" i impreza
się nie odbędzie. Zaproszonych było 10 dziewczynek. Obiecano zwrot w
ciągu trzech dni. Minęły dwa tygodnie i pieniędzy nie ma, a salon przy
każdym telefonie odsyła mnie do infolinii.

Proszę, żeby skontaktował się ze mną kierownik sieci albo ktoś, kto
naprawdę może tę sprawę zamknąć. Tel. 600 000 914.

Monika Zając"""),
("pl", "b145-re-karnet-norwegia", "Rafał Pawlak <rafal.pawlak@example.pl>", "Re: Przedłużenie karnetu", "billing", "",
"""Dzień dobry,

od kwietnia wyjeżdżam na pół roku na kontrakt do Norwegii, więc nie
chcę na razie przedłużać. Czy da się karnet zawiesić do października
zamiast go kończyć? Szkoda mi straty stałej ceny.

Rafał

> Dzień dobry Panie Rafale,
> Pana karnet Relax Open (249 zł/mies.) kończy się 31 marca. Aby go
> przedłużyć na kolejne 12 miesięcy w dotychczasowej cenie, wystarczy
> odpowiedzieć na tę wiadomość.
> Zespół Aquarelax Wrocław"""),
("pl", "b145-znizka-studencka-broda", "Kuba Nowicki <kuba.nowicki@example.pl>", "pytanie", "billing", "",
"""siema, jest u was jakaś zniżka studencka na strzyżenie + brodę? w
Katowicach za rogiem jest -15% z legitką, a u was 110 zł to trochę
dużo jak na studenta. pozdro"""),
("pl", "b145-nie-zwrot-tylko-karta-corki", "Grażyna Wiśniewska <grazyna.wisniewska@example.pl>", "Odwołany zabieg", "billing", "",
"""Dzień dobry,

salon odwołał mój zabieg na twarz z 22 marca (choroba kosmetyczki) i
zaproponowano mi zwrot 190 zł. Nie chcę zwrotu pieniędzy. Wolałabym,
żeby ta kwota została przeniesiona na kartę podarunkową dla mojej
córki, Anny, bo ona i tak do Państwa chodzi. Czy to możliwe?

Grażyna Wiśniewska"""),
("pl", "b145-zamowienie-przelew-oczekuje", "Dawid Krawczyk <dawid.krawczyk@example.pl>", "Zamówienie 58120", "billing", "",
"""Dzien dobry, zaplacilem za zamowienie 58120 zwyklym przelewem w
poniedzialek, w tytule dalem numer zamowienia. Pieniadze zeszly z konta,
a u Was dalej status "oczekuje na platnosc". Mozecie sprawdzic?
Dawid"""),
("pl", "b145-duplikat-paragonu-barber", "Łukasz Jankowski <lukasz.jankowski@example.pl>", "Paragon", "billing", "",
"""Dzień dobry, zgubiłem paragon za zestaw do pielęgnacji brody kupiony w
salonie przy Świętym Marcinie w zeszły czwartek (ok. 180 zł, płatność
kartą). Potrzebuję go do rozliczenia z pracodawcą. Czy mogę dostać
duplikat albo potwierdzenie zakupu mailem?
Łukasz Jankowski"""),
("pl", "b145-powiadomienia-godzina-nie-platnosc", "Aleksandra Michalska <ola.michalska@example.pl>", "Przypomnienia", "technical", "",
"""Dzień dobry, nie piszę w sprawie płatności ani rezerwacji, tylko
aplikacji. Od zmiany czasu przypomnienia o wizytach przychodzą o
godzinę za późno. Wczoraj dostałam "Twoja wizyta za godzinę" dokładnie
wtedy, kiedy już powinnam leżeć na stole do masażu. Przegapiłam ją.
iPhone, aplikacja zaktualizowana.
Ola"""),
("pl", "b145-sauna-podczerwien-swad", "Andrzej Zieliński <andrzej.zielinski@example.pl>", "Sauna na podczerwień", "technical", "high",
"""Dzień dobry,

w styczniu kupiłem u Państwa domową saunę na podczerwień. Wczoraj
wieczorem, po około 15 minutach, poczułem swąd spalenizny, a jeden z
paneli przy ławce był tak gorący, że nie dało się go dotknąć. Na
drewnie obok jest ciemny ślad. Wyłączyłem wszystko bezpiecznikiem.

Sauny nie używam. Proszę o informację, co dalej, bo w domu są dzieci.

Andrzej Zieliński"""),
("pl", "b145-siec-manicure-kalendarz-pusty", "Studio Paznokci Wisienka <kontakt@studio-wisienka.example>", "Nie działa", "technical", "high",
"""Dzień dobry,

od 8:30 w naszych czterech salonach w Krakowie kalendarz w Państwa
systemie jest pusty, jakby nikt nie był zapisany. Klientki przychodzą
na godziny, o których nic nie wiemy, stylistki nie wiedzą, kogo
przyjmują, dwie panie zrobiły awanturę i wyszły. Nie działają też
SMS-y z przypomnieniami. Przed weekendem to dla nas dramat.

Proszę o pilny telefon: 600 000 227.

Agata Wiśniewska
właścicielka"""),
("pl", "b145-fotel-pedicure-kopie-prad", "Iwona Szymańska <iwona@gabinet-iwona.example>", "Fotel do pedicure", "technical", "high",
"""Dzień dobry,

w gabinecie używam fotela do pedicure z wanienką z hydromasażem, kupionego
u Państwa w listopadzie. Dzisiaj, kiedy klientka włożyła stopy do wody
i włączyłam masaż, obie poczułyśmy lekkie kopnięcie prądem - ja przez
rękę na krawędzi wanienki. Natychmiast wyłączyłam fotel z gniazdka.

Nikomu nic się nie stało, ale fotela nie będę używać, dopóki ktoś go
nie sprawdzi. Proszę o kontakt.

Iwona Szymańska
Gabinet Kosmetyczny Iwona, Rzeszów"""),
("pl", "b145-podgrzewacz-kamieni-wrze", "Marek Dudek <marek.dudek@example.pl>", "Podgrzewacz do kamieni", "technical", "high",
"""Dzien dobry,

podgrzewacz do goracych kamieni, ktory od Panstwa kupilismy do gabinetu
masazu, nie trzyma temperatury. Ustawiamy 55 stopni, a woda
zaczyna wrzec i kamienie sa rozgrzane duzo powyzej normy. Dzis
masazystka polozyla jeden klientce na plecach i ta od razu krzyknela -
na szczescie skonczylo sie na zaczerwienieniu. Wylaczylismy urzadzenie.

Prosze o pilny kontakt w sprawie wymiany.

Marek Dudek
Masaz & Relaks, Lublin"""),
("pl", "b145-peruka-syntetyczna-wypada", "Beata Pietrzyk <beata.pietrzyk@example.pl>", "Peruka", "technical", "",
"""Dzień dobry,
z peruki syntetycznej kupionej u Państwa trzy tygodnie temu wypadają
włosy, przy każdym czesaniu zostaje ich pełno na szczotce, a przy
przedziałku robi się już prześwit. Czeszę szczotką do peruk od Państwa,
od końcówek. Czy to wada?
Beata"""),
("pl", "b145-formularz-zapisu-kolko", "Adam Wrobel <adam.wrobel@example.pl>", "rezerwacja online", "technical", "",
"""Formularz zapisow na stronie nie dziala. Wybieram barbera, godzine,
klikam "Zarezerwuj" i kreci sie kolko w nieskonczonosc. Probowalem na
telefonie i komputerze. Chcialem sie zapisac na sobote rano."""),
("pl", "b145-maszynka-nasadka-spada", "Piotr Zawadzki <piotr.zawadzki@example.pl>", "Trymer z pudełka", "technical", "",
"""Cześć, trymer do brody z lutowego pudełka nie trzyma ustawionej
długości. Nasadka co chwilę się przesuwa na 1 mm i zrobiłem sobie
dziurę w brodzie przed ważnym spotkaniem. Zatrzask chyba jest
luźny. Da się to jakoś naprawić albo wymienić?
Piotr"""),
("pl", "b145-re-zgloszenie-szczoteczka-soniczna", "Justyna Lewandowska <justyna.lewandowska@example.pl>", "Re: Zgłoszenie 3390", "technical", "",
"""Dzień dobry,

niestety nadal nic. Ładowałam całą noc na innej ładowarce, jak
Państwo radzili, i szczoteczka dalej nie reaguje na przycisk, dioda
się nie zapala.

Justyna

> Dzień dobry,
> prosimy podłączyć szczoteczkę soniczną do twarzy na minimum 8 godzin
> do innej ładowarki USB (5V) i spróbować ponownie.
> Pozdrawiamy, Dział Obsługi Klienta"""),
("pl", "b145-wifi-spa-praca-zdalna", "Magdalena Sobczak <magdalena.sobczak@example.pl>", "Wi-Fi w hotelu spa", "technical", "",
"""Dzień dobry, jestem u Państwa w hotelu spa w Zakopanem do niedzieli.
Sieć Wi-Fi dla gości w pokoju 214 łączy się, ale nie ma internetu, na
telefonie i laptopie to samo. W recepcji powiedzieli, żeby napisać
tutaj. Muszę jutro połączyć się na jedno spotkanie służbowe.
Magdalena Sobczak"""),
("pl", "b145-suszarka-dmucha-zimnym", "Ewa Baran <ewa.baran@example.pl>", "Suszarka", "technical", "",
"""Dzien dobry, suszarka do wlosow kupiona w Panstwa salonie w Bialymstoku
w grudniu przestala grzac. Dmucha tylko zimnym powietrzem na kazdym
ustawieniu. Wlosy susze teraz 40 minut. Gwarancja chyba jeszcze jest.
Ewa Baran"""),
("pl", "b145-aplikacja-brak-terminow", "Krzysztof Adamczyk <krzysztof.adamczyk@example.pl>", "Brak wolnych terminów?", "technical", "",
"""W aplikacji przy każdym dniu pokazuje mi się "brak wolnych terminów"
na masaż w Szczecinie, na najbliższe trzy tygodnie. Zadzwoniłem do
salonu i mówią, że mają mnóstwo wolnych godzin. Coś jest nie tak z
aplikacją, bo przez telefon się zapisałem bez problemu."""),
("pl", "b145-prostownica-err3", "Wiktoria Górska <wiktoria.gorska@example.pl>", "prostownica", "technical", "",
"""Hej, prostownica którą kupiłam u Was na Black Friday pokazuje na
wyświetlaczu "Err 3" i w ogóle nie grzeje. Odłączałam ją na parę
godzin, nic. Co to znaczy?
Wiki"""),
("pl", "b145-godziny-wigilia", "Teresa Olszewska <teresa.olszewska@example.pl>", "Godziny otwarcia", "general", "",
"""Dzień dobry, do której godziny będzie otwarty salon w Galerii
Bałtyckiej 24 grudnia? Chciałabym jeszcze rano zrobić paznokcie przed
Wigilią.
Teresa"""),
("pl", "b145-pochwala-barber-komunia", "Sławomir Kubiak <slawomir.kubiak@example.pl>", "Podziękowanie dla Kuby", "general", "",
"""Dzień dobry,

chciałem podziękować panu Kubie z barbera na Mokotowie. Przed Pierwszą
Komunią syn i ja byliśmy u niego razem, synek pierwszy raz u
"prawdziwego" barbera. Kuba zrobił mu fryzurę jak z okładki, a przy
tym miał do niego cierpliwość jak mało kto. Młody był zachwycony, mówi,
że wygląda zabójczo, a na zdjęciach naprawdę wyszedł super.

Proszę przekazać podziękowania.

Sławomir Kubiak"""),
("pl", "b145-kluczyki-szatnia-spa", "Grzegorz Malinowski <grzegorz.malinowski@example.pl>", "Kluczyki", "general", "",
"""Dzien dobry, wczoraj po saunie chyba zostawilem w szatni meskiej
kluczyki do samochodu (Skoda, z czerwonym brelokiem z Helu). Szafka
gdzies kolo 60. Czy ktos je oddal? Jezdze teraz zapasowymi.
Grzegorz Malinowski, 600 000 508"""),
("pl", "b145-fryzjerka-szarpala-dziecko-kierownik", "Anna Czarnecka <anna.czarnecka@example.pl>", "Skarga na fryzjerkę - salon dziecięcy Poznań", "general", "high",
"""Dzień dobry,

w sobotę byłam z synem (5 lat) w Państwa salonie dla dzieci w Poznaniu
na Ratajach. Syn się wiercił, to prawda, ale fryzjerka szarpnęła go za
głowę tak, że się rozpłakał, i powiedziała do niego, że "jak się nie
uspokoi, to mu obetnie ucho". Zabrałam dziecko w połowie strzyżenia.

Nie chodzi mi o pieniądze. Żądam rozmowy z kierownikiem sieci albo
osobą odpowiedzialną za personel i informacji, jakie wyciągniecie
konsekwencje.

Anna Czarnecka"""),
("pl", "b145-oblodzone-schody-wejscie", "Henryk Baranowski <henryk.baranowski@example.pl>", "Schody przed wejściem", "general", "high",
"""Dzień dobry Państwu,

piszę spokojnie, ale uważam, że to ważne. Schody przed wejściem do
Państwa salonu kosmetycznego przy ul. Świdnickiej od kilku dni są
oblodzone i nikt ich nie posypał ani nie odśnieżył. Dziś rano starsza
pani przede mną poślizgnęła się i upadła na kolano, pomogliśmy jej
wstać. Poręcz z jednej strony jest też poluzowana.

Proszę to jak najszybciej zabezpieczyć.

Henryk Baranowski"""),
("pl", "b145-dane-zdjecia-uodo", "Katarzyna Sadowska <katarzyna.sadowska@example.pl>", "Żądanie usunięcia danych - ponowne", "general", "high",
"""Szanowni Państwo,

3 lutego zażądałam na podstawie art. 17 RODO usunięcia moich danych
osobowych, w tym zdjęć brwi "przed i po" z zabiegu laminacji, które
pojawiły się na Państwa profilu na Facebooku bez mojej zgody. Do dziś
nie otrzymałam odpowiedzi, a zdjęcia nadal są widoczne.

Jeżeli w ciągu 7 dni dane nie zostaną usunięte, złożę skargę do
Prezesa Urzędu Ochrony Danych Osobowych.

Katarzyna Sadowska"""),
("pl", "b145-zmiana-nazwiska-po-slubie", "Dominika Nowak-Wróbel <dominika.nowakwrobel@example.pl>", "Zmiana nazwiska", "general", "",
"""Dzień dobry, wyszłam za mąż i zmieniłam nazwisko z Nowak na Nowak-Wróbel.
Proszę o zmianę w mojej karcie klienta w salonie w Toruniu. Telefon i
mail bez zmian.
Dominika"""),
("pl", "b145-sponsoring-siatkarki", "UKS Jedynka Opole <uks.jedynka.opole@example.pl>", "Propozycja współpracy", "general", "",
"""Dzień dobry,

jestem trenerem dziewczęcej drużyny siatkówki UKS Jedynka w Opolu
(kategoria młodziczek). W maju jedziemy na finał wojewódzki i szukamy
partnerów. Pomyśleliśmy o Państwa salonie - wiele naszych zawodniczek
i ich mam to Państwa klientki. W zamian logo na koszulkach
rozgrzewkowych i na naszym Facebooku. Z kim mogę porozmawiać?

Pozdrawiam
Marcin Kruk"""),
("pl", "b145-urodziny-dzieci-w-salonie-info", "Joanna Mróz <joanna.mroz@example.pl>", "Urodziny w salonie?", "general", "",
"""Dzień dobry, czy w salonie dla dzieci we Wrocławiu organizujecie
urodziny? Córka kończy 7 lat i marzy o "dniu księżniczki". Ile dzieci
może maksymalnie przyjść i czy rodzice mogą zostać na miejscu?
Pozdrawiam, Joanna"""),
("pl", "b145-pilne-mokre-wlosy", "Patrycja Walczak <patrycja.walczak@example.pl>", "PILNE", "general", "",
"""PILNE!! mam za godzinę strzyżenie u was na Woli, mogę przyjść z mokrymi
włosami prosto z basenu czy muszę je wysuszyć?? nie zdążę do domu"""),
("pl", "b145-peruka-do-paczkomatu", "Renata Jabłońska <renata.jablonska@example.pl>", "Wysyłka", "general", "",
"""Dzien dobry, przy wysylce mojej peruki (zamowienie 70451) prosze nie
zostawiac paczki pod drzwiami ani u sasiadow, tylko wyslac do
paczkomatu KRA22M przy Wielickiej. Wole zeby nikt jej nie widzial.
Dziekuje, Renata"""),
("pl", "b145-solarium-po-laserze-pytanie", "Sylwia Borkowska <sylwia.borkowska@example.pl>", "Solarium", "general", "",
"""Dzień dobry, dwa tygodnie temu miałam zabieg laserem na twarz (nie u
Państwa). Czy mogę już iść na solarium, czy trzeba odczekać dłużej? I
czy u Państwa jest ktoś, kto przed pierwszą wizytą ocenia fototyp
skóry?
Sylwia"""),
("pl", "b145-masazystka-spozniona-nie-rekompensata", "Zbigniew Lewicki <zbigniew.lewicki@example.pl>", "Uwagi po wizycie", "general", "",
"""Dzień dobry,

w czwartek miałem masaż o 17:00 w Gliwicach. Masażystka przyszła o
17:20, nie przeprosiła, a na koniec powiedziała, że "i tak mam godzinę
do 18". Masaż trwał więc 40 minut zamiast 60.

Nie chcę rekompensaty ani zniżki, chodzę do Państwa od lat i zwykle
jest świetnie. Piszę tylko, żeby salon wiedział, jak to wyglądało.

Zbigniew Lewicki"""),
]
