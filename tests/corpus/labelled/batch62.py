# batch62.py -- labelled mails held out of the tree until the rules it
# measures are final, so that nothing is tuned or trained on them before
# then.  Kinds of business: culture online -- museum online shops,
# concert livestreams, theatre ticket apps, audiobook clubs, language
# exchange apps, online art classes, digital library cards.  The failure
# classes in these settings -- escalation demands that keep their topic,
# legal threats and chargebacks, negations, Greeklish, subjects that say
# nothing or something else, replies quoting an earlier mail, paid plans
# ended or paused in other words, outages of a business told only by
# their consequences, safety hazards told calmly, praise -- and everyday
# mail of all three queues.  Same tuple format as batch12.py.
M += [
# ---------------- English ----------------
("en", "b62-museum-print-charged-twice", "Harriet Pollard <harriet.pollard@example.co.uk>", "Order MS-20931", "billing", "",
"""Hello,

I bought the Turner "Fighting Temeraire" print from the museum shop on
Sunday (order MS-20931, £38.00). My banking app shows two payments of
£38.00 to you, a minute apart, and I only have the one order
confirmation. Could you refund the second one please?

Kind regards,
Harriet Pollard"""),
("en", "b62-livestream-cut-amex-dispute", "Tyler Brandt <tyler.brandt@example.com>", "Stream #LS-7720 - 3 weeks, no refund", "billing", "high",
"""I paid $24.99 for the Midnight Owls livestream on the 9th. It cut out
about 30 minutes in and never came back, and your own status page said
the show was "cancelled due to technical issues". You posted that
everyone would be refunded within 5 business days.

It has been three weeks. I have emailed twice and got the same
auto-reply both times. If the $24.99 is not back on my card by Friday I
am disputing the charge with American Express, I've already got the
form filled in.

Tyler Brandt
Columbus, OH"""),
("en", "b62-audiobook-club-late-husband", "Margaret Ellison <m.ellison@example.co.uk>", "My husband's account", "billing", "",
"""Dear Sir or Madam,

My husband Geoffrey passed away in January. He was a member of your
audiobook club for many years and I see that the monthly payment of
£7.99 is still going out of our joint account. He did so love his
detective stories.

I would be grateful if you could close his membership and stop the
payments. His membership number, I believe, is AB-1187342. I can send a
copy of the death certificate if you need it.

Yours faithfully,
Margaret Ellison (Mrs)"""),
("en", "b62-watercolour-course-instalments", "Ananya Krishnan <ananya.k@example.in>", "Regarding payment for Watercolour Foundation course", "billing", "",
"""Dear Team,

I am interested to join the 12 week Watercolour Foundation online
course starting 3rd of next month. The fee is showing as Rs. 12,000.
Kindly let me know if it is possible to pay in 3 instalments, and
whether UPI payment is accepted or only cards.

Also please confirm if GST invoice will be provided, as my company may
reimburse part of the amount.

Thanks and regards,
Ananya Krishnan
Pune"""),
("en", "b62-theatre-booking-fee-per-ticket", "Ciarán Moloney <ciaran.moloney@example.ie>", "Booking fee", "billing", "",
"""Hi,

Booked 4 tickets for the Gaiety panto through your app last night. The
seats were €28 each and I was expecting €112, but the total on the last
screen was €126 - a "booking fee" of €3.50 per ticket that wasn't shown
anywhere until I'd already put my card details in.

Is that fee really per ticket, even though it's one booking? Seems a
bit much. Would you refund it or at least knock it down to one fee?

Ciarán"""),
("en", "b62-re-booking-school-invoice", "Bursar <bursar@st-aldhelms-school.example>", "Re: Your booking VT-44812", "billing", "",
"""Good morning,

Thank you for the confirmation below. For our accounts I need a proper
VAT invoice addressed to the school rather than the booking
confirmation - St Aldhelm's C of E Primary, Church Road, Frome BA11 4QT.
Could you also confirm that payment by BACS within 30 days is
acceptable?

Many thanks,
Janet Cole
School Business Manager

> From: Virtual Tours <bookings@museum-tours.example>
> Sent: 14 March 09:12
> Subject: Your booking VT-44812
>
> Thank you for booking the live virtual tour "Egypt and the Nile"
> for 58 pupils on Thursday 28 March at 10:00. Total: £174.00.
> Your host will send the joining link 24 hours before the tour."""),
("en", "b62-language-app-annual-renewal", "Bec Gallagher <bec.gallagher@example.com.au>", "renewal", "billing", "",
"""hey, just saw $119.99 come out for another year of Premium on the
language app. no reminder email that I can find. I haven't opened it
since I got back from Bali last year to be honest, I only did it to
learn a bit of Indonesian for the trip. can you cancel and refund it?
haven't used a single lesson of the new year.

thanks, Bec"""),
("en", "b62-gift-membership-code-expired", "Robert Lindqvist <rob.lindqvist@example.co.uk>", "Gift code", "billing", "",
"""My daughter gave me a year's gift membership to your online art classes
for my birthday, code GIFT-7Q2M-KT4P. I've only just got round to
entering it and it says the code expired on 31 December. She paid £95
for it. Is there anything you can do - extend it or swap it for
credit?

Rob Lindqvist"""),
("en", "b62-museum-tshirt-exchange", "Zoe Fairbairn <zoe.fairbairn@example.com>", "T-shirt size", "billing", "",
"""Hi, the Hokusai wave t-shirt came today but the medium is tiny,
more like a small. Can I swap it for a large? It's unworn with the tags
on. Order 31177. Do I need to pay postage to send it back?"""),
("en", "b62-rescheduled-play-supervisor", "Denise Alvarado <denise.alvarado@example.com>", "Refund request - I need a supervisor", "billing", "high",
"""Hello,

I bought two orchestra seats ($178 total) for "The Lighthouse Keeper" on
April 12. The production moved the performance to May 3 and I cannot
attend on that date - I'm out of state for my son's graduation.

I have been told twice by your chat agents that "rescheduled
performances are non-refundable". You changed the date, not me. I'm
not accepting a credit voucher for a show I can't see.

Please pass this to a supervisor or someone who can actually approve a
refund. Order reference TKT-5528-190.

Denise Alvarado"""),
("en", "b62-painting-week-deposit-small-claims", "Gordon Strachan <gordon.strachan@example.co.uk>", "Deposit - Skye painting week", "billing", "high",
"""To whom it may concern,

In October I paid a deposit of £450 for your residential landscape
painting week on Skye, booked through your online classes site. In
February you cancelled the week for "low numbers". I was promised my
deposit back within 14 days. That was eight weeks ago.

This is my final email on the matter. If the £450 is not refunded in
full within 7 days I will file a claim through the small claims
procedure without further notice.

Gordon Strachan
Inverness"""),
("en", "b62-hello-student-pass", "Lily Chen <lily.chen@example.ac.uk>", "Hello", "billing", "",
"""Hello! Is there a student price for the season livestream pass? I'm
at uni in Leeds and £60 is a lot for me, I'd mainly watch the chamber
concerts. Can I pay monthly instead?"""),
("en", "b62-freeze-art-classes-baby", "Hannah Okafor <hannah.okafor@example.co.uk>", "Taking a break", "billing", "",
"""Hi lovely people,

Our little boy arrived two weeks early (all fine!) so I won't be
picking up a paintbrush for a good while. Can you freeze my monthly
membership from this month and start it again in September? I don't
want to lose my place in the Thursday portrait group.

Hannah x"""),
("en", "b62-not-technical-still-charged", "Paul Whitcombe <paul.whitcombe@example.com>", "Account problem", "billing", "",
"""Before anyone sends me troubleshooting steps - the app works fine,
this isn't a technical problem.

I cancelled my audiobook subscription on 2 March, I have the
cancellation email. On 2 April I was charged £9.99 anyway and there's a
new credit sitting in my account that I didn't want. Please refund the
April payment and make sure May doesn't go through.

Paul"""),
("en", "b62-stream-freezes-no-refund-wanted", "Sophie Marchetti <sophie.marchetti@example.co.uk>", "Not after a refund", "technical", "",
"""Hi,

Just to be clear, I'm not asking for my money back - I'd just like to
actually watch the thing!

I bought the on-demand recording of the Wigmore Hall recital. On my
Samsung TV (the app from the TV store) it freezes every two or three
minutes and then jumps forward, so I lose bits of the music. On my
laptop it plays fine, but I'd rather not listen through laptop
speakers. The TV is on wired internet and Netflix is perfect on it.

Sophie"""),
("en", "b62-ticket-app-qr-blank", "Niamh Brennan <niamh.brennan@example.ie>", "Tickets for Friday", "technical", "",
"""Hi there,

I've 2 tickets for the Abbey on Friday night but when I open them in
the app the QR code is just a grey box with a spinning circle. Tried
it on wifi and on data, logged out and in again. The booking shows
up fine, it's only the code that won't load. Will I be able to get in
without it?

Thanks a mill,
Niamh"""),
("en", "b62-audiobook-app-crash-update", "Rahul Venkataraman <rahul.v@example.in>", "App closing suddenly", "technical", "",
"""Hi,

After yesterday's update the audiobook app on my Android phone (Redmi
Note 12, Android 13) closes by itself whenever I open any book. It
shows the cover for one second and then goes back to home screen. I
have cleared cache and reinstalled but same issue. My downloaded books
are also not showing in the library tab.

Please do the needful.

Rahul"""),
("en", "b62-library-card-pin-rejected", "Trevor Quinlan <trevor.quinlan@example.com.au>", "Library card login", "technical", "",
"""G'day,

I signed up for the digital library card last week and it worked for a
couple of days. Now when I try to borrow an ebook it says "card number
or PIN not recognised". I've hit "reset PIN" four times and no email
turns up, not in junk either. Card no. 2900 4471 1183.

Cheers
Trevor"""),
("en", "b62-art-class-recordings-no-sound", "Alison Greaves <alison.greaves@example.co.uk>", "Lesson 4", "technical", "",
"""The recordings for lessons 4 and 5 of the oil painting course have no
sound at all. Lessons 1 to 3 are fine on the same laptop, so it isn't
my speakers. I'd like to catch up before Tuesday's live session if
possible."""),
("en", "b62-deco-lamp-sparked", "Malcolm Reeves <malcolm.reeves@example.co.uk>", "Art Deco lamp from your shop", "technical", "high",
"""Good afternoon,

I bought the Art Deco reproduction table lamp from your online shop
about a month ago. Yesterday evening, when I switched it on, there was
a small spark and a crackle from where the cable goes into the base,
and a smell of hot plastic. I unplugged it straight away and it's now
sitting in the garage.

I thought you ought to know in case there's a problem with the batch.
Please let me know what you would like me to do with it.

Regards,
Malcolm Reeves"""),
("en", "b62-school-art-platform-503", "Ms Patel <k.patel@riverside-primary.example>", "Year 5 art", "technical", "high",
"""Hi,

We use your online art classes for all of Year 5 on Mondays and
Wednesdays. Today 84 children sat down with their sketchbooks and the
class page just says "503 Service Unavailable" on every laptop in the
building - it's the same at our sister school across town. Two
teachers have had to cobble something together for the afternoon.
Wednesday's lesson is for the same children.

Kavita Patel
Art Lead, Riverside Primary"""),
("en", "b62-venue-scanners-tonight", "Front of House <foh@lyric-rooms.example>", "Tonight", "technical", "high",
"""Doors opened at 7 and your scanner app is rejecting every single
ticket - red cross, "ticket not found", even on tickets bought through
your own site this afternoon. We've got about 400 people queueing down
the street in the rain and we're letting them in by name off a
printed list, which is taking forever. The band is due on at 8.

Please call the box office on 0161 496 0731 now.

Dan, Front of House, Lyric Rooms Manchester"""),
("en", "b62-welcome-headphones-case-hot", "Jessica Moreno <jessica.moreno@example.com>", "The headphones you sent", "technical", "high",
"""Hello,

When I joined the audiobook club you sent the free wireless headphones.
I left the charging case plugged in overnight and this morning it was
too hot to hold and the lid doesn't close properly any more, the case
looks slightly puffed up. I've put it on a plate on the balcony.

Is it safe to keep using the headphones themselves? My kids use them
too.

Jessica"""),
("en", "b62-language-app-mic-iphone", "Oliver Grant <oliver.grant@example.co.uk>", "Voice calls", "technical", "",
"""My language partner in Valencia can't hear me on voice calls in the
app. I can hear her fine. Microphone permission for the app is on in
Settings, and the mic works in WhatsApp. iPhone 13, latest iOS.
Text chat is all fine."""),
("en", "b62-question-login-loop", "Brandon Keller <brandon.keller@example.com>", "Question", "technical", "",
"""Every time I log in on the website it takes me back to the login page.
No error message, it just loops. Chrome and Firefox, cleared cookies.
The ticket app on my phone works. What gives?"""),
("en", "b62-re-ticket-audio-out-of-sync", "Mick Donnelly <mick.donnelly@example.com.au>", "Re: Your support ticket #55120", "technical", "",
"""Nah, didn't help. Cleared the cache, restarted the Apple TV, even
reinstalled the app. The sound is still about half a second behind the
picture on every concert I try, which is murder to watch with a
drummer. Other apps on the same box are fine.

Mick

On Tue, 4 Jun, Support <support@livestage.example> wrote:
> Hi Mick,
> Sorry to hear the audio is out of sync. Please try clearing the app
> cache and restarting your device, then let us know if the problem
> continues.
> Kind regards, Priya - LiveStage Support"""),
("en", "b62-urgent-ebook-wont-download", "Carol Fenwick <carol.fenwick@example.co.uk>", "URGENT!!!!", "technical", "",
"""I NEED THIS SORTED TODAY. MY BOOK GROUP IS TONIGHT AND THE EBOOK I
BORROWED ON MY LIBRARY CARD WON'T DOWNLOAD. IT SAYS "LICENCE ERROR
2011" EVERY TIME. I HAVEN'T EVEN READ THE LAST THREE CHAPTERS!!!

Carol"""),
("en", "b62-opera-stream-care-home-thanks", "Eileen Forsyth <eileen.forsyth@example.co.uk>", "Thank you", "general", "",
"""Dear all,

I just wanted to say thank you. My mother is 94 and in a care home in
Harrogate, and she can no longer get to the opera, which was her great
love. On Saturday the staff put your La Bohème livestream on the big
television in the lounge and she sat and sang along to "Che gelida
manina" with tears on her cheeks. Several of the other residents came
in to listen too.

It was the happiest I have seen her in a year. Please keep doing
these.

With gratitude,
Eileen Forsyth"""),
("en", "b62-lost-scarf-museum-cafe", "Fiona McAllister <fiona.mcallister@example.co.uk>", "Left my scarf", "general", "",
"""Hi, I think I left a green tartan scarf on a chair in the museum café
on Saturday afternoon (I collected my online shop order from the desk
at the same time). It was my gran's. Has anyone handed it in?

Fiona"""),
("en", "b62-rude-usher-manager", "Samuel Okonkwo <samuel.okonkwo@example.co.uk>", "Complaint - front of house staff, 22 Feb", "general", "high",
"""Dear Sir/Madam,

On Thursday 22 February I attended the evening performance at your
theatre with my wife, who uses a walking stick. We arrived in good time
and asked an usher whether we could use the lift to the dress circle.
He told us, loudly and in front of the queue, that the lift was "for
people who actually need it" and walked off. My wife was humiliated
and we ended up climbing three flights of stairs.

I do not want tickets or vouchers. I want to speak to the theatre
manager in person, and I want to know what will be done about this
member of staff.

Samuel Okonkwo"""),
("en", "b62-broken-step-gallery-stairs", "Peter Holloway <peter.holloway@example.co.uk>", "Stairs by the print room", "general", "high",
"""Hello,

I was at the gallery yesterday to collect a framed print I'd ordered
online. On the stone stairs down to the print room the third step from
the bottom has a big chunk missing from its front edge, and the
handrail on that side is loose. I nearly went over myself, and there
were a lot of school groups about.

Thought I should let someone know before somebody falls.

Peter Holloway"""),
("en", "b62-urgent-change-email", "Deepak Sharma <deepak.sharma@example.in>", "URGENT - email change", "general", "",
"""Dear Sir,

Very urgent. Please change the email on my language exchange account
from deepak.sharma@oldmail.example to deepak.sharma@example.in. The old
one will be closed by my office at month end. Username: deepak_learns.

Regards,
Deepak Sharma"""),
("en", "b62-data-access-request", "Laura Finch <laura.finch@example.com>", "Subject access request", "general", "",
"""Hello,

Under the UK GDPR I'd like a copy of all personal data you hold about
me in connection with my language exchange account (registered with
this email address), including my chat transcripts and any data shared
with third parties.

Thank you,
Laura Finch"""),
("en", "b62-youth-orchestra-sponsorship", "Gráinne O'Sullivan <grainne@corkyouthstrings.example>", "Cork Youth Strings - sponsorship", "general", "",
"""Hi,

I look after fundraising for Cork Youth Strings, a youth orchestra of
about 45 players aged 11 to 18. We're livestreaming our summer concert
for families abroad for the first time this year and wondered whether
your company would consider sponsoring the stream, or lending us some
technical help, in exchange for a credit in the programme and on
screen.

Happy to send more details.

Gráinne O'Sullivan"""),
("en", "b62-bank-holiday-opening", "Sean Dwyer <sean.dwyer@example.ie>", "Open Monday?", "general", "",
"""Are ye open on the bank holiday Monday? Want to bring the kids to the
Viking exhibition and pick up the thing I ordered from the shop at the
same time."""),
("en", "b62-leave-parcel-porch", "Vanessa Hughes <vanessa.hughes@example.co.uk>", "Order 31204 delivery", "general", "",
"""Hi, I'm at work all day Tuesday when the exhibition catalogue is due.
Please could the driver leave it in the porch (door on the left is
unlocked) or with number 14? Thanks!"""),
("en", "b62-concert-killer-praise", "Jake Morrison <jake.morrison@example.com>", "last night", "general", "",
"""Dude. That livestream was KILLER. The drummer absolutely murdered
that solo in the second set, I nearly died, and when they came back
for the encore the whole chat exploded. Best $15 I've spent all year.
Huge props to whoever was doing the camera work.

Jake"""),
("en", "b62-language-matching-question", "Priyanka Iyer <priyanka.iyer@example.com.au>", "How does matching work?", "general", "",
"""Hi, I'm new to the app. Can I choose to be matched only with Spanish
speakers in Spain rather than Latin America? I'm moving to Seville
for work and want to get used to the accent. Also is there a limit on
how many partners I can have at once?"""),
("en", "b62-captioned-performances", "Aoife Kelleher <aoife.kelleher@example.ie>", "Captions", "general", "",
"""Hello,

I'm hard of hearing. Do any of your streamed theatre performances have
captions, and are there any captioned or ISL-interpreted live
performances coming up in Dublin in the spring?

Thank you,
Aoife"""),
("en", "b62-chat-agent-shared-address-ico", "Rachel Dunmore <rachel.dunmore@example.co.uk>", "Someone else got my address", "general", "high",
"""Hello,

A stranger contacted me yesterday to say your live chat sent her MY
name, home address and phone number when she asked about her own
museum shop order. She was kind enough to screenshot it and tell me. I
live alone and I'm frankly frightened by this.

I want to know how this happened and who else has seen my details. If
I don't get a proper answer from someone senior within a week I will be
reporting this to the Information Commissioner's Office.

Rachel Dunmore"""),
# ---------------- Greek (and Greeklish) ----------------
("el", "b62-gl-metakomisi-amsterdam-livestream", "Nikos Papadakis <nikos.papadakis@example.gr>", "syndromh", "billing", "",
"""Kalhspera sas,
metakomizw Amsterdam ton allo mhna gia douleia kai ekei h wra den mou
vgainei gia tis zwntanes metadoseis twn synaulion (8a einai 1 to
prwi...). Opote kleiste mou th mhniaia syndromh twn 9,90 apo 1h tou
mhna. Mexri tote 8a ta vlepw kanonika.
Eyxaristw gia ola, htan teleia ta Savvatovrada me tis synaulies sas!
Nikos"""),
("el", "b62-dipli-xreosi-eisitiria-theatrou", "Σοφία Αναγνωστοπούλου <sofia.anagn@example.gr>", "Κράτηση ΘΛ-40512", "billing", "",
"""Καλησπέρα σας,

Έκλεισα χθες από την εφαρμογή σας δύο εισιτήρια για την παράσταση
«Ο Γλάρος» στο Θέατρο Λυχνία, για το Σάββατο 16/3. Στο τέλος η
εφαρμογή έβγαλε μήνυμα «η συναλλαγή δεν ολοκληρώθηκε» και έκανα ξανά
την κράτηση. Τελικά έχω δύο χρεώσεις των 36€ στην κάρτα μου, αλλά
μόνο μία κράτηση (ΘΛ-40512).

Παρακαλώ επιστρέψτε μου τη δεύτερη χρέωση.

Ευχαριστώ,
Σοφία Αναγνωστοπούλου"""),
("el", "b62-akyromeni-parastasi-amfisvitisi-trapeza", "Θανάσης Κυριακίδης <th.kyriakidis@example.gr>", "Ακυρωμένη παράσταση - επιστροφή χρημάτων", "billing", "high",
"""Κύριοι,

Η παράσταση της 2ας Φεβρουαρίου στην οποία είχα τέσσερα εισιτήρια
(συνολικά 88€) ακυρώθηκε από εσάς την ίδια μέρα. Στο μήνυμά σας
γράφατε ότι τα χρήματα θα επιστραφούν αυτόματα σε 10 εργάσιμες. Έχει
περάσει πάνω από ένας μήνας, έχω στείλει τρία email και δεν έχω πάρει
ούτε απάντηση ούτε χρήματα.

Σας ενημερώνω ότι αν μέχρι την Παρασκευή δεν δω την επιστροφή, θα
υποβάλω αίτημα αμφισβήτησης της χρέωσης στην τράπεζά μου.

Θανάσης Κυριακίδης
Θεσσαλονίκη"""),
("el", "b62-antigrafo-kylikas-spasmeno", "Ελένη Βλάχου <eleni.vlachou@example.gr>", "Παραγγελία 11873", "billing", "",
"""Καλημέρα σας,

Παρέλαβα σήμερα το αντίγραφο της μελανόμορφης κύλικας από το
πωλητήριο του μουσείου, που ήταν δώρο για τα γενέθλια της αδερφής
μου. Δυστυχώς το κουτί ήταν τσαλακωμένο και η κύλικα ήρθε σπασμένη σε
τρία κομμάτια. Έχω κρατήσει τη συσκευασία και έβγαλα φωτογραφίες.

Μπορώ να μου στείλετε καινούργια ή, αν δεν υπάρχει άλλη σε απόθεμα,
να μου επιστρέψετε τα 64€;

Με εκτίμηση,
Ελένη Βλάχου"""),
("el", "b62-gl-foititiki-ekptosi-premium", "Marina Tz. <marina.tz@example.gr>", "foititiki timh?", "billing", "",
"""Geia sas!! Eimai foithtria sto Panepisthmio Iwanninwn kai 8elw na
parw to Premium sthn efarmogh gia antallagh glwsswn (kanw germanika
gia Erasmus). Yparxei ekptwsh gia foithtes? To 12,99 to mhna einai
poly gia mena. An plhrwsw olo to xrono mazi vgainei ftinotera?"""),
("el", "b62-timologio-afm-ergastiria-ypallilon", "Λογιστήριο Αρχιτεκτονικό Γραφείο Δ. Σταύρου <logistirio@stavrou-arch.example>", "Τιμολογιο για τα εργαστηρια", "billing", "",
"""Καλημερα σας,

Γραψαμε 6 συναδελφους στον κυκλο online εργαστηριων σκιτσου (Απριλιος
- Ιουνιος, 6 x 120€). Η πληρωμη εγινε με την εταιρικη καρτα αλλα
λαβαμε μονο αποδειξεις λιανικης. Χρειαζομαστε τιμολογιο παροχης
υπηρεσιων στα στοιχεια της εταιρειας:

Δ. ΣΤΑΥΡΟΥ & ΣΙΑ Ο.Ε.
ΑΦΜ 099887766, ΔΟΥ Ηρακλειου
Λεωφ. Δημοκρατιας 45, 71306 Ηρακλειο

Ευχαριστω,
Μαρια Τζανακη"""),
("el", "b62-re-prokatavoli-ergastiriou-synigoros", "Γιώργος Μαυρίδης <g.mavridis@example.gr>", "Re: Θερινό εργαστήρι ζωγραφικής στην Τήνο", "billing", "high",
"""Κυρία Λαμπράκη,

Σας ξαναγράφω γιατί η απάντησή σας δεν με καλύπτει. Εσείς ακυρώσατε
το εργαστήρι, όχι εγώ. Η προκαταβολή των 300€ δεν είναι «πίστωση για
μελλοντικό κύκλο», είναι χρήματά μου και τα θέλω πίσω στον λογαριασμό
μου.

Αν δεν τα λάβω μέσα σε 10 ημέρες, θα απευθυνθώ στον Συνήγορο του
Καταναλωτή.

Γιώργος Μαυρίδης

> Από: Εργαστήρια Τέχνης Online <info@art-online.example>
> Θέμα: Θερινό εργαστήρι ζωγραφικής στην Τήνο
>
> Αγαπητέ κύριε Μαυρίδη, λόγω περιορισμένων συμμετοχών το εργαστήρι
> του Ιουλίου δεν θα πραγματοποιηθεί. Η προκαταβολή σας (300€) έχει
> μετατραπεί σε πίστωση που μπορείτε να χρησιμοποιήσετε σε οποιονδήποτε
> κύκλο μέσα στους επόμενους 12 μήνες."""),
("el", "b62-gl-fantaros-pagoma-audiobooks", "Kostas Ntinos <kostas.ntinos@example.gr>", "pame fantaroi", "billing", "",
"""Kalhmera,
mpainw fantaros 15 tou mhna (Tripolh, meta vlepoume) kai gia 9 mhnes
den 8a exw xrono na akousw tipota. Mporeite na pagwsete th syndromh
sto club me ta audiobooks kai na xanaksekinhsei otan apolytw? Den
thelw na xasw tous pontous pou exw mazepsei.
Kwstas"""),
("el", "b62-xwrismos-oikogeneiaki-syndromi", "Δέσποινα Καραγιάννη <despoina.karag@example.gr>", "Αλλαγή πακέτου", "billing", "",
"""Καλησπέρα,

Με τον σύζυγό μου χωρίσαμε και πλέον μένω μόνη μου με την κόρη μου.
Έχουμε το οικογενειακό πακέτο στη λέσχη ακουστικών βιβλίων (4
προφίλ, 17,99€ τον μήνα) που πληρώνεται από τη δική μου κάρτα. Θέλω να
το γυρίσετε στο απλό ατομικό πακέτο και να αφαιρέσετε το προφίλ
«Στέλιος». Το προφίλ της μικρής μπορεί να μείνει;

Ευχαριστώ,
Δέσποινα"""),
("el", "b62-doseis-etisia-karta-melous-mouseiou", "Παναγιώτης Λάμπρου <p.lamprou@example.gr>", "Κάρτα μέλους", "billing", "",
"""Καλημέρα,

Θα ήθελα να βγάλω την οικογενειακή ετήσια κάρτα μέλους του μουσείου
(150€), που περιλαμβάνει και τις online ξεναγήσεις. Γίνεται η
πληρωμή σε δόσεις με πιστωτική κάρτα, και αν ναι, σε πόσες χωρίς
τόκο;

Ευχαριστώ,
Παναγιώτης Λάμπρου
Πάτρα"""),
("el", "b62-gl-kouponi-xrewthika-olokliro", "Stella Rigopoulou <stella.rig@example.gr>", "to kouponi", "billing", "",
"""Geia sas,
eixa to kouponi MUSE10 apo to newsletter sas gia 10 euro ekptwsh sto
eshop tou mouseiou. Sto kalathi to edeixne kanonika 30 anti gia 40,
alla apo thn karta mou efyge 40. Paraggelia 11904. Mou epistrefete ta
10 parakalw?
Stella"""),
("el", "b62-pass-synaylion-ypeythynos", "Άρης Χατζηγεωργίου <aris.chatzi@example.gr>", "Θέλω να μιλήσω με υπεύθυνο", "billing", "high",
"""Καλησπέρα,

Αγόρασα το πάσο σεζόν για τις ζωντανές μεταδόσεις (79€) επειδή στη
διαφήμισή σας έγραφε «12 συναυλίες». Τελικά έγιναν μόνο 7 και η σεζόν
έκλεισε. Ζήτησα αναλογική επιστροφή και ο εκπρόσωπος στο chat μου
είπε απλώς ότι «δεν προβλέπεται».

Δεν δέχομαι αυτή την απάντηση. Παρακαλώ να προωθήσετε το αίτημά μου σε
υπεύθυνο ή στη διεύθυνση και να επικοινωνήσει κάποιος μαζί μου στο
6944 120 733.

Άρης Χατζηγεωργίου"""),
("el", "b62-oxi-texniko-afxisi-timis", "Βασιλική Πετροπούλου <vpetropoulou@example.gr>", "Η εφαρμογη δουλευει μια χαρα", "billing", "",
"""Καλησπερα,

Να πω απο την αρχη οτι δεν εχω τεχνικο προβλημα, η εφαρμογη δουλευει
μια χαρα. Το θεμα μου ειναι οτι η συνδρομη για τα ηχητικα βιβλια ανεβηκε
απο 6,99 σε 9,99 τον μηνα χωρις να λαβω καμια ενημερωση. Το ειδα
τυχαια στο λογαριασμο της τραπεζας.

Ισχυει αυτη η αυξηση και για οσους ειμαστε συνδρομητες απο παλια; Αν
ναι, θα ηθελα να γυρισω στο φθηνοτερο πακετο με 1 βιβλιο τον μηνα.

Βασιλικη"""),
("el", "b62-gl-geia-sas-plirwmi-iris", "Lefteris Bakalis <lefteris.b@example.gr>", "Geia sas", "billing", "",
"""Kalhmera, ta eisithria gia to theatro sthn efarmogh mporw na ta
plhrwsw me IRIS h me trapeziki katathesi? Den exw pistwtikh kai h
xrewstikh mou den pernaei gia online agores. Eyxaristw, Lefteris"""),
("el", "b62-livestream-kollaei-lg-tv", "Χριστίνα Σαββίδου <christina.savvidou@example.gr>", "Η μετάδοση κολλάει", "technical", "",
"""Καλησπέρα σας,

Προσπαθώ να δω τη ζωντανή μετάδοση από την εφαρμογή σας στην
τηλεόραση LG (webOS) και κάθε λίγα λεπτά η εικόνα παγώνει και
εμφανίζεται ο κύκλος φόρτωσης. Στο κινητό, στο ίδιο Wi-Fi, παίζει
κανονικά. Έχω κάνει επανεγκατάσταση της εφαρμογής και επανεκκίνηση
του ρούτερ.

Υπάρχει κάποια ρύθμιση που πρέπει να αλλάξω;

Χριστίνα"""),
("el", "b62-gl-eisitirio-den-anoigei-apopse", "Giannis Triantafyllou <giannis.tr@example.gr>", "eisitirio", "technical", "",
"""kalhspera, exw parastash apopse stis 9 kai sthn efarmogh otan paw na
anoiksw to eisitirio mou leei "kati phge strava, dokimaste ksana" kai
tipota allo. ekana logout/login, tipota. tha me afhsoun na mpw me thn
epivevaiwsh apo to mail? h na to ftiaksete mexri tis 9? :)"""),
("el", "b62-psifiaki-daneistiki-syndesi", "Αικατερίνη Μουστάκα <aik.moustaka@example.gr>", "Ψηφιακή κάρτα βιβλιοθήκης", "technical", "",
"""Καλημέρα σας,

Έβγαλα την ψηφιακή κάρτα βιβλιοθήκης πριν από μία εβδομάδα και μέχρι
χθες δανειζόμουν κανονικά e-books. Από σήμερα, όταν βάζω τον αριθμό
της κάρτας και τον κωδικό, μου βγάζει «Μη έγκυρα στοιχεία». Δεν έχω
αλλάξει τίποτα. Δοκίμασα και από υπολογιστή και από κινητό.

Ευχαριστώ,
Αικατερίνη Μουστάκα
Λάρισα"""),
("el", "b62-den-thelo-epistrofi-offline", "Μιχάλης Ζαχαρίου <m.zachariou@example.gr>", "Επιστροφή;", "technical", "",
"""Γεια σας,

Δεν ζητάω επιστροφή χρημάτων, ας μην το πάμε εκεί. Θέλω μόνο να
δουλεύει αυτό που πληρώνω.

Κατεβάζω τα ηχητικά βιβλία για να τα ακούω στο πλοίο για Χίο, όπου
δεν έχει σήμα. Μόλις βάλω το κινητό σε λειτουργία πτήσης, η εφαρμογή
λέει «Χρειάζεται σύνδεση στο διαδίκτυο» και δεν παίζει τίποτα, ενώ
στη λίστα τα βιβλία φαίνονται κατεβασμένα. Android 14, Samsung A54.

Μιχάλης"""),
("el", "b62-fotistiko-eidolio-zestathike", "Ευάγγελος Ρήγας <vangelis.rigas@example.gr>", "Φωτιστικό από το πωλητήριο", "technical", "high",
"""Καλησπέρα σας,

Πριν από δύο εβδομάδες αγόρασα από το ηλεκτρονικό πωλητήριο το
φωτιστικό LED σε σχήμα κυκλαδικού ειδωλίου, που τροφοδοτείται από
USB. Χθες το βράδυ το είχα αναμμένο περίπου μία ώρα στο κομοδίνο και
όταν πήγα να το σβήσω η βάση ήταν καυτή και το πλαστικό γύρω από την
υποδοχή του καλωδίου είχε μαλακώσει και παραμορφωθεί. Μύριζε καμένο.

Το έχω αποσυνδέσει και δεν το χρησιμοποιώ. Σας το αναφέρω μήπως
υπάρχει θέμα και με άλλα κομμάτια της ίδιας παρτίδας.

Με εκτίμηση,
Ευάγγελος Ρήγας"""),
("el", "b62-gl-mauri-othoni-mathima", "Dimitra Kalogeropoulou <dimitra.kal@example.gr>", "mathima tetartis", "technical", "",
"""Kalhspera, sto zwntano ma8hma akouarelas ths Tetarths vlepw mono
mauri o8onh, akouw omws kanonika thn kathigitria. Oi alloi sthn omada
leei oti vlepoun kanonika. Exw Mac kai Safari, dokimasa kai Chrome.
Ti na kanw gia thn allh fora?
Dhmhtra"""),
("el", "b62-frontistirio-120-mathites-den-syndeontai", "Φροντιστήριο Ξένων Γλωσσών Λέξις <info@lexis-frontistirio.example>", "Συνεδρίες συνομιλίας", "technical", "high",
"""Καλησπέρα,

Το φροντιστήριό μας χρησιμοποιεί την πλατφόρμα σας για τις εβδομαδιαίες
συνομιλίες των μαθητών μας με φυσικούς ομιλητές. Από χθες το απόγευμα
κανένα από τα τμήματα δεν μπορεί να μπει στις αίθουσες: το κουμπί
«Σύνδεση» γυρίζει και μετά βγάζει «Σφάλμα 1006». Σήμερα ακυρώσαμε 9
συνεδρίες, περίπου 120 παιδιά, και οι γονείς μάς παίρνουν τηλέφωνο.
Σε δύο εβδομάδες οι μαθητές δίνουν προφορικά για το Proficiency.

Παρακαλώ απαντήστε μας άμεσα.

Ρένα Κοντού
Διευθύντρια σπουδών"""),
("el", "b62-theatro-premiera-den-poulaei", "Θέατρο Φάρος Βόλου <tameio@faros-volos.example>", "Σελίδα πώλησης", "technical", "high",
"""Καλημέρα,

Από τις 10 το πρωί η σελίδα πώλησης της πρεμιέρας μας (Παρασκευή 22/3)
στην πλατφόρμα σας βγάζει «Η εκδήλωση δεν είναι διαθέσιμη». Έχουμε
διαφημίσει σε όλο τον Βόλο ότι σήμερα ανοίγει η προπώληση, το τηλέφωνο
του ταμείου δεν σταματά να χτυπάει και ο κόσμος μας λέει ότι δεν
μπορεί να κλείσει θέση. Ως τώρα δεν έχει πουληθεί ούτε ένα εισιτήριο.

Τηλέφωνο ταμείου: 24210 55 880.

Κώστας Αναστασίου
Θέατρο Φάρος"""),
("el", "b62-gl-ixeio-reuma-fortisi", "Petros Alexiou <petros.alexiou@example.gr>", "to ixeio", "technical", "high",
"""Geia sas,
to mikro bluetooth ixeio pou steilate dwro me thn eggrafh sto club, to
eixa sth fortish me ton fortisth tou kai otan to agiksa na to kleisw
me xtyphse reuma sto xeri, oxi poly dynata alla to ka8ara. To
aposyndesa kai den to ksanapiasa. Nomizw prepei na to kserete, mhpws
to exoun kai alloi.
Petros"""),
("el", "b62-diagrafi-vivlion-proistamenos", "Ιουλία Παπαγεωργίου <ioulia.papageorgiou@example.gr>", "5ο μήνυμα - ζητώ προϊστάμενο", "technical", "high",
"""Κύριοι,

Για τρίτη φορά μέσα σε έναν μήνα η εφαρμογή σας έσβησε όλα τα ηχητικά
βιβλία που είχα κατεβάσει στο tablet, μαζί με τους σελιδοδείκτες μου.
Είναι το πέμπτο μήνυμα που στέλνω. Κάθε φορά μου απαντάτε με τις ίδιες
οδηγίες (απεγκατάσταση - επανεγκατάσταση), που τις έχω κάνει ήδη.

Ζητώ να αναλάβει το θέμα κάποιος προϊστάμενος του τμήματος
υποστήριξης και να επικοινωνήσει μαζί μου.

Ιουλία Παπαγεωργίου"""),
("el", "b62-epanafora-kodikou-den-erxetai", "Σταύρος Μπάκας <stavros.bakas@example.gr>", "Κωδικος", "technical", "",
"""Πατησα "Ξεχασα τον κωδικο" τρεις φορες στη σελιδα για τα online
μαθηματα ζωγραφικης και δεν ερχεται κανενα email, ουτε στα
ανεπιθυμητα. Το email μου ειναι αυτο που σας στελνω. Ευχαριστω."""),
("el", "b62-gl-ypotitloi-den-fainontai", "Anna Georgiadou <anna.georgiadou@example.gr>", "ypotitloi", "technical", "",
"""Kalhspera, agorasa thn vinteoskopimenh parastash "Elektra" gia na th
dw me thn Agglida fili mou, alla oi agglikoi ypotitloi den emfanizontai,
akoma ki an tous epilegw apo to menou. Sto player deixnei "EN" energo
alla tipota sthn o8onh. Laptop, Chrome.
Anna"""),
("el", "b62-re-ipad-anevasma-ergasias", "Κατερίνα Ζερβού <katerina.zervou@example.gr>", "Re: Αίτημα #20417", "technical", "",
"""Καλησπέρα,

Έκανα ό,τι μου γράψατε, αλλά η εφαρμογή συνεχίζει να κλείνει μόλις
πατήσω «Ανέβασμα εργασίας» και διαλέξω φωτογραφία από το iPad. Με
φωτογραφίες από το κινητό δουλεύει. Τα σχέδια της εβδομάδας τα έχω
όλα στο iPad.

Κατερίνα

Στις 11/4, η Υποστήριξη έγραψε:
> Καλησπέρα κα Ζερβού, παρακαλούμε ενημερώστε την εφαρμογή στην
> τελευταία έκδοση και επανεκκινήστε τη συσκευή σας. Αν το πρόβλημα
> συνεχιστεί, ενημερώστε μας."""),
("el", "b62-efxaristo-pateras-zografiki", "Αλεξάνδρα Δημητρίου <alexandra.dimitriou@example.gr>", "Ένα μεγάλο ευχαριστώ", "general", "",
"""Αγαπητή κυρία Μελίνα,

Ήθελα να σας ευχαριστήσω από καρδιάς. Ο πατέρας μου, 81 ετών, από
τότε που έχασε τη μητέρα μου δεν έβγαινε από το σπίτι και δεν είχε
όρεξη για τίποτα. Τον γράψαμε στα online μαθήματα ζωγραφικής σχεδόν με
το ζόρι. Τώρα περιμένει την Τρίτη πώς και πώς, μας δείχνει τα έργα του
στο τηλέφωνο και έχει γεμίσει το σαλόνι τοπία της Καλαμάτας.

Η υπομονή σας μαζί του είναι ανεκτίμητη.

Με εκτίμηση,
Αλεξάνδρα Δημητρίου"""),
("el", "b62-gl-gyalia-vestiario", "Vasilis Karras <vasilis.karras@example.gr>", "xamena gyalia", "general", "",
"""Kalhmera, htan sto mouseio to Savvato me ta paidia kai nomizw
afhsa ta gyalia mou (maura, se kafe thikh) ston pagko tou vestiariou h
sto pwlhthrio. Ta vrhkate mhpws? Mporw na perasw na ta parw thn
Triti.
Vasilhs"""),
("el", "b62-kathigitria-yparxi-diefthynsi", "Ρένα Σπυροπούλου <rena.spyropoulou@example.gr>", "Παράπονο για το μάθημα της Πέμπτης", "general", "high",
"""Καλησπέρα σας,

Στο ζωντανό μάθημα σχεδίου της Πέμπτης η εκπαιδεύτρια σχολίασε τη
δουλειά μου μπροστά σε όλη την ομάδα λέγοντας ότι «κάποιοι απλώς
χάνουν τον χρόνο μας» και με έβγαλε από την κάμερα χωρίς εξήγηση.
Είμαι 63 ετών, αρχάρια, και πλήρωσα για να μάθω, όχι για να
ντροπιαστώ.

Θέλω να μεταφερθεί το θέμα στη διεύθυνση της σχολής και να μου
τηλεφωνήσει ο υπεύθυνος. Δεν είναι θέμα χρημάτων.

Ρένα Σπυροπούλου"""),
("el", "b62-skismeni-moketa-exostis", "Νίκος Φραγκούλης <nikos.fragkoulis@example.gr>", "Σκάλα εξώστη", "general", "high",
"""Καλησπέρα,

Ήμουν στην παράσταση της Κυριακής. Στη σκάλα που ανεβαίνει στον
εξώστη, στο τρίτο με τέταρτο σκαλί, η μοκέτα είναι σκισμένη και
σηκωμένη και το φως εκεί είναι πολύ χαμηλό. Είδα δύο ηλικιωμένες
κυρίες να σκοντάφτουν στο διάλειμμα, ευτυχώς κρατήθηκαν από την
κουπαστή.

Σας το γράφω για να το φτιάξετε πριν πέσει κάποιος.

Νίκος Φραγκούλης"""),
("el", "b62-gl-epeigon-allagi-kinitou", "Thodoris Lazaridis <thodoris.laz@example.gr>", "EPEIGON!!!", "general", "",
"""EPEIGON!! Allaksa kinhto, to neo einai 6977 441 208. Allakste to
parakalw ston logariasmo mou sthn efarmogh gia ta eisithria, to
palio den to exw pia. Euxaristw"""),
("el", "b62-diagrafi-dedomenon-gdpr", "Φωτεινή Αλεξανδροπούλου <foteini.alex@example.gr>", "Διαγραφη λογαριασμου και δεδομενων", "general", "",
"""Καλησπερα,

Σας παρακαλω να διαγραψετε τον λογαριασμο μου στην εφαρμογη ανταλλαγης
γλωσσων και ολα τα προσωπικα μου δεδομενα (προφιλ, φωτογραφιες,
συνομιλιες), συμφωνα με τον ΓΚΠΔ. Ειχα μονο τον δωρεαν λογαριασμο,
συνδρομη δεν πληρωσα ποτε. Θα ηθελα και επιβεβαιωση οταν γινει.

Φωτεινη Αλεξανδροπουλου"""),
("el", "b62-xorigia-politistikos-syllogos-chania", "Πολιτιστικός Σύλλογος Χαλέπας <syllogos@halepa-chania.example>", "Πρόταση χορηγίας", "general", "",
"""Αξιότιμοι κύριοι,

Ο Πολιτιστικός Σύλλογος Χαλέπας διοργανώνει τον Ιούλιο τη 12η
Γιορτή Κρητικής Μουσικής στα Χανιά. Φέτος θέλουμε για πρώτη φορά να
μεταδώσουμε ζωντανά τις βραδιές για τους Κρητικούς του εξωτερικού.
Θα σας ενδιέφερε να γίνετε χορηγός της μετάδοσης; Θα υπάρχει αναφορά
στην αφίσα, στο πρόγραμμα και στην αρχή κάθε μετάδοσης.

Με τιμή,
Μανόλης Βαρδάκης
Πρόεδρος"""),
("el", "b62-orario-mouseiou-pasxa", "Γεωργία Τσιρίγου <georgia.tsirigou@example.gr>", "Ωράριο Πάσχα", "general", "",
"""Καλημέρα σας, το μουσείο θα είναι ανοιχτό τη Μεγάλη Παρασκευή και τη
Δευτέρα του Πάσχα; Θέλουμε να έρθουμε με τα ανίψια που θα είναι στην
Αθήνα εκείνες τις μέρες. Ευχαριστώ!"""),
("el", "b62-gl-afiste-sto-periptero", "Manos Stergiou <manos.stergiou@example.gr>", "paradosh paraggelias 11952", "general", "",
"""geia sas, to koudouni mou den douleuei kai o courier den 8a me vrei.
an den apantaw sto thlefwno afhste to paketo me to vivlio ths ekthesis
sto periptero sth gwnia (Kyr. Voula), ta exoume vrei. eyxaristw!"""),
("el", "b62-synaylia-itan-fotia", "Λευτέρης Ανδρεάδης <lefteris.andreadis@example.gr>", "Χθες βράδυ", "general", "",
"""Παιδιά, η χθεσινή μετάδοση ήταν ΦΩΤΙΑ! Κάψατε το σπίτι μας, χορεύαμε
όλοι στο σαλόνι μέχρι τις 2 και ο γείτονας χτυπούσε το ταβάνι. Ο ήχος
πεντακάθαρος, τα πλάνα από το drone στο τέλος σκοτωμός. Μπράβο σε όλη
την ομάδα, περιμένουμε την επόμενη!

Λευτέρης"""),
("el", "b62-psifiaki-vivliothiki-poses-daneismoi", "Ιωάννης Πολυχρόνης <ioannis.polychronis@example.gr>", "Ερώτηση", "general", "",
"""Καλησπέρα,

Μένω στη Θεσσαλονίκη αλλά δουλεύω στην Αθήνα. Μπορώ να βγάλω την
ψηφιακή κάρτα της δημοτικής βιβλιοθήκης ή είναι μόνο για δημότες;
Και πόσα e-books μπορεί να έχει κανείς δανεισμένα ταυτόχρονα, για
πόσες μέρες;

Ευχαριστώ,
Ιωάννης"""),
("el", "b62-gl-kalokairina-ergastiria-paidia", "Eva Daskalaki <eva.daskalaki@example.gr>", "kalokairi", "general", "",
"""Kalhspera, 8a kanete kai fetos ta kalokairina ergasthria gia paidia
sto mouseio? H kori mou einai 8 xronwn kai thn perasmenh xronia
enthousiasthke me to ergasthrio aggeioplastikhs. Pote 8a vgei to
programma?
Eva"""),
("el", "b62-allagi-eponymou-gamos", "Μαρία Κωνσταντινίδου <maria.konst@example.gr>", "Αλλαγη ονοματος", "general", "",
"""Καλημερα,

Παντρευτηκα προσφατα και θα ηθελα να αλλαξει το επωνυμο στον
λογαριασμο μου στη λεσχη ηχητικων βιβλιων απο Παπαδοπουλου σε
Κωνσταντινιδου. Τι χρειαζεστε απο εμενα;

Ευχαριστω,
Μαρια"""),
# ---------------- Spanish ----------------
("es", "b62-doble-cargo-lamina-sorolla", "Inmaculada Ruiz <inma.ruiz@example.es>", "Pedido TM-55310", "billing", "",
"""Buenas tardes:

El domingo compré en la tienda online del museo una lámina de Sorolla
(«Paseo a orillas del mar», 29,90 €). En la app del banco me aparecen
dos cargos de 29,90 € con un minuto de diferencia, pero solo tengo un
pedido y un correo de confirmación (TM-55310).

¿Podrían devolverme el cargo duplicado?

Un saludo,
Inmaculada Ruiz
Valencia"""),
("es", "b62-streaming-cancelado-profeco", "Rodrigo Salinas <rodrigo.salinas@example.com.mx>", "Concierto del 8 de marzo", "billing", "high",
"""Buenas tardes,

Pagué $349 MXN por la transmisión en vivo del concierto de Los Cenzontles
del 8 de marzo. La transmisión nunca empezó; a las 10 pm ustedes
publicaron que se cancelaba "por causas ajenas" y que el reembolso
llegaría en 5 días hábiles. Ya pasaron tres semanas y nada.

Si esta semana no veo mi dinero de regreso, voy a levantar una queja
formal ante la Profeco con todas las capturas que tengo.

Rodrigo Salinas
Guadalajara, Jal."""),
("es", "b62-curso-retrato-perro-toto", "Malena Ferreyra <malena.ferreyra@example.com.ar>", "Baja del curso", "billing", "",
"""Hola, ¿qué tal?

Me había anotado en el curso online de dibujo de mascotas con una sola
idea: hacerle un retrato a Toto, mi perro, que tenía 14 años. Toto se
murió el martes y la verdad no tengo ánimo de seguir dibujando perros.
Les pido que me den de baja y que no me cobren la cuota de abril
(ARS 18.500).

Gracias igual, las clases de Julia son hermosas.
Malena"""),
("es", "b62-factura-nif-entradas-navidad", "Administración Grupo Ferrán <admin@grupoferran.example>", "Factura entradas cena de Navidad", "billing", "",
"""Buenos días:

Compramos a través de su app 42 entradas para la función del 19 de
diciembre en el Teatro Arriaga como actividad de empresa (localizador
TA-88120, 1.134,00 €). Necesitamos factura a nombre de la empresa:

Grupo Ferrán Logística, S.L.
NIF B95123456
C/ Licenciado Poza 31, 48011 Bilbao

¿Pueden emitirla y enviarla a esta dirección?

Atentamente,
Ainhoa Etxeberria
Administración"""),
("es", "b62-pago-pse-nequi-clases", "Juan Camilo Restrepo <jcrestrepo@example.com.co>", "Formas de pago", "billing", "",
"""Buenas, quiero inscribirme al curso de acuarela botánica que arranca en
mayo (COP 260.000). ¿Se puede pagar por PSE o con Nequi? No manejo
tarjeta de crédito. Y si se puede en dos cuotas mejor.

Mil gracias,
Juan Camilo
Medellín"""),
("es", "b62-devolucion-panuelo-color", "Pilar Sanz <pilar.sanz@example.es>", "Devolucion panuelo", "billing", "",
"""Hola buenas

Me ha llegado el pañuelo de seda de la coleccion Sorolla pero el color
no tiene nada que ver con la foto de la web, en la web es azul claro y
el que me ha llegado es casi morado. Lo quiero devolver, esta sin
estrenar y con la etiqueta. Como lo hago y cuanto tarda el reembolso?

Pedido 31290

Gracias
Pilar"""),
("es", "b62-cobro-usd-impuestos-app-idiomas", "Facundo Ibarra <facu.ibarra@example.com.ar>", "Me cobraron de más", "billing", "",
"""Buenas. En la app dice que el plan anual de intercambio de idiomas
sale USD 59,99 y en el resumen de la tarjeta me vino bastante más en
pesos, con impuestos que no sé bien de dónde salen. ¿Ustedes cobran
algo aparte o es todo del banco? Quiero entender cuánto pagué
realmente antes de renovar el año que viene.

Facundo"""),
("es", "b62-re-vista-obstruida-responsable", "Carmen Olmedo <carmen.olmedo@example.es>", "Re: Reclamación nº 44107", "billing", "high",
"""Buenas tardes:

Su respuesta no me vale. Pagué 2 x 48 € por butacas de patio que en su
app aparecían como «visibilidad completa» y nos sentaron detrás de una
columna; vimos media obra. No quiero un «código de descuento del 10 %
para su próxima compra», quiero el importe de las entradas.

Les pido que pasen mi reclamación a un responsable con capacidad para
resolverla. No voy a seguir hablando con respuestas automáticas.

Carmen Olmedo

-----Mensaje original-----
De: Atención al cliente <clientes@entradasya.example>
Asunto: Reclamación nº 44107

Estimada Carmen: lamentamos las molestias ocasionadas. Como gesto
comercial le ofrecemos un código de descuento del 10 % para su
próxima compra. Un cordial saludo."""),
("es", "b62-hola-meses-sin-intereses", "Daniela Cervantes <dani.cervantes@example.com.mx>", "Hola", "billing", "",
"""Hola! Quiero comprar la membresía anual del museo con acceso a las
visitas virtuales ($1,850). ¿Aceptan pago a meses sin intereses con
tarjeta BBVA? Gracias!!"""),
("es", "b62-congelar-cuota-tendinitis", "Alberto Mendizábal <alberto.mendizabal@example.es>", "Parar unos meses", "billing", "",
"""Hola:

Me operan de la muñeca derecha el día 20 (tendinitis de De Quervain) y
el traumatólogo dice que me olvide del pincel por lo menos tres meses.
¿Pueden congelarme la cuota mensual de las clases online de óleo
(34 €) hasta septiembre? Cuando vuelva quiero seguir en el grupo de
los martes.

Gracias,
Alberto"""),
("es", "b62-doble-renovacion-chile-banco", "Camila Fuentes <camila.fuentes@example.cl>", "Cobro duplicado - desconoceré el cargo", "billing", "high",
"""Hola,

El 1 de abril me cobraron DOS veces la renovación anual del club de
audiolibros, $54.990 cada una, y solo tengo una cuenta. Escribí el 3 y
el 8 y nadie me contesta.

Les aviso que si el lunes no está devuelto el segundo cargo, voy a
desconocer la compra con mi banco y que ellos lo resuelvan.

Camila Fuentes
Santiago"""),
("es", "b62-no-es-la-app-plan-mensual", "Jorge Alcántara <jorge.alcantara@example.es>", "Cambio de plan", "billing", "",
"""Hola, os escribo por el plan, no es ningún problema de la app (que va
perfecta). Tengo el plan anual de la biblioteca de audiolibros y se
renueva en junio; quiero que a partir de ahí pase a ser mensual, que
ahora escucho bastante menos. ¿Lo hacéis vosotros o tengo que hacerlo
yo desde algún sitio?

Jorge"""),
("es", "b62-tarjeta-regalo-soles-no-descontada", "Lucía Paredes <lucia.paredes@example.com.pe>", "Tarjeta de regalo", "billing", "",
"""Buenas tardes,

Tenía una tarjeta de regalo de S/ 100 para la tienda online del museo.
Hice un pedido de S/ 145 y al final me cobraron los S/ 145 completos
en mi tarjeta de débito, y la tarjeta de regalo sigue mostrando saldo
cero. O sea, pagué todo y perdí el regalo. ¿Me pueden devolver los
S/ 100? Pedido 31305.

Saludos,
Lucía Paredes
Lima"""),
("es", "b62-socia-museo-renovacion-abogado", "Montserrat Vidal <montse.vidal@example.es>", "Renovación no autorizada - cuota de Amiga del Museo", "billing", "high",
"""Muy señores míos:

El 12 de enero les comuniqué por escrito, con acuse de recibo, mi baja
como Amiga del Museo. Aun así, el 1 de marzo me han cargado en cuenta
la cuota anual de 120 €, y cuando llamé me dijeron que «la baja debe
solicitarse desde el área de socios».

Les concedo un plazo de diez días para devolverme el importe. En caso
contrario, he dado instrucciones a mi abogado para que presente la
correspondiente reclamación.

Atentamente,
Montserrat Vidal i Puig
Barcelona"""),
("es", "b62-streaming-se-corta-chromecast", "Raúl Cabrera <raul.cabrera@example.es>", "Se corta el streaming", "technical", "",
"""Hola,

Cuando envío el concierto a la tele con Chromecast se corta cada cinco
o diez minutos y tengo que volver a darle al botón. Desde el móvil
directamente va bien. El Chromecast va perfecto con otras apps y
tenemos fibra de 600 Mb.

¿Hay alguna solución? El sábado quería ver el concierto de la Sinfónica
con mis padres en grande.

Raúl"""),
("es", "b62-codigo-verificacion-no-llega", "Brenda Olvera <brenda.olvera@example.com.mx>", "no puedo entrar", "technical", "",
"""hola buenas noches, no puedo entrar a la app de boletos porque me pide
un codigo de verificacion por sms y nunca me llega, ya le di reenviar
como 6 veces. mi numero es de telcel, termina en 4471. tengo mis
boletos ahi para el domingo"""),
("es", "b62-no-quiero-plata-posicion-audiolibro", "Gustavo Arrieta <gustavo.arrieta@example.com.ar>", "Problema con la app", "technical", "",
"""Hola, les aclaro de entrada: no quiero que me devuelvan la plata, el
club me encanta. Lo que pasa es que desde hace una semana la app no se
acuerda dónde dejé el libro. Lo pauso en el capítulo 12, cierro la app
y cuando vuelvo arranca de cero. Con un libro de 20 horas es un
martirio. iPhone 12, iOS actualizado.

Gustavo"""),
("es", "b62-lector-biblioteca-pantalla-blanco", "Encarna Gómez <encarna.gomez@example.es>", "Libro en blanco", "technical", "",
"""Buenas tardes,

Tengo el carné digital de la biblioteca municipal y he sacado en
préstamo «Los santos inocentes». Cuando le doy a «Leer», se abre una
pantalla en blanco y se queda así, no pasa de ahí. Con otros libros me
pasa lo mismo desde el lunes. Lo estoy intentando desde una tableta
Lenovo.

Gracias y perdonen, que no me manejo mucho con estas cosas.

Encarna Gómez (73 años)"""),
("es", "b62-pizarra-clase-no-carga", "Valentina Ospina <valentina.ospina@example.com.co>", "Clase del jueves", "technical", "",
"""Hola, en la clase en vivo de ilustración digital no me carga la
pizarra compartida, solo veo el cuadro gris y el profe dice que él sí
ve lo que yo dibujo. Estoy en un portátil con Windows 11 y Edge. ¿Hay
que instalar algo?"""),
("es", "b62-cargador-miro-olor-quemado", "Andrés Villalobos <andres.villalobos@example.es>", "Cargador inalámbrico de la tienda", "technical", "high",
"""Hola,

En Navidad compré en la tienda online del museo el cargador inalámbrico
con diseño de Miró. Anoche dejé el móvil cargando encima y a la media
hora noté olor a quemado. El cargador estaba tan caliente que no se
podía tocar y ha dejado una marca oscura en la mesilla de madera.

Lo he desenchufado y guardado. Les escribo sobre todo para que lo
revisen, por si le pasa a otra persona con el cargador cerca de la
cama.

Andrés Villalobos"""),
("es", "b62-escuela-idiomas-grupos-sin-conexion", "Coordinación Académica <coordinacion@idiomas-tlaloc.example>", "Sesiones de conversación", "technical", "high",
"""Buen día,

Somos una escuela de idiomas en Puebla y todos nuestros grupos usan su
plataforma para las sesiones de conversación con hablantes nativos.
Desde ayer a las 4 pm ninguno de los 15 grupos ha podido conectarse:
la sala se queda en "Conectando..." y después los saca. Hoy tuvimos
que mandar a casa a más de 200 alumnos y vamos a tener que reponer
todas esas horas.

Por favor avísennos qué está pasando.

Mtra. Gabriela Ríos
Coordinación Académica"""),
("es", "b62-sala-conciertos-pantalla-negra", "Producción Sala Lúa <produccion@salalua.example>", "EN DIRECTO AHORA", "technical", "high",
"""Estamos emitiendo el concierto de esta noche por vuestra plataforma y
desde hace 15 minutos los espectadores ven pantalla negra con el
mensaje «Emisión no disponible». Por nuestro lado el codificador
envía señal sin errores. Hay más de 2.000 entradas online vendidas, el
chat está lleno de quejas y el grupo está tocando para nadie.

Llamadnos YA al 981 555 302, preguntad por Xoán.

Producción - Sala Lúa, A Coruña"""),
("es", "b62-consulta-app-se-cierra-android", "Rocío Benítez <rocio.benitez@example.com.ar>", "Consulta", "technical", "",
"""Hola, desde que actualicé la app de entradas ayer, se cierra sola ni
bien la abro. Tengo un Motorola G32. Ya la borré y la volví a bajar y
sigue igual. ¿Les pasa a otros?"""),
("es", "b62-re-subtitulos-opera-desfase", "Fernando Lozano <fernando.lozano@example.es>", "Re: Incidencia 60233 - subtítulos", "technical", "",
"""Hola de nuevo:

He probado lo que me indicáis (cerrar sesión, borrar caché, otro
navegador) y nada. Los subtítulos en español de «Tosca» siguen saliendo
unos diez segundos después de que se cante cada frase, así que cuando
aparece el texto ya van por otra cosa. En «La Traviata» van bien.

Fernando

El 3 de mayo, Soporte <soporte@operaencasa.example> escribió:
> Hola, Fernando:
> Te recomendamos cerrar sesión, borrar la caché del navegador y
> probar con otro navegador. Si el problema continúa, vuelve a
> escribirnos.
> Un saludo, Laura"""),
("es", "b62-cuenta-bloqueada-intentos", "Ignacio Muñoz <ignacio.munoz@example.cl>", "Cuenta bloqueada", "technical", "",
"""Hola, me equivoqué con la clave tres veces en la app de intercambio de
idiomas y ahora dice "cuenta bloqueada temporalmente". Ya pasaron dos
días y sigue igual. ¿Me la pueden desbloquear? Mi usuario es
nacho_aprende.

Saludos"""),
("es", "b62-audio-clase-robotico", "Marta Iglesias <marta.iglesias@example.es>", "Audio de las clases", "technical", "",
"""Hola, en las clases en directo de acuarela la voz de la profesora se
oye entrecortada y como robotica, a ratos no se entiende nada. El
video va bien. Los demas companeros dicen que ellos la oyen bien. Uso
el portatil del trabajo con Chrome y los cascos con cable.

Gracias
Marta"""),
("es", "b62-urgente-pdf-entradas", "Francisco Herrera <paco.herrera@example.es>", "URGENTE URGENTE", "technical", "",
"""NO ME DEJA DESCARGAR EL PDF DE LAS ENTRADAS. LE DOY AL BOTÓN Y SALE
«ERROR 500». LA FUNCIÓN ES EL VIERNES Y MI MUJER QUIERE LAS ENTRADAS EN
PAPEL. ARREGLADLO.

Paco"""),
("es", "b62-felicitacion-visita-virtual-colegio", "Nuria Castells <nuria.castells@example.es>", "Gracias por la visita virtual", "general", "",
"""Buenas tardes:

Soy maestra de 4.º de primaria en un colegio rural de Teruel. El martes
hicimos con mis 11 alumnos la visita virtual guiada por la sala de
pintura flamenca. Muchos de ellos no han pisado nunca un museo, y
ver cómo se peleaban por hacerle preguntas a Marcos sobre los monstruos
de El Bosco ha sido precioso. Marcos tuvo una paciencia infinita.

Solo quería daros las gracias. Repetiremos.

Nuria Castells"""),
("es", "b62-chamarra-olvidada-teatro", "Héctor Zamora <hector.zamora@example.com.mx>", "Objeto olvidado", "general", "",
"""Que tal, el sabado en la funcion de las 8 en el Teatro Juárez se me
quedo una chamarra de mezclilla en la fila K, asiento 14 o por ahi.
Trae unas llaves en la bolsa. ¿La encontraron? Compré los boletos en
su app, el folio es BJ-70311."""),
("es", "b62-boleteria-maltrato-gerente", "Silvina Quiroga <silvina.quiroga@example.com.ar>", "Queja por trato en boletería", "general", "high",
"""Buenas tardes:

El viernes fui a retirar en la boletería las entradas que había
comprado por su app para mi mamá y para mí. El empleado de la
ventanilla 2 me trató a los gritos porque no encontraba el código en
el celular, me dijo "señora, si no sabe usar el teléfono no compre por
internet" y cerró la ventanilla en mi cara. Mi mamá, que tiene 80
años, se quedó temblando.

No quiero nada a cambio. Quiero hablar con el gerente del teatro y
saber qué medidas van a tomar con esa persona.

Silvina Quiroga
Rosario"""),
("es", "b62-cristal-roto-sala-infantil", "Beatriz Aguado <beatriz.aguado@example.es>", "Sala infantil del museo", "general", "high",
"""Hola:

Esta mañana estuvimos en la sala de actividades infantiles del museo
(fuimos a recoger un pedido de la tienda online y aprovechamos). En la
zona de la alfombra de juegos hay una vitrina baja con el cristal roto
y trozos en el suelo, justo donde gatean los más pequeños. Se lo
dijimos a una vigilante pero a la salida seguía igual.

Os escribo para que lo retiren cuanto antes.

Beatriz"""),
("es", "b62-cambio-direccion-envios", "Santiago Gaviria <santiago.gaviria@example.com.co>", "Actualizar dirección", "general", "",
"""Buenas tardes, me cambié de apartamento. Por favor actualicen mi
dirección para los envíos del club de libros: Carrera 43A # 18-95,
apto 502, Medellín. Gracias."""),
("es", "b62-rgpd-derecho-acceso", "Clara Domínguez <clara.dominguez@example.es>", "Ejercicio del derecho de acceso", "general", "",
"""Muy señores míos:

En virtud del artículo 15 del RGPD, solicito que me faciliten una copia
de todos los datos personales que tratan sobre mí como usuaria de su
aplicación de intercambio de idiomas, la finalidad del tratamiento y
los destinatarios a los que se hayan comunicado.

Adjunto copia de mi DNI.

Atentamente,
Clara Domínguez Ferrer"""),
("es", "b62-patrocinio-banda-municipal", "Banda de Música de Cullera <banda@musicacullera.example>", "Propuesta de patrocinio", "general", "",
"""Buenos días,

La Banda de Música de Cullera cumple este año su 150 aniversario y
queremos emitir en directo el concierto conmemorativo del 14 de
septiembre para los músicos y familias que viven fuera. ¿Estaría su
empresa interesada en patrocinar la emisión? Ofrecemos presencia del
logotipo en la retransmisión, en el programa de mano y en nuestras
redes.

Quedamos a su disposición.

Vicent Peris
Secretario"""),
("es", "b62-horario-taquilla", "Araceli Pineda <araceli.pineda@example.com.mx>", "Taquilla", "general", "",
"""Buenas, ¿a qué hora abre la taquilla del teatro los domingos? Quiero
recoger unos boletos que compré en la app para mi tía, que no tiene
celular."""),
("es", "b62-dejar-en-conserjeria", "Tomas Ortega <tomas.ortega@example.es>", "Pedido 31342", "general", "",
"""Hola, el catalogo de la exposicion que he pedido dejadlo en la
conserjeria del edificio si no estoy, el conserje se llama Rafa y esta
de 8 a 15. Gracias"""),
("es", "b62-la-rompieron-me-mori", "Lucas Benedetti <lucas.benedetti@example.com.ar>", "Sábado a la noche", "general", "",
"""¡Qué noche, por favor! La obra en streaming del sábado la ROMPIÓ. Me
morí de risa, literal, mi novia me tuvo que pegar para que me callara
a las 2 de la mañana. El actor que hacía del cura es un asesino, lo
mató en cada escena. Gracias por subirla, ojalá suban más de esa
compañía.

Lucas"""),
("es", "b62-edad-minima-app-idiomas", "Paula Reyes <paula.reyes@example.cl>", "Edad mínima", "general", "",
"""Hola, mi hija tiene 15 años y quiere usar la app de intercambio para
practicar inglés. ¿Desde qué edad se puede usar y hay algún control
para menores? Me preocupa con quién habla.

Paula"""),
("es", "b62-presentacion-libro-inscripcion", "Ramón Escudero <ramon.escudero@example.es>", "Presentación del 23", "general", "",
"""Buenas:

He visto en el boletín de la biblioteca digital que el 23 hay una
presentación online del libro de Elvira Lindo con turno de preguntas.
¿Hay que inscribirse antes o basta con entrar al enlace ese día? Y si
no puedo conectarme a la hora, ¿quedará grabada?

Gracias,
Ramón"""),
("es", "b62-foto-redes-sin-permiso-aepd", "Irene Soler <irene.soler@example.es>", "Mi foto en sus redes", "general", "high",
"""Buenas tardes:

En la publicación de Instagram que hicieron ayer sobre el taller
presencial de grabado aparece mi cara perfectamente reconocible, y la
de mi hijo de 9 años, sin que nadie nos pidiera permiso. Les pido que
la retiren hoy mismo.

Si mañana sigue publicada, presentaré una reclamación ante la Agencia
Española de Protección de Datos.

Irene Soler"""),
# ---------------- Polish ----------------
("pl", "b62-podwojne-obciazenie-bilety-teatr", "Agnieszka Wróbel <agnieszka.wrobel@example.pl>", "Rezerwacja TS-30418", "billing", "",
"""Dzień dobry,

wczoraj wieczorem kupiłam w aplikacji dwa bilety na „Wesele” w Teatrze
Słowackiego (rezerwacja TS-30418). Płatność kartą dwa razy się
zawiesiła, a dziś widzę na koncie dwa obciążenia po 120 zł. Rezerwację
mam jedną. Proszę o zwrot nadpłaconych 120 zł.

Pozdrawiam
Agnieszka Wróbel"""),
("pl", "b62-zwrot-plakatu-zagiety", "Marek Kowalczyk <marek.kowalczyk@example.pl>", "Plakat - zwrot", "billing", "",
"""Dzien dobry

Plakat Muchy ktory zamowilem w sklepie muzeum przyszedl zlozony na pol
w zwyklej kopercie zamiast w tubie, jest zalamany przez srodek i nie
nadaje sie do oprawienia. Chce go odeslac i dostac nowy, a jak nie
ma to zwrot 89 zl. Zamowienie 40772.

Marek Kowalczyk"""),
("pl", "b62-transmisja-odwolana-chargeback", "Paweł Nowicki <pawel.nowicki@example.pl>", "Transmisja 15.03 - brak zwrotu", "billing", "high",
"""Dzień dobry,

15 marca zapłaciłem 59 zł za transmisję koncertu zespołu Sorry Boys.
Transmisja nie wystartowała, a Państwo napisali na Facebooku, że
koncert jest odwołany i pieniądze wrócą automatycznie w ciągu 7 dni.
Minął miesiąc. Dwa maile bez odpowiedzi.

Informuję, że jeśli do piątku nie zobaczę zwrotu, składam w banku
reklamację transakcji kartą (chargeback).

Paweł Nowicki"""),
("pl", "b62-faktura-vat-nip-kurs-grafiki", "Studio Kreska <biuro@studiokreska.example>", "Faktura VAT", "billing", "",
"""Dzień dobry,

opłaciliśmy kurs online „Grafika warsztatowa od podstaw” dla dwóch
pracowników (2 x 690 zł), ale dostaliśmy tylko potwierdzenie płatności.
Proszę o wystawienie faktury VAT na dane:

Studio Kreska sp. z o.o.
ul. Piotrkowska 112, 90-006 Łódź
NIP 7251234567

Z poważaniem
Joanna Michalak"""),
("pl", "b62-matura-wyjazd-niemcy-rezygnacja", "Kuba Zieliński <kuba.zielinski@example.pl>", "koniec z premium", "billing", "",
"""Hej, matura zdana, od października studiuję w Lipsku, więc niemieckiego
będę miał teraz na co dzień aż za dużo :) Wyłączcie mi proszę Premium w
apce do wymiany językowej po końcu tego okresu, nie chcę kolejnej
płatności 29,99 zł. Dzięki za pomoc, bez was bym tej ustnej nie zdał.

Kuba"""),
("pl", "b62-raty-kurs-roczny-malarstwa", "Halina Dąbrowska <halina.dabrowska@example.pl>", "Płatność za kurs", "billing", "",
"""Dzień dobry,

interesuje mnie roczny kurs malarstwa olejnego online (1 800 zł). Czy
mogę zapłacić w ratach miesięcznych, a jeśli tak, to czy jest to
dodatkowo płatne? Wolałabym przelewem niż kartą.

Z poważaniem
Halina Dąbrowska"""),
("pl", "b62-karta-przyjaciela-muzeum-uokik", "Zbigniew Kaczmarek <zbigniew.kaczmarek@example.pl>", "Nieuprawnione przedłużenie karty", "billing", "high",
"""Szanowni Państwo,

w styczniu złożyłem pisemną rezygnację z Karty Przyjaciela Muzeum.
Mimo to 1 marca pobrano z mojego konta 150 zł za kolejny rok. Na
infolinii usłyszałem, że „rezygnację trzeba było złożyć przez panel
online”.

Żądam zwrotu 150 zł w ciągu 14 dni. W przeciwnym razie skieruję sprawę
do miejskiego rzecznika konsumentów i zgłoszę praktykę do UOKiK.

Zbigniew Kaczmarek
Poznań"""),
("pl", "b62-re-warsztaty-prowadzacy-nie-przyszedl-kierownik", "Ewa Szymańska <ewa.szymanska@example.pl>", "Re: Zgłoszenie 7715", "billing", "high",
"""Dzień dobry,

to już trzecia taka odpowiedź. Prowadzący nie pojawił się na dwóch z
czterech zajęć warsztatów ceramiki online, za które zapłaciłam 380 zł.
Nie chcę „bonu na kolejną edycję”, chcę zwrotu połowy kwoty, czyli
190 zł.

Proszę o przekazanie mojej sprawy kierownikowi działu lub komuś, kto
może podjąć decyzję.

Ewa Szymańska

W dniu 2.04 Obsługa Klienta napisała:
> Pani Ewo, przepraszamy za niedogodności. W ramach rekompensaty
> możemy zaproponować bon o wartości 100 zł na kolejną edycję
> warsztatów. Pozdrawiamy, Zespół Glina Online"""),
("pl", "b62-dzien-dobry-blik-transmisja", "Oliwia Lewandowska <oliwia.lew@example.pl>", "Dzień dobry", "billing", "",
"""Dzień dobry, czy za dostęp do transmisji z Opery Bałtyckiej da się
zapłacić BLIK-iem? Widzę tylko kartę i PayPal, a karty nie mam.
Pozdrawiam, Oliwia"""),
("pl", "b62-nie-techniczne-oplata-serwisowa", "Tomasz Jabłoński <tomasz.jablonski@example.pl>", "Pytanie", "billing", "",
"""Dzien dobry, od razu zaznaczam ze to nie jest problem techniczny,
aplikacja dziala. Chodzi o oplate serwisowa 5 zl doliczana do kazdego
biletu osobno. Kupilem 4 bilety na jeden spektakl jednym zamowieniem i
zaplacilem 20 zl oplat. Dlaczego nie raz za zamowienie? W kasie
teatru nikt takiej oplaty nie pobiera.

Tomasz"""),
("pl", "b62-bon-podarunkowy-wygasl", "Dorota Piątek <dorota.piatek@example.pl>", "Bon", "billing", "",
"""Dzień dobry, dostałam od córki bon podarunkowy na 200 zł do sklepu
muzeum na imieniny. Chciałam go dziś wykorzystać i strona pisze, że
bon stracił ważność 31 marca. Czy da się go jakoś przedłużyć? Nie
wiedziałam, że ma termin.

Dorota Piątek"""),
("pl", "b62-znizka-seniora-audiobooki", "Stanisław Mazur <stanislaw.mazur@example.pl>", "Zniżka dla emerytów", "billing", "",
"""Szanowni Państwo,

mam 74 lata i słabnący wzrok, więc córka zapisała mnie do Państwa
klubu audiobooków. Czy przewidziana jest zniżka dla emerytów? Płacę
39,99 zł miesięcznie, a to dla mnie sporo.

Z poważaniem
Stanisław Mazur"""),
("pl", "b62-emerytura-abonament-prywatnie", "Grażyna Wójcik <grazyna.wojcik@example.pl>", "Abonament firmowy", "billing", "",
"""Dzień dobry,

od przyszłego miesiąca przechodzę na emeryturę, więc firma przestaje
opłacać mój abonament na lekcje rysunku online. Chciałabym zostać, ale
już prywatnie i na tańszym planie (bez zajęć na żywo, same nagrania).
Jak to zrobić, żeby nie stracić dostępu do moich prac w galerii?

Grażyna Wójcik"""),
("pl", "b62-spektakl-sie-nie-odbyl-sad", "Rafał Sikora <rafal.sikora@example.pl>", "Spektakl 20.01 - wezwanie do zapłaty", "billing", "high",
"""Szanowni Państwo,

20 stycznia spektakl „Mayday”, na który przez Państwa aplikację kupiłem
4 bilety (4 x 95 zł), nie odbył się. Od tamtej pory trzy razy
składałem reklamację i za każdym razem odsyłają mnie Państwo do
teatru, a teatr do Państwa.

Niniejszym wzywam do zwrotu 380 zł w terminie 7 dni. Po bezskutecznym
upływie terminu sprawa zostanie skierowana do sądu.

Rafał Sikora
Wrocław"""),
("pl", "b62-transmisja-zacina-apple-tv", "Krzysztof Wieczorek <k.wieczorek@example.pl>", "Transmisja się zacina", "technical", "",
"""Dzień dobry,

na Apple TV transmisja z filharmonii zacina się co kilka minut i
wraca do ekranu ładowania, a dźwięk ucieka. Na iPadzie w tej samej
sieci wszystko działa. Aplikacja zaktualizowana, Apple TV
zrestartowane. Łącze 300 Mb/s, Netflix i YouTube bez problemu.

Krzysztof"""),
("pl", "b62-brak-kodu-qr-aplikacja", "Natalia Krawczyk <natalia.krawczyk@example.pl>", "bilety na jutro", "technical", "",
"""Czesc, w aplikacji widze swoje bilety na jutrzejszy koncert ale w
miejscu kodu QR jest tylko napis "Blad ladowania". Wylogowalam sie i
zalogowalam, na wifi i na danych to samo. Wpuszcza mnie ktos bez
kodu?"""),
("pl", "b62-nie-chce-zwrotu-synchronizacja-auto", "Łukasz Pawlak <lukasz.pawlak@example.pl>", "Nie chodzi o zwrot", "technical", "",
"""Dzień dobry,

piszę od razu, że nie chcę żadnego zwrotu, tylko żeby działało.
Słucham audiobooków w drodze do pracy przez Android Auto. Od
ostatniej aktualizacji aplikacja w aucie pokazuje pustą listę, a na
telefonie wszystko jest. Jak wyjdę z auta, telefon nie pamięta, w
którym miejscu skończyłem. Samsung S23, Skoda Octavia 2021.

Łukasz"""),
("pl", "b62-karta-biblioteczna-limit-wyczerpany", "Monika Górska <monika.gorska@example.pl>", "E-book", "technical", "",
"""Dzień dobry,

przy próbie wypożyczenia e-booka na cyfrową kartę biblioteczną dostaję
komunikat „Limit wypożyczeń wyczerpany”, choć nie mam żadnej
wypożyczonej książki (zakładka „Moje wypożyczenia” jest pusta). Numer
karty 0412 7788 3301.

Monika Górska"""),
("pl", "b62-nagranie-lekcji-nie-laduje", "Bartosz Michalski <bartosz.michalski@example.pl>", "Lekcja 6", "technical", "",
"""Nagranie lekcji 6 (perspektywa dwuzbieżna) w ogóle się nie ładuje, kręci
się kółko i po minucie wyskakuje błąd odtwarzania. Inne lekcje
działają. Firefox i Chrome, Windows 10."""),
("pl", "b62-paleta-enkaustyczna-iskry", "Magdalena Ostrowska <magdalena.ostrowska@example.pl>", "Zestaw do enkaustyki", "technical", "high",
"""Dzień dobry,

do kursu enkaustyki online kupiłam u Państwa zestaw z podgrzewaną
paletą. Przy trzecim użyciu z gniazda palety, tam gdzie wchodzi
przewód zasilający, posypały się iskry i wybiło bezpiecznik w całym
mieszkaniu. Paleta była wtedy rozgrzana do normalnej temperatury.

Nikomu nic się nie stało, paleta jest odłączona i schowana. Proszę o
informację, co dalej, bo kurs ma jeszcze pięć lekcji.

Magdalena Ostrowska"""),
("pl", "b62-festiwal-kasa-stoi-sprzedaz", "Dom Kultury Zamek <kasa@dk-zamek.example>", "Festiwal - sprzedaż", "technical", "high",
"""Dzień dobry,

od 9 rano nie sprzedaliśmy przez Państwa system ani jednego biletu na
Festiwal Muzyki Dawnej. Strona wydarzenia pokazuje „Brak dostępnych
miejsc”, choć w panelu mamy wolne 600 miejsc na każdy koncert. W kasie
terminal też nie drukuje biletów. Ludzie stoją w kolejce, dzwonią,
piszą na Facebooku, a pierwszy koncert jest jutro.

Proszę o pilny telefon: 61 855 40 12.

Andrzej Nowak
Kierownik kasy"""),
("pl", "b62-biblioteka-filie-czytelnicy-odchodza", "Miejska Biblioteka Publiczna <e-zasoby@mbp-gniezno.example>", "Czytelnicy nie mogą wypożyczać", "technical", "high",
"""Dzień dobry,

we wszystkich 14 filiach naszej biblioteki od wczoraj czytelnicy nie
mogą wypożyczyć e-booków ani audiobooków na karty cyfrowe — po podaniu
numeru karty strona odpowiada „Usługa chwilowo niedostępna”. Telefony
się urywają, ludzie przychodzą do filii z pretensjami, a my nie mamy
jak im pomóc. Szkoły czekają na lektury na przyszły tydzień.

Joanna Kwiatkowska
Dział Zbiorów Elektronicznych"""),
("pl", "b62-wylogowuje-przelozony", "Jerzy Baran <jerzy.baran@example.pl>", "Czwarte zgłoszenie - proszę o przełożonego", "technical", "high",
"""Szanowni Państwo,

to moje czwarte zgłoszenie w tej samej sprawie. Aplikacja do wymiany
językowej wylogowuje mnie w trakcie każdej rozmowy wideo, mniej więcej
po pięciu minutach, i przerywa połączenie. Za każdym razem dostaję tę
samą instrukcję (wyczyść pamięć podręczną, zainstaluj ponownie), którą
wykonałem już wielokrotnie.

Proszę o przekazanie sprawy przełożonemu albo komuś z działu
technicznego, kto faktycznie się nią zajmie.

Jerzy Baran"""),
("pl", "b62-link-reset-hasla-wygasl", "Karolina Kozłowska <karolina.kozlowska@example.pl>", "Hasło", "technical", "",
"""Hej, link do zmiany hasła przychodzi, ale jak w niego klikam (po
minucie!) to strona pisze, że link wygasł. Próbowałam 5 razy. Nie mogę
się zalogować na lekcje."""),
("pl", "b62-re-brak-dzwieku-safari", "Piotr Witkowski <piotr.witkowski@example.pl>", "Re: Zgloszenie 8820", "technical", "",
"""Dzien dobry,

nie pomoglo. Odinstalowalem rozszerzenia, wyczyscilem pamiec, dalej w
Safari transmisja idzie bez dzwieku. W Chrome na tym samym Macu dzwiek
jest, ale Chrome mi sie tnie. Mac mini M2, macOS 14.

Piotr

Dnia 9.05 Pomoc techniczna napisal(a):
> Dzien dobry, prosimy wylaczyc rozszerzenia przegladarki i wyczyscic
> pamiec podreczna, a nastepnie sprobowac ponownie."""),
("pl", "b62-pilne-nie-wgrywa-pracy", "Wiesława Adamczyk <wieslawa.adamczyk@example.pl>", "PILNE!!!", "technical", "",
"""NIE MOGĘ WGRAĆ PRACY DOMOWEJ Z KURSU AKWARELI. WYBIERAM ZDJĘCIE I
WYSKAKUJE „PLIK NIEOBSŁUGIWANY”. TO ZWYKŁE ZDJĘCIE Z TELEFONU. TERMIN
JEST DO NIEDZIELI!!!

Wiesława"""),
("pl", "b62-powiadomienia-nie-przychodza", "Adrian Czerwiński <adrian.czerwinski@example.pl>", "Powiadomienia", "technical", "",
"""Cześć, od tygodnia nie dostaję żadnych powiadomień z aplikacji o nowych
wiadomościach od partnerów do wymiany. Widzę je dopiero jak sam
otworzę apkę. Powiadomienia w ustawieniach telefonu włączone, Xiaomi
13T."""),
("pl", "b62-podziekowanie-transmisja-szpital", "Beata Zawadzka <beata.zawadzka@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

mój syn Antek (9 lat) od sześciu tygodni leży na oddziale onkologii
dziecięcej. W niedzielę obejrzeliśmy razem na tablecie Państwa
transmisję „Dziadka do orzechów” i po raz pierwszy od dawna widziałam,
jak zapomniał, gdzie jest. Pielęgniarki też przystawały przy łóżku.

Dziękuję całemu zespołowi z głębi serca.

Beata Zawadzka"""),
("pl", "b62-parasol-szatnia", "Tadeusz Malinowski <tadeusz.malinowski@example.pl>", "Zgubiony parasol", "general", "",
"""Dzien dobry, w czwartek po spektaklu zostawilem chyba w szatni
parasol, duzy, czarny z drewniana raczka. Czy ktos go oddal? Moge
odebrac w tygodniu.

T. Malinowski"""),
("pl", "b62-przewodnik-komentarze-dyrektor", "Aleksandra Sadowska <aleksandra.sadowska@example.pl>", "Skarga na przewodnika", "general", "high",
"""Szanowni Państwo,

w sobotę byłam z grupą z naszego stowarzyszenia osób niewidomych na
zwiedzaniu z przewodnikiem, zarezerwowanym przez Państwa stronę.
Przewodnik przez większość czasu okazywał zniecierpliwienie, a przy
wszystkich powiedział, że „ta grupa i tak nic nie zobaczy, więc
szkoda jego czasu”. Nikt z obsługi nie zareagował.

Żądam rozmowy z dyrektorem muzeum i pisemnej informacji, jakie kroki
zostaną podjęte.

Aleksandra Sadowska
Prezes Stowarzyszenia „Dotyk”"""),
("pl", "b62-polka-szatnia-spadla", "Michał Rutkowski <michal.rutkowski@example.pl>", "Półka w szatni", "general", "high",
"""Dzień dobry,

w środę w szatni na parterze teatru górna półka na kapelusze nad
wieszakami wisi na jednej śrubie. Kiedy szatniarka zdejmowała mój
płaszcz, półka opadła i otarła się o głowę kobiety stojącej obok.
Obsługa podparła ją krzesłem, ale wczoraj, kiedy odbierałem zakupy
ze sklepiku, dalej tak było.

Lepiej to naprawić, zanim ktoś dostanie w głowę na poważnie.

Michał Rutkowski"""),
("pl", "b62-zmiana-adresu-email", "Renata Kubiak <renata.kubiak@example.pl>", "Zmiana maila", "general", "",
"""Dzień dobry, proszę o zmianę adresu e-mail przypisanego do mojej
cyfrowej karty bibliotecznej z renata.k@stara-poczta.example na
renata.kubiak@example.pl. Numer karty 0412 5590 1128. Dziękuję."""),
("pl", "b62-rodo-usuniecie-danych", "Kamil Wysocki <kamil.wysocki@example.pl>", "Usuniecie danych", "general", "",
"""Dzien dobry

Na podstawie art. 17 RODO prosze o usuniecie mojego konta w aplikacji
do wymiany jezykowej i wszystkich moich danych osobowych (profil,
zdjecia, historia rozmow). Konto bylo darmowe. Prosze o potwierdzenie
wykonania.

Kamil Wysocki"""),
("pl", "b62-sponsor-orkiestra-osp", "Orkiestra Dęta OSP Bieliny <orkiestra@osp-bieliny.example>", "Współpraca przy transmisji", "general", "",
"""Szanowni Państwo,

Orkiestra Dęta OSP Bieliny obchodzi w tym roku 90-lecie. Jubileuszowy
koncert 24 sierpnia chcielibyśmy po raz pierwszy transmitować w
internecie dla naszych rodzin w Anglii i w Niemczech. Czy byliby
Państwo zainteresowani sponsorowaniem tej transmisji? W zamian
oferujemy logo na plakatach i podziękowanie ze sceny.

Z wyrazami szacunku
Henryk Bielecki
Kapelmistrz"""),
("pl", "b62-boze-cialo-godziny", "Jadwiga Sobczak <jadwiga.sobczak@example.pl>", "Boże Ciało", "general", "",
"""Dzień dobry, czy muzeum będzie otwarte w Boże Ciało i w piątek po
nim? Przyjeżdżamy z wnukami z Lublina. Pozdrawiam serdecznie."""),
("pl", "b62-paczkomat-zamiast-kuriera", "Szymon Duda <szymon.duda@example.pl>", "zamowienie 40815", "general", "",
"""Hej, czy da sie zmienic dostawe katalogu z wystawy na paczkomat?
Kurier i tak mnie nie zastanie, jestem w pracy do 18. Najblizszy
paczkomat KRA12M, ul. Kalwaryjska. Dzieki!"""),
("pl", "b62-koncert-rozwalil-system", "Zuzanna Błaszczyk <zuzanna.blaszczyk@example.pl>", "WOW", "general", "",
"""Ten koncert rozwalił system!!! Płakałam przy drugim bisie, po prostu
mnie zabiliście tą aranżacją na smyczki. Sąsiedzi pewnie myśleli, że
ktoś tu umiera, tak darłam się z radości przy ostatnim kawałku.
Dzięki za świetną realizację i dźwięk, jak na żywo.

Zuza"""),
("pl", "b62-karta-cyfrowa-spoza-krakowa", "Wojciech Lis <wojciech.lis@example.pl>", "Karta biblioteczna", "general", "",
"""Dzień dobry,

mieszkam w Wieliczce, ale pracuję w Krakowie. Czy mogę założyć cyfrową
kartę biblioteczną w Państwa bibliotece, czy jest tylko dla
mieszkańców Krakowa? I ile książek można mieć jednocześnie?

Wojciech Lis"""),
("pl", "b62-urodziny-dziecka-warsztaty", "Izabela Pietrzyk <izabela.pietrzyk@example.pl>", "Urodziny w muzeum", "general", "",
"""Dzień dobry,

córka kończy w czerwcu 8 lat i marzy o urodzinach „w muzeum z
dinozaurami”. Czy organizujecie Państwo takie urodziny z warsztatami
dla grupy około 12 dzieci? W jakie dni i co trzeba przygotować?

Izabela Pietrzyk"""),
("pl", "b62-interfejs-po-ukrainsku", "Olena Melnyk <olena.melnyk@example.pl>", "Język aplikacji", "general", "",
"""Dzień dobry, od dwóch lat mieszkam w Katowicach i uczę się polskiego
przez Państwa aplikację. Czy można przestawić menu aplikacji na język
ukraiński? Moja mama też chce spróbować, a nie rozumie jeszcze po
polsku. Dziękuję bardzo!

Olena"""),
]
