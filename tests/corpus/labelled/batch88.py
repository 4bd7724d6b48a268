# batch88.py -- labelled mails held out of the tree until the rules it
# measures are final.  Written for batch 88; nothing is tuned or trained on
# them.  Kinds of business: photography and video for consumers -- photo
# restoration, video tape digitising, portrait studios, drone photography
# for homes, camera rental, photo printing kiosks, family video editing.
# Covers: escalation demands that keep their topic, legal threats and
# chargebacks, negations, subjects that say nothing or something else,
# quoted replies, plans ended or paused in unusual wording, business
# outages told only by their consequences, safety hazards told calmly,
# praise and thanks, payment questions and everyday mail of all three
# queues.  40 mails per language (en, el incl. Greeklish, es, pl).
# Same tuple format as batch13.py: (lang, slug, from, subject, queue,
# priority, body).
M += [
# ---------------- English ----------------
("en", "b88-restoration-quote-vs-invoice", "Hilary Dawson <hilary.dawson@example.co.uk>", "Invoice RS-20417", "billing", "",
"""Hello,

You quoted me £45 to repair the crease and the torn corner on my parents'
wedding photo. The invoice that came with the finished print says £80,
with a line for "advanced facial reconstruction" that nobody mentioned to
me. I'm happy with the work, but I did not agree to the higher price.

Could you look at this and send me a corrected invoice?

Kind regards,
Hilary Dawson"""),
("en", "b88-vhs-charged-twice-bank-dispute", "Derek Lyons <dlyons@example.com>", "charged TWICE", "billing", "high",
"""I dropped off 12 VHS tapes at your Columbus location on the 3rd and paid
$189.00 at the counter. My card statement now shows two charges of $189.00
on the same day. I called twice and both times was told someone would
"look into it".

If the second charge is not reversed by Friday I'm filing a dispute with
my credit card company. I'd rather not, but I'm not waiting another month.

Derek Lyons"""),
("en", "b88-camera-deposit-small-claims", "Aaron Whitfield <aaron.whitfield@example.co.uk>", "Deposit for rental #R-55128", "billing", "high",
"""Hi,

I rented a Sony A7 IV and a 24-70 lens for a weekend wedding shoot and
returned both, undamaged, on 14 May. Your own return slip says "checked,
no issues". My £600 deposit still hasn't been released, three weeks on.

This is the fourth time I've asked. If the full deposit is not back on my
card within seven days I will start a small claims case, I have all the
paperwork.

Aaron Whitfield
07700 900418"""),
("en", "b88-husband-passed-photobook-club", "Bridget Carey <bridget.carey@example.ie>", "Photo book club", "billing", "",
"""Dear Sir or Madam,

My husband Tom set up the monthly photo book club with you some years ago
and it comes out of our joint account, €14.99 each month. Tom passed away
in March and I have no use for it now, I wouldn't know how to make the
books. Would you stop it please. I do not have the password to his
account.

The last two books he made are lovely, I'll keep those.

Yours faithfully,
Bridget Carey
Ballina, Co. Mayo"""),
("en", "b88-kiosk-took-money-no-prints", "Lewis Grant <lewis.grant@example.co.uk>", "Kiosk at Stockbridge", "billing", "",
"""Used the print kiosk in your Stockbridge shop on Saturday afternoon.
Paid £9.40 by contactless for 47 prints, the screen said "printing" and
then just went back to the start. Nothing came out. The girl at the
counter said the kiosk has been fixed since and that I should email for
the money. So here I am - can I get the £9.40 back to the same card?

Lewis"""),
("en", "b88-instalments-wedding-film", "Priyanka Iyer <priyanka.iyer@example.in>", "Payment options for wedding film edit", "billing", "",
"""Dear Team,

We have approximately 40 hours of raw footage from my brother's wedding
(Chennai, 3 days functions) and we wish to avail your Premium family film
edit package which is quoted at Rs. 65,000.

Kindly let us know whether the amount can be paid in 3 instalments, and
whether UPI is accepted or only bank transfer. Also please confirm if GST
is included in the quoted amount.

Thanks and regards,
Priyanka Iyer"""),
("en", "b88-portrait-voucher-expired", "Kylie Nguyen <kylie.nguyen@example.com.au>", "Voucher", "billing", "",
"""Hi there,

My sister gave me one of your family portrait session vouchers ($250) for
my 40th but with a newborn I never got round to booking it and I've just
noticed it expired 2 weeks ago. Is there any chance you could extend it
or swap it for credit? Would be a shame to waste it.

Cheers,
Kylie"""),
("en", "b88-agency-volume-pricing-drone", "Marcus Reed <marcus@reedandpartners.example>", "Aerial shoots - volume pricing", "billing", "",
"""Hi,

We're an independent estate agency covering the Cotswolds and currently
book about six aerial shoots a month with you at the standard £195 each.
We're looking to move almost all of our larger listings to drone photos
from the autumn, which would be 15-20 a month.

Do you offer a volume rate or a monthly package at that level? And would
you invoice monthly rather than per shoot?

Best,
Marcus Reed
Reed & Partners"""),
("en", "b88-re-invoice-company-vat", "Accounts <accounts@halverson-events.example>", "Re: Your order FV-3391 is ready", "billing", "",
"""Hi, thanks - the film looks great. One thing, the invoice attached is
made out to Sophie personally; we need it addressed to the company with
our VAT number GB 123 4567 89 or our accounts can't process it. Can you
reissue?

Sophie Marsh
Halverson Events Ltd

> From: Family Films Studio <orders@familyfilms.example>
> Sent: 12 June 10:14
> Subject: Your order FV-3391 is ready
>
> Hi Sophie, your edited event video is ready to download. Your invoice
> is attached. Thanks for choosing us!"""),
("en", "b88-lens-late-fee-manager", "Tom Halliday <tom.halliday@example.co.uk>", "Late return fee - I want to speak to a manager", "billing", "high",
"""I have been charged £72 in late fees (3 days x £24) for the 70-200mm I
rented. I sent it back by tracked courier on the due date, exactly as your
instructions say, and the tracking shows it delivered to your Bristol
depot the next morning. It's not my fault your staff didn't scan it in
until the Thursday.

I've explained this twice on chat and got nowhere. I want a manager to
call me and reverse the charge. 07700 900127.

Tom Halliday"""),
("en", "b88-emigrating-close-archive", "Fiona Buchanan <fiona.buchanan@example.co.uk>", "Leaving for Canada", "billing", "",
"""Hello,

We're off to Vancouver for good at the end of next month. We've already
downloaded everything from the family video archive you host for us, so
there's no need to keep the plan running after that. It renews on 1 August
at £59.99 for the year - please make sure it doesn't.

Thanks for keeping all those old tapes safe for us over the years.

Fiona and Ewan Buchanan"""),
("en", "b88-canvas-exchange-not-refund", "Megan Doyle <megan.doyle@example.ie>", "Canvas order 44817", "billing", "",
"""Hi, I don't want a refund, the canvas is lovely, it's just too small
over the fireplace! Is it possible to swap the 40x30 for the 80x60 of the
same photo? I'm happy to pay the difference and the postage back to you.

Megan"""),
("en", "b88-hello-pause-print-box", "Gavin Hughes <gavin.hughes@example.com>", "Hello", "billing", "",
"""Hello,

We are having the kitchen and living room redone over the next few months
and honestly there's nowhere to put anything. Could I stop the monthly
print box from June until the end of August and pick it up again in
September? I don't want to cancel it altogether.

Gavin"""),
("en", "b88-not-billing-app-crash-upload", "Jenna Morales <jenna.morales@example.com>", "App problem (not a billing question)", "technical", "",
"""Hi, your form made me choose a category and there's no option for this,
so to be clear this isn't about my bill. The print app crashes every time
I select more than about 20 photos from my camera roll. iPhone 13, iOS 17,
app updated yesterday. It just closes and I lose the whole selection.

Thanks,
Jenna"""),
("en", "b88-dvds-wont-play-no-refund", "Seamus Nolan <seamus.nolan@example.ie>", "The DVDs", "technical", "",
"""Good afternoon,

I collected the DVDs of our old cine films last Tuesday. I don't want my
money back, I want to watch them. Two of the four discs play fine in our
player but the other two just say "Disc Error" and spit out. They play on
my son's laptop but my wife and I don't use the laptop.

Could you have a look at what's wrong with them?

Seamus Nolan"""),
("en", "b88-gallery-login-failing", "Rahul Menon <rahul.menon@example.in>", "Unable to access online proof gallery", "technical", "",
"""Hello,

I am trying to access the proofs from my daughter's birthday photoshoot
using the gallery link and password shared on WhatsApp by your
photographer. Each time it says "Invalid credentials" and the reset link
is not coming to my email (checked spam also).

We need to select the photos for the album by this week itself. Please do
the needful.

Regards,
Rahul Menon
Kochi"""),
("en", "b88-rented-drone-battery-puffy", "Nathan Brooks <nathan.brooks@example.com.au>", "Hire kit - battery", "technical", "high",
"""G'day,

Picked up the Mavic kit from your Fremantle store yesterday. One of the
three batteries looks a bit puffy - the case is bowed and it won't sit
flat on the bench - and it was warm this morning even though it hasn't
been on the charger since last night.

I've put it outside on the concrete away from anything. Not going to use
it obviously. What do you want me to do with it?

Nathan"""),
("en", "b88-kiosk-tingle-card-reader", "Margaret Ellis <margaret.ellis@example.co.uk>", "Photo machine", "technical", "high",
"""Dear Sir,

I was using the photo printing machine in your Harrogate shop this
morning and each time I put my hand on the metal edge by the card reader
I felt a little tingle in my fingers, like a small electric shock. I
mentioned it to the young man but I am not sure he took me seriously. I
thought you ought to know before somebody else uses it.

Yours sincerely,
Margaret Ellis (Mrs)"""),
("en", "b88-school-photo-orders-closed", "School Office <office@stmarysprimary.example>", "Class photos - parents", "technical", "high",
"""Good morning,

Since about 7pm yesterday every parent who follows the ordering link for
this term's class photos gets a page saying "gallery unavailable". Our
orders close on Friday, we have 410 pupils, and the office phone hasn't
stopped since 8.30 this morning. We've had to put a notice on the
newsletter telling parents to wait.

Please can someone look at this today.

Mrs J. Pearce
School Business Manager
St Mary's Primary"""),
("en", "b88-agency-aerials-not-arriving", "Lauren Fitzgerald <lauren@harbourviewrealty.example>", "Shoots from Monday and Tuesday", "technical", "high",
"""Hi team,

We still don't have the aerials for 12 Coral St, 7 Beach Rd or the Kiama
acreage. The delivery links in your emails open an empty folder. Three
campaigns were meant to go live on the portals this morning and they've
been pulled, and I have vendors ringing me wanting to know why their
homes aren't online.

Can someone call me before midday? 0400 123 987.

Lauren Fitzgerald
Harbourview Realty"""),
("en", "b88-rental-camera-err70", "Oliver Pratt <oliver.pratt@example.co.uk>", "Canon R6 from hire", "technical", "",
"""The R6 I hired shows "Err 70" and switches itself off every time I shoot
more than a couple of frames in burst. Tried both batteries and a
different card. Is there a fix, or can you swap the body? I've got a
shoot on Saturday.

Oliver"""),
("en", "b88-usb-files-wont-open-mac", "Brenda Castillo <brenda.castillo@example.com>", "Files on the flash drive", "technical", "",
"""Hi,

Got the flash drive back with our home movies on it, thank you. On my
MacBook the folders show up but when I double click any of the video
files it says "The file couldn't be opened". My husband says they are
.VOB files? I really don't know what that means. Is there a way to get
them to play on a Mac or do I need different files?

Brenda"""),
("en", "b88-flash-burning-smell", "Ciaran Walsh <ciaran.walsh@example.ie>", "Speedlight from rental", "technical", "high",
"""Hi folks,

Quick one about the Godox flash in my rental kit (booking 77154). When I
put the battery on charge last night the flash unit itself started to
smell of burning plastic, and the contacts in the battery slot look
brown/scorched. I unplugged it and it's sitting in the garage. Haven't
used it since.

Let me know how you want it back.

Ciaran"""),
("en", "b88-order-upload-stuck", "Donna Fields <donna.fields@example.com>", "Order 58213", "technical", "",
"""trying to add photos to order 58213 for the restoration and the upload
bar goes to 99% and stays there. waited 20 min. tried 3 times, on wifi
and on 5G. the photos are scans from my printer, about 8mb each"""),
("en", "b88-studio-booking-page-loop", "Anjali Deshmukh <anjali.deshmukh@example.in>", "Booking website issue", "technical", "",
"""Hi,

When I try to book a maternity shoot slot on your website, after I select
the date and click Continue it again shows the first page with package
selection. Tried from laptop and phone both. It is happening since two
days. Kindly check.

Anjali"""),
("en", "b88-re-reexport-still-out-of-sync", "Craig Thompson <craig.thompson@example.com>", "Re: Updated download link", "technical", "",
"""Sorry to be a pain but it's still doing it. From around the 12 minute
mark the sound is about a second behind the picture, you can see Dad's
mouth moving before you hear him. Same on the TV and the laptop.

Craig

On Tue, 4 Jun, Family Films Support <support@familyfilms.example> wrote:
> Hi Craig, we've re-exported your video and the new download link is
> below. This should fix the audio issue you mentioned. Let us know!"""),
("en", "b88-easter-monday-hours", "June Fletcher <june.fletcher@example.co.uk>", "Easter", "general", "",
"""Are you open on Easter Monday? I want to collect my prints from the
Chester branch.
Thank you
June"""),
("en", "b88-thanks-grandad-restored", "Robert Kane <robert.kane@example.co.uk>", "Thank you", "general", "",
"""Dear all,

I just wanted to say thank you. The photo of my grandad in his RAF uniform
was in a terrible state - water damaged, a big tear through the middle -
and what you've sent back is beyond anything I expected. My mum cried
when she saw it. We're framing copies for all the grandchildren.

Please pass on my thanks to whoever did the work.

Robert Kane"""),
("en", "b88-photographer-rude-son-manager", "Alison Parr <alison.parr@example.com>", "Saturday session at your Oxford studio", "general", "high",
"""I brought my 7 year old son, who is autistic, to his school photo
retake at your Oxford studio on Saturday. I told the photographer at the
start that he needs a little time. Within five minutes he was rolling his
eyes, sighing loudly and eventually said to me "we've got a queue, can you
not control him". My son heard every word.

I want to speak to the studio manager or someone above them. This is not
something I'm prepared to let go with a standard apology email.

Alison Parr"""),
("en", "b88-lost-teddy-studio", "Sinead O'Brien <sinead.obrien@example.ie>", "left behind", "general", "",
"""Hi, we had the family shoot in the Galway studio yesterday at 2pm and
our little one left her teddy behind - a grey rabbit with one floppy ear,
called Bun. She's inconsolable. Any chance someone found it? We can call
in for it.
Sinead"""),
("en", "b88-change-email-address", "Harold Jennings <harold.jennings@example.co.uk>", "change of email", "general", "",
"""Dear Sirs,

Please note that I will no longer be using the email address
h.jennings@oldmail.example. Would you kindly update your records to this
address for any future correspondence about my restoration orders.

With thanks,
Harold Jennings"""),
("en", "b88-daughter-in-window-solicitor", "Rachel Moore <rachel.moore@example.co.uk>", "Photo of my daughter in your window", "general", "high",
"""To whom it may concern,

A large print of my daughter from her portrait session in February is
being displayed in the front window of your Kingston studio. At no point
did we consent to her image being used for advertising - I have checked
the booking form, and the box is not ticked.

I expect it removed today and written confirmation that it has not been
used anywhere else, online or offline. If I don't have that by Friday I
will be passing this to my solicitor.

Rachel Moore"""),
("en", "b88-what-data-do-you-hold", "Peter Osei <peter.osei@example.com>", "Subject access request", "general", "",
"""Hello,

Under the UK GDPR I would like a copy of the personal data you hold about
me, including any photographs and video of me or my family kept from
orders since 2019, and details of who you have shared it with.

My account email is this one. Many thanks.

Peter Osei"""),
("en", "b88-originals-leave-with-neighbour", "Ian Sutherland <ian.sutherland@example.co.uk>", "Returning my originals", "general", "",
"""Hi,

When you post my original slides back, I'm out at work all day. Could the
courier leave the parcel with the neighbour at number 14 (Mrs Patel)
rather than taking it back to the depot? Please don't leave it on the
doorstep, they're irreplaceable.

Ian"""),
("en", "b88-sponsor-under10s", "Dave Kimber <dave.kimber@example.com>", "Sponsorship - Thornbury Tigers U10s", "general", "",
"""Hi,

I coach the Thornbury Tigers under-10s. We're looking for a local
business to sponsor next season's kit, and we thought a portrait studio
might like the idea of doing the team photos in return for having the
name on the shirts. Would you be interested in a chat?

Cheers,
Dave Kimber"""),
("en", "b88-question-hi8-minidv-cine", "Carol Whitman <carol.whitman@example.com>", "Question", "general", "",
"""Hi - before I pack up a box for you, do you do Hi8 and MiniDV tapes, or
only VHS? I also have a few reels of 8mm cine film from my father. And
roughly how long does it all take?

Carol"""),
("en", "b88-studio-step-loose", "Geoffrey Lamb <geoffrey.lamb@example.co.uk>", "Your front step", "general", "high",
"""Hello,

Just to let you know, the stone step up to the studio entrance in
Cathedral Street has come loose - it rocks forward when you put your
weight on it. I caught my mother's arm as she went over on it this
afternoon, luckily no harm done. Someone less lucky might take a
proper fall, so worth getting it seen to.

Regards,
Geoffrey Lamb"""),
("en", "b88-drone-over-neighbours-garden", "Wendy Harper <wendy.harper@example.co.uk>", "Your drone operator yesterday", "general", "",
"""Yesterday afternoon one of your operators was photographing the house
next door (number 9) for a sale. Fine - but the drone hovered right over
our back garden for a good few minutes while my daughter was sunbathing,
and when I went out to ask him about it he laughed and said "you're not
in the shot, love". I did not appreciate his attitude at all.

Wendy Harper"""),
("en", "b88-seniors-phone-photo-workshop", "Maureen Tate <maureen.tate@example.com.au>", "Workshop", "general", "",
"""Hello,

I saw a poster in the library about a photography workshop for over-60s
at your Ballarat studio. Is it still on, which day is it, and can I bring
my friend? We both have phones, not proper cameras, is that alright?

Kind regards,
Maureen"""),
("en", "b88-kiosk-wont-see-phone", "Shane Kelly <shane.kelly@example.com.au>", "kiosk", "technical", "",
"""The print kiosk at your Parramatta store won't pick up my phone. I
scan the QR code like it says, the app connects, then the kiosk just sits
on "waiting for photos" forever. Tried it 3 times and on my wife's phone
too (both Android). Ended up going home with nothing. Is there a trick to
it?"""),
# ---------------- Greek (and Greeklish) ----------------
("el", "b88-gl-diplh-xrewsh-kasetes", "Giorgos Mavridis <g.mavridis@example.gr>", "xrewsh", "billing", "",
"""Kalhspera sas,

Esteila 6 kasetes VHS gia pshfiopoihsh kai plhrwsa me karta 85 euro sto
site sas. Shmera eida sto e-banking oti exw xrew8ei 2 fores ta 85 euro,
idia mera, idia wra sxedon. Mallon to patisa 2 fores giati to site
kollhse. Mporeite na mou epistrepsete th mia xrewsh?

Eyxaristw,
Giwrgos Mavridhs"""),
("el", "b88-timi-ana-kaseta-mini-dv", "Δήμητρα Σταυροπούλου <dimitra.stavr@example.gr>", "Τιμές ψηφιοποίησης", "billing", "",
"""Καλημέρα σας,

Έχω περίπου 25 κασέτες Mini DV και 10 VHS από τα παιδικά χρόνια των
παιδιών μου. Θα ήθελα να μάθω πόσο κοστίζει η ψηφιοποίηση ανά κασέτα και
αν υπάρχει έκπτωση για μεγάλες ποσότητες. Επίσης, το USB χρεώνεται
ξεχωριστά;

Ευχαριστώ πολύ,
Δήμητρα Σταυροπούλου"""),
("el", "b88-egyisi-kameras-synigoros", "Κωνσταντίνος Ρήγας <k.rigas@example.gr>", "Εγγύηση ενοικίασης - τελευταία ειδοποίηση", "billing", "high",
"""Κύριοι,

Στις 2 Μαΐου επέστρεψα στο κατάστημά σας στη Θεσσαλονίκη τη φωτογραφική
μηχανή Nikon Z6 II με τους δύο φακούς που είχα νοικιάσει, σε άριστη
κατάσταση. Ο υπάλληλος τα έλεγξε μπροστά μου και υπέγραψε το δελτίο
επιστροφής. Η εγγύηση των 400 € δεν έχει αποδεσμευτεί μέχρι σήμερα,
παρότι έχω στείλει ήδη τρία email.

Αν δεν επιστραφεί το ποσό εντός πέντε εργάσιμων ημερών, θα υποβάλω
καταγγελία στον Συνήγορο του Καταναλωτή και στη Γενική Γραμματεία
Εμπορίου, επισυνάπτοντας το υπογεγραμμένο δελτίο.

Κωνσταντίνος Ρήγας
694 000 3318"""),
("el", "b88-gl-prokatavoli-vaptisi", "Xristina Lazou <xristina.lazou@example.gr>", "Prokatavolh fotografishs", "billing", "",
"""Geia sas, eixa kleisei fwtografish gia th vaptish tou mikrou sto
studio sas gia tis 22 Iouniou kai eixa dwsei prokatavolh 50e. Telika h
vaptish metaferetai ton Septemvrio logw ygeias ths giagias. Mporw na
parw pisw thn prokatavolh h na meinei gia thn kainouria hmeromhnia?
Xristina"""),
("el", "b88-syndromi-mitera-apebiose", "Ανδρέας Κουτσός <andreas.koutsos@example.gr>", "Συνδρομή της μητέρας μου", "billing", "",
"""Καλησπέρα σας,

Η μητέρα μου, Ελένη Κουτσού, είχε μηνιαία συνδρομή στην υπηρεσία σας για
την αποθήκευση των οικογενειακών φωτογραφιών (4,90 € τον μήνα). Η μητέρα
μου απεβίωσε τον περασμένο μήνα. Έχουμε ήδη κατεβάσει όλες τις
φωτογραφίες, οπότε παρακαλώ να σταματήσει η χρέωση στην κάρτα της.

Αν χρειάζεστε ληξιαρχική πράξη θανάτου, ενημερώστε με.

Με εκτίμηση,
Ανδρέας Κουτσός"""),
("el", "b88-doseis-video-gamou", "Ιωαννα Μπεκα <ioanna.beka@example.gr>", "Πακετο μονταζ", "billing", "",
"""Καλησπερα,
θα θελαμε το πακετο μονταζ για τα βιντεο του γαμου μας (περιπου 12 ωρες
υλικο απο 3 καμερες φιλων). Στο site λεει 480 ευρω. Γινεται να το
πληρωσουμε σε δοσεις με πιστωτικη; Και αν ναι ποσες δοσεις χωρις τοκο;
Ευχαριστω
Ιωαννα"""),
("el", "b88-re-timologio-villa-afm", "Villa Galini <info@villagalini.example>", "Re: Οι αεροφωτογραφίες σας είναι έτοιμες", "billing", "",
"""Καλησπέρα,

Ευχαριστούμε, οι φωτογραφίες είναι υπέροχες. Χρειαζόμαστε όμως τιμολόγιο
και όχι απόδειξη, γιατί η βίλα λειτουργεί ως επιχείρηση. Στοιχεία:
ΓΑΛΗΝΗ ΤΟΥΡΙΣΤΙΚΗ ΙΚΕ, ΑΦΜ 801234567, ΔΟΥ Ηρακλείου, Λεωφ. Κνωσού 112,
Ηράκλειο. Μπορείτε να το εκδώσετε;

Μαρία Τζανάκη

-----Αρχικό μήνυμα-----
Από: SkyHome Photo <orders@skyhomephoto.example>
Θέμα: Οι αεροφωτογραφίες σας είναι έτοιμες
> Αγαπητή κα Τζανάκη, οι 35 αεροφωτογραφίες της βίλας είναι διαθέσιμες
> στον σύνδεσμο παρακάτω. Στο συνημμένο θα βρείτε την απόδειξη."""),
("el", "b88-zimia-fakou-proistamenos", "Παναγιώτης Δρόσος <p.drosos@example.gr>", "Χρέωση 260€ για «γρατζουνιά» στον φακό", "billing", "high",
"""Καλησπέρα,

Μου χρεώσατε 260 € για ζημιά στον φακό 24-70 που νοίκιασα, με την
αιτιολογία ότι έχει γρατζουνιά στο μπροστινό κρύσταλλο. Τον φακό τον
παρέλαβα με το φίλτρο ήδη βιδωμένο και δεν το έβγαλα ποτέ - η γρατζουνιά
υπήρχε πριν. Δεν μου δείξατε ούτε φωτογραφίες ούτε δελτίο ελέγχου.

Έχω μιλήσει ήδη με δύο υπαλλήλους στο κατάστημα. Ζητώ να επικοινωνήσει
μαζί μου ο υπεύθυνος του καταστήματος ή ο προϊστάμενός τους. Δεν θα
πληρώσω κάτι που δεν έκανα.

Παναγιώτης Δρόσος"""),
("el", "b88-gl-dwroepitagh-egkymosyni", "Natasa P. <natasa.p@example.gr>", "Dwroepitagh", "billing", "",
"""Kalhmera! Oi filoi mou mou xarisan mia dwroepitagh 150e gia
fotografish egkymosynhs sto studio sas, alla telika o mikros hr8e nwris
kai den prolava :) Mporw na thn xrhsimopoihsw gia newborn fotografish
anti gi' auth? An einai akrivoterh plhrwnw th diafora fysika.
Natasa"""),
("el", "b88-skylos-etisia-fotografisi", "Σοφια Αλεξιου <sofia.alexiou@example.gr>", "Ετησια φωτογραφιση", "billing", "",
"""Καλημερα σας,
τα τελευταια 4 χρονια ερχομασταν καθε Μαιο για την ετησια φωτογραφιση
του Μπομπ, του σκυλου μας, με το πακετο που ανανεωνεται αυτοματα. Ο Μπομπ
εφυγε τον Μαρτιο, ηταν 14 χρονων. Δεν θελουμε να ανανεωθει το πακετο
φετος. Σας ευχαριστουμε για τις ομορφες φωτογραφιες που μας αφησατε.
Σοφια"""),
("el", "b88-apokatastasi-den-irthe-trapeza", "Ευάγγελος Σιδέρης <e.sideris@example.gr>", "Παραγγελία 20931 - αμφισβήτηση χρέωσης", "billing", "high",
"""Στις 10 Μαρτίου πλήρωσα online 120 € για την αποκατάσταση τριών παλιών
φωτογραφιών (παραγγελία 20931). Σας έστειλα τα πρωτότυπα με συστημένο.
Έχουν περάσει δύο μήνες, δεν έχω λάβει τίποτα, και στα email μου
απαντάτε με την ίδια αυτόματη απάντηση.

Ζητώ την επιστροφή των χρημάτων και των πρωτοτύπων. Αν δεν υπάρξει
απάντηση από άνθρωπο μέχρι τη Δευτέρα, θα ζητήσω από την τράπεζά μου να
αμφισβητήσει τη συναλλαγή.

Ευάγγελος Σιδέρης, Πάτρα"""),
("el", "b88-gl-anavathmisi-paketou", "Thodoris K. <thodoris.k@example.gr>", "Paketo montaz", "billing", "",
"""Kalhspera, den 8elw epistrofh xrhmatwn, mhn anhsyxeite :) Plhrwsa to
Basic paketo montaz (180e) gia ta video ths oikogeneias alla telika 8a
h8ela kai thn ekdosh me mousikh kai titlous (Premium). Ginetai na kanw
anavathmish kai na plhrwsw mono th diafora?
Thodwrhs"""),
("el", "b88-erotisi-iris-antikatavoli", "Αικατερίνη Φωτίου <katerina.fotiou@example.gr>", "Ερώτηση", "billing", "",
"""Καλησπέρα σας,

Θέλω να παραγγείλω εκτυπώσεις και ένα άλμπουμ από το site σας. Δεν έχω
πιστωτική κάρτα. Μπορώ να πληρώσω με IRIS ή με αντικαταβολή; Και αν
πληρώσω με αντικαταβολή, υπάρχει επιπλέον χρέωση;

Ευχαριστώ,
Κατερίνα"""),
("el", "b88-gl-oxi-xrewsh-app-kleinei", "Stelios Vlachos <stelios.vlachos@example.gr>", "efarmogh", "technical", "",
"""Kalhmera. To mhnyma mou den afora xrewsh h plhrwmh, ola ok me auto. H
efarmogh sas gia ektypwseis kleinei monh ths otan pataw "prosthiki sto
kala8i". Samsung A54, Android 14, thn exw svhsei kai 3anakatevasei. Ti
allo na kanw?"""),
("el", "b88-usb-tileorasi-den-diavazei", "Γεώργιος Αθανασίου <g.athanasiou@example.gr>", "Το στικάκι με τα βίντεο", "technical", "",
"""Καλημέρα σας,

Παρέλαβα το στικάκι με τα ψηφιοποιημένα βίντεο από τις κασέτες μας. Όταν
το βάζω στην τηλεόραση (LG, 4 ετών), βλέπω τους φακέλους αλλά λέει «μη
υποστηριζόμενο αρχείο». Στον υπολογιστή του γιου μου παίζουν κανονικά.
Τι μπορώ να κάνω για να τα βλέπουμε στην τηλεόραση;

Γεώργιος Αθανασίου
Λάρισα"""),
("el", "b88-kodikos-gallery", "Ελενη Μαργαριτη <eleni.margariti@example.gr>", "Δεν μπαινω στη συλλογη", "technical", "",
"""Καλησπερα, ο φωτογραφος μου εστειλε τον συνδεσμο για να διαλεξω
φωτογραφιες απο τη φωτογραφιση της κορης μου. Βαζω τον κωδικο που μου
εδωσε και μου βγαζει "λαθος κωδικος". Τον εχω αντιγραψει ακριβως. Εχω
δοκιμασει και απο υπολογιστη και απο κινητο.
Ελενη"""),
("el", "b88-kiosk-farmakeio-sabbato", "Φαρμακείο Νικολαΐδη <info@farmakeio-nikolaidi.example>", "Κιόσκι εκτυπώσεων", "technical", "high",
"""Καλημέρα,

Το κιόσκι εκτυπώσεων που έχουμε από εσάς στο φαρμακείο μας στο Περιστέρι
δείχνει μαύρη οθόνη από χθες το απόγευμα. Κάνουμε επανεκκίνηση και
ξαναμαυρίζει μετά από ένα λεπτό. Σήμερα το πρωί γυρίσαμε πίσω πάνω από
δέκα πελάτες, και έχουμε και τις παραγγελίες για τις φωτογραφίες
διαβατηρίου που δεν μπορούμε να βγάλουμε. Το Σάββατο είναι η πιο
γεμάτη μέρα μας.

Παρακαλώ στείλτε τεχνικό το συντομότερο.

Μιχάλης Νικολαΐδης
210 0000 451"""),
("el", "b88-gl-mpataria-drone-fouskwmenh", "Alexis Tsakiris <alexis.tsakiris@example.gr>", "mpataria drone", "technical", "high",
"""Geia sas. Noikiasa to drone to Savvatokyriako (kratisi 4417). H mia
apo tis treis mpataries fainetai fouskwmenh, to kapaki den kleinei kala,
kai htan zesth eno den th fortiza. Thn evgala sto mpalkoni, panw se
plakakia, makria apo ta ypoloipa. Den thn xrhsimopoiw. Pws thelete na
thn epistrepsw?
Alexis"""),
("el", "b88-fortistis-kameras-spitha", "Βασιλική Ζαχαρίου <vasiliki.zachariou@example.gr>", "Φορτιστής μπαταρίας", "technical", "high",
"""Καλησπέρα σας,

Νοίκιασα από εσάς μια κάμερα Sony την Πέμπτη. Χθες βράδυ, όταν έβαλα τον
φορτιστή της μπαταρίας στην πρίζα, έβγαλε μια σπίθα και μύρισε καμένο.
Τον έβγαλα αμέσως από την πρίζα και δεν τον ξαναχρησιμοποίησα. Η πρίζα
είναι εντάξει, δοκίμασα άλλη συσκευή.

Θα ήθελα να μου πείτε πώς να προχωρήσω, γιατί χρειάζομαι την κάμερα και
για το Σαββατοκύριακο.

Βασιλική Ζαχαρίου"""),
("el", "b88-mesitiko-aggelies-drone", "Κτηματικη Ακροπολις <grafeio@ktimatiki-akropolis.example>", "Πλατφορμα", "technical", "high",
"""Καλημερα,
απο χθες το μεσημερι η πλατφορμα σας δεν μας αφηνει να κατεβασουμε τις
αεροφωτογραφιες των ακινητων. Πατας ληψη και γυρναει συνεχεια. Εχουμε 9
αγγελιες που επρεπε να ανεβουν σημερα και δεν μπορουμε, και οι
ιδιοκτητες μας παιρνουν τηλεφωνο να ρωτανε γιατι δεν βλεπουν το σπιτι
τους στο ιντερνετ. Καθε μερα καθυστερησης ειναι χαμενα ραντεβου.
Παρακαλουμε αμεσα καποιον τεχνικο.
Νικος Αντωνιου
Κτηματικη Ακροπολις"""),
("el", "b88-gl-fakos-den-estiazei", "Manolis Dim. <manolis.dim@example.gr>", "Fako apo noikiasi", "technical", "",
"""Kalhspera, o fakos 50mm pou noikiasa xthes den kanei autofocus, mono
manual. O diakopths einai sto AF, to dokimasa kai se allh mhxanh. Mporw
na ton allaksw aurio to prwi sto katasthma sthn Kallithea?"""),
("el", "b88-syndesmos-lixi", "Χαράλαμπος Γεωργίου <ch.georgiou@example.gr>", "Σύνδεσμος λήψης", "technical", "",
"""Γεια σας,

Μου στείλατε email ότι το βίντεο από τη βάφτιση είναι έτοιμο, αλλά όταν
πατάω τον σύνδεσμο βγαίνει «Ο σύνδεσμος έχει λήξει». Το email το έλαβα
μόλις προχθές. Μπορείτε να μου στείλετε νέο;

Χαράλαμπος"""),
("el", "b88-re-ixos-den-sygxronizetai", "Ρένα Παπαδάκη <rena.papadaki@example.gr>", "Re: Το βίντεο της επετείου σας", "technical", "",
"""Καλησπέρα, δυστυχώς και στο νέο αρχείο ο ήχος πάει πίσω από την εικόνα
στο δεύτερο μισό, μετά τον χορό. Το δοκίμασα σε τηλεόραση, κινητό και
λάπτοπ, παντού το ίδιο.

Ρένα

Στις 3/6, ο/η Video Memories <support@videomemories.example> έγραψε:
> Καλησπέρα κυρία Παπαδάκη, ανεβάσαμε διορθωμένη έκδοση του βίντεο
> στον ίδιο σύνδεσμο. Ο συγχρονισμός ήχου θα πρέπει να είναι πλέον σωστός."""),
("el", "b88-gl-paraggelia-upload-apotyxia", "Eirini Chatzi <eirini.chatzi@example.gr>", "Paraggelia 30418", "technical", "",
"""Kalhmera, prospa8w na anevasw tis fwtografies gia thn paraggelia 30418
kai mou vgazei "sfalma diakomisth" meta apo 2-3 fwtografies. Einai jpg
apo to kinhto, oxi megales. To dokimasa kai me allo browser."""),
("el", "b88-arxeio-xamili-analysi", "Σπυρίδων Μελάς <spyros.melas@example.gr>", "Αρχείο αποκατάστασης", "technical", "",
"""Καλησπέρα,

Λάβαμε το αρχείο από την αποκατάσταση της φωτογραφίας του παππού μου.
Στην οθόνη φαίνεται καλά, αλλά όταν πήγα να το τυπώσω σε 30x40 ο
τυπογράφος μου είπε ότι είναι μόνο 800x600 pixel και βγαίνει θολό.
Εγώ είχα στείλει σάρωση σε 1200 dpi. Μήπως στάλθηκε λάθος αρχείο;

Σπύρος Μελάς"""),
("el", "b88-psifiaki-korniza-den-anavei", "Ευτυχία Καραγιάννη <eftychia.karagianni@example.gr>", "Η κορνίζα", "technical", "",
"""Αγαπητοί κύριοι,

Τα παιδιά μου μού πήραν από εσάς τα Χριστούγεννα την ψηφιακή κορνίζα με
τις παλιές φωτογραφίες της οικογένειας. Από την Κυριακή δεν ανάβει
καθόλου. Είναι στην πρίζα, το φωτάκι στο πίσω μέρος δεν ανάβει. Δεν
έκανα τίποτα διαφορετικό. Τι μπορεί να φταίει;

Ευτυχία Καραγιάννη, 76 ετών"""),
("el", "b88-gl-gimbal-bluetooth", "Kostas Ioannou <kostas.ioannou@example.gr>", "gimbal", "technical", "",
"""Geia. To gimbal pou pira apo thn enoikiash xtes den syndeetai me to
kinhto mesw bluetooth. To vlepei h efarmogh, pataw syndesh kai meta apo
liga deuterolepta leei "apotyxia". Exw iPhone 14. Kathe voh8eia
eyprosdekth, to 8elw gia thn Kyriakh."""),
("el", "b88-orario-dekapentavgoustos", "Μαρίνα Λιάπη <marina.liapi@example.gr>", "Ωράριο Αυγούστου", "general", "",
"""Καλημέρα, θα είστε ανοιχτά τον Αύγουστο; Θέλω να περάσω να πάρω τις
φωτογραφίες μου από το κατάστημα στο Χαλάνδρι γύρω στις 14-16 του μήνα.
Ευχαριστώ!"""),
("el", "b88-gl-euxaristies-giagia-90", "Nikos Th. <nikos.th@example.gr>", "Euxaristw!!", "general", "",
"""Kalhspera sas! Hthela na sas pw ena megalo eyxaristw gia to video pou
ftiaksate apo tis palies kasetes gia ta 90a genethlia ths giagias mou.
Otan to eide sth giorth klaigame oloi, 3ekinhse na mas leei istories
pou den ta3erame pote. Poly prosegmenh douleia, me thn mousikh kai ta
onomata. Na ste kala!
Nikos"""),
("el", "b88-agenia-ypallilou-dieythyntis", "Θεοδώρα Κωστοπούλου <theodora.kost@example.gr>", "Συμπεριφορά υπαλλήλου στο κατάστημα Πειραιά", "general", "high",
"""Καλησπέρα σας,

Χθες το πρωί πήγα στο κατάστημά σας στον Πειραιά για φωτογραφίες
διαβατηρίου με την 80χρονη μητέρα μου. Η υπάλληλος μας μίλησε με πολύ
άσχημο τρόπο επειδή η μητέρα μου δεν μπορούσε να κρατήσει το κεφάλι της
ακίνητο, είπε δυνατά μπροστά σε άλλους πελάτες «δεν έχουμε όλη τη μέρα»
και τελικά μας είπε να πάμε αλλού.

Θέλω να μιλήσω με τον διευθυντή του καταστήματος ή με κάποιον
υπεύθυνο της εταιρείας. Δεν δέχομαι μια τυπική απάντηση.

Θεοδώρα Κωστοπούλου
697 000 2285"""),
("el", "b88-xameno-mpoufan-stoudio", "Λευτερης Βλαχος <lefteris.vlachos@example.gr>", "Ξεχασαμε ενα μπουφαν", "general", "",
"""Γεια σας, ημασταν σημερα στις 11 στο στουντιο για την οικογενειακη
φωτογραφιση και ξεχασαμε ενα παιδικο μπουφαν, μπλε με κιτρινη κουκουλα,
νουμερο 6 ετων. Αν το βρηκατε μπορουμε να περασουμε αυριο.
Ευχαριστω, Λευτερης"""),
("el", "b88-gl-allagh-thlefwnou", "Vaso Karra <vaso.karra@example.gr>", "Allagh stoixeiwn", "general", "",
"""Kalhmera, allaksa ari8mo kinhtou. To neo einai 690 000 7712, to palio
to exw kleisei. Parakalw na to enhmerwsete sto profil mou giati ekei mou
stelnete ta mhnymata gia tis paralaves.
Eyxaristw, Vaso Karra"""),
("el", "b88-fotografia-paidiou-facebook", "Αλέξανδρος Ντόκος <alexandros.ntokos@example.gr>", "Φωτογραφία του γιου μου", "general", "",
"""Καλησπέρα,

Είδα ότι στη σελίδα σας στο Facebook έχετε ανεβάσει μια φωτογραφία του
γιου μου από τη σχολική φωτογράφιση. Δεν θυμάμαι να δώσαμε συγκατάθεση
για δημοσίευση. Θα σας παρακαλούσα να την κατεβάσετε και να μου πείτε
ποια άλλα δεδομένα μας κρατάτε.

Ευχαριστώ,
Αλέξανδρος Ντόκος"""),
("el", "b88-xorigia-sxoliki-giorti", "Σύλλογος Γονέων 5ου Δημοτικού Βόλου <sylogos5dimvolou@example.gr>", "Πρόταση χορηγίας", "general", "",
"""Αξιότιμοι κύριοι,

Ο Σύλλογος Γονέων και Κηδεμόνων του 5ου Δημοτικού Σχολείου Βόλου
διοργανώνει τη γιορτή λήξης της σχολικής χρονιάς στις 18 Ιουνίου. Θα
σας ενδιέφερε να χορηγήσετε τη φωτογράφιση της εκδήλωσης, με αναφορά του
καταστήματός σας στο πρόγραμμα και στις αφίσες;

Με εκτίμηση,
Για το Δ.Σ.
Άννα Ευαγγέλου"""),
("el", "b88-spasmeno-tzami-paidiki-gonia", "Ολυμπία Χριστοδούλου <olympia.christ@example.gr>", "Παιδική γωνιά στο στούντιο", "general", "high",
"""Καλημέρα,

Ήθελα απλώς να σας ενημερώσω ότι στην παιδική γωνιά του στούντιου στη
Γλυφάδα, όπου περιμένουν τα παιδιά, το τζάμι του χαμηλού τραπεζιού
είναι ραγισμένο και λείπει ένα κομμάτι από τη γωνία, με κοφτερή άκρη
ακριβώς στο ύψος των παιδιών. Το είπα στη ρεσεψιόν αλλά ήταν πολύ
απασχολημένοι. Καλό θα ήταν να το απομακρύνετε πριν κοπεί κάποιο
παιδί.

Ολυμπία Χριστοδούλου"""),
("el", "b88-gl-erwthsh-kasetes-hxou", "Panos Lykos <panos.lykos@example.gr>", "Erwthsh", "general", "",
"""Geia sas, pshfiopoieite kai kasetes hxou (ta klasika kasetofwna) h mono
video? Exw kapoies me th fwnh tou patera mou apo to '80. Kai an nai,
poso kairo pairnei?"""),
("el", "b88-paradosi-periptero", "Γιαννης Σπανος <giannis.spanos@example.gr>", "Παραδοση δεματος", "general", "",
"""Καλησπερα, το δεμα με τα αλμπουμ θα ερθει την Πεμπτη αλλα δεν θα ειμαι
σπιτι. Μπορει ο κουριερ να το αφησει στο περιπτερο στη γωνια
(Αγ. Δημητριου και Μητροπολεως), τους ξερω, θα το κρατησουν.
Ευχαριστω"""),
("el", "b88-ekthesi-ergastirio-fotografias", "Αγγελική Μαυρίδου <angeliki.mavridou@example.gr>", "Έκθεση φωτογραφίας", "general", "",
"""Καλησπέρα σας,

Διάβασα ότι ετοιμάζετε έκθεση με αποκατεστημένες φωτογραφίες της παλιάς
Θεσσαλονίκης. Πότε ανοίγει, η είσοδος είναι ελεύθερη, και θα γίνει και
κάποια ξενάγηση ή ομιλία; Θα ήθελα να φέρω και τους μαθητές μου
(Γυμνάσιο, περίπου 25 παιδιά).

Αγγελική Μαυρίδου
Φιλόλογος"""),
("el", "b88-drone-geitonia-arxi-prostasias", "Δημοσθένης Καλογεράκης <dimos.kalog@example.gr>", "Drone πάνω από την αυλή μου", "general", "high",
"""Κύριοι,

Την Τρίτη το απόγευμα ο χειριστής σας φωτογράφιζε με drone το διπλανό
σπίτι για πώληση. Το drone πέρασε πολλές φορές χαμηλά πάνω από την αυλή
μας, όπου ήταν η σύζυγός μου και τα εγγόνια μας. Όταν βγήκα να του
μιλήσω, μου απάντησε ειρωνικά και συνέχισε.

Ζητώ να μου επιβεβαιώσετε γραπτώς ότι έχουν διαγραφεί όσες λήψεις
δείχνουν την αυλή μας. Διαφορετικά θα απευθυνθώ στην Αρχή Προστασίας
Δεδομένων Προσωπικού Χαρακτήρα.

Δημοσθένης Καλογεράκης
Κηφισιά"""),
("el", "b88-gl-re-fwtografish-skylos", "Maria Zervou <maria.zervou@example.gr>", "Re: Epivevaiwsh kratisis", "general", "",
"""Super, eyxaristw! Mia erwthsh akoma: mporoume na fernoume kai ton
skylo mas sthn oikogeneiakh fwtografish? Einai hremos :) Kai poso
peripou kratane?

Maria

> Agaphth k. Zervou, h fwtografish sas epivevaiw8hke gia to Savvato
> 15/6 stis 10:30 sto studio ths Athinas. Sas perimenoume!"""),
# ---------------- Spanish ----------------
("es", "b88-cobro-doble-cintas-vhs", "Marta Iglesias <marta.iglesias@example.es>", "Cobro duplicado", "billing", "",
"""Buenos días:

El lunes os dejé 5 cintas VHS en la tienda de Chamberí para
digitalizarlas y pagué 64,90 € con tarjeta. En la app del banco me
aparecen dos cargos de 64,90 € con un minuto de diferencia. El
dependiente me dijo que el datáfono había dado error la primera vez.
¿Me podéis devolver uno de los dos?

Gracias,
Marta Iglesias"""),
("es", "b88-deposito-camara-profeco", "Héctor Salinas <hector.salinas@example.com.mx>", "Depósito de la renta R-8821", "billing", "high",
"""Buenas tardes.

El 28 de abril regresé la cámara Canon R6 y los dos lentes que renté en
su sucursal de Guadalajara. El encargado revisó todo y firmó la hoja de
devolución sin observaciones. Han pasado cuatro semanas y el depósito de
$8,500 MXN sigue retenido en mi tarjeta.

Ya llamé tres veces y nadie me da fecha. Si en cinco días hábiles no se
libera el depósito, presentaré una queja formal ante la PROFECO con la
hoja de devolución firmada.

Héctor Salinas Ruiz
33 1234 5678"""),
("es", "b88-cuotas-sin-interes-restauracion", "Lucia Ferreyra <lucia.ferreyra@example.com.ar>", "Consulta por pago", "billing", "",
"""Hola que tal! Les escribo porque quiero mandar a restaurar unas 30 fotos
viejas de mis abuelos (algunas bastante rotas). Vi en la web que la
restauracion completa esta $18.000 por foto. Se puede pagar en cuotas sin
interes con tarjeta? O tienen algun descuento por cantidad o pagando por
transferencia?

Gracias!
Lucia"""),
("es", "b88-padre-fallecio-nube-videos", "Jordi Puig <jordi.puig@example.es>", "Cuenta de mi padre", "billing", "",
"""Hola,

mi padre, Josep Puig, tenia contratado con vosotros el plan anual de
almacenamiento de videos familiares (49 euros al año). Fallecio en
febrero. Ya hemos descargado todos los videos, asi que no hace falta que
se renueve en septiembre. El cargo va a su cuenta del banco, que estamos
cerrando.

Si necesitais el certificado de defuncion decidmelo.

Un saludo,
Jordi"""),
("es", "b88-bono-regalo-ceder-amiga", "Valentina Ospina <valentina.ospina@example.com.co>", "Bono de regalo", "billing", "",
"""Hola, buenas tardes.

Tengo un bono de regalo por $450.000 para una sesión de fotos de
embarazo en su estudio de Medellín, pero ya no lo voy a poder usar. ¿Se
lo puedo ceder a una amiga que está embarazada? ¿Tengo que hacer algún
trámite o basta con darle el código?

Mil gracias,
Valentina"""),
("es", "b88-re-factura-nif-inmobiliaria", "Administración <admin@inmobiliaria-levante.example>", "Re: Sus fotografías aéreas ya están disponibles", "billing", "",
"""Buenas tardes:

Las fotos han quedado muy bien, gracias. Necesitaríamos, eso sí, que la
factura salga a nombre de la empresa y no a nombre de Raquel:
Inmobiliaria Levante S.L., CIF B12345678, C/ Colón 22, 46004 Valencia.
¿Podéis emitirla de nuevo?

Raquel Soler
Inmobiliaria Levante

-----Mensaje original-----
De: CieloFoto <pedidos@cielofoto.example>
Asunto: Sus fotografías aéreas ya están disponibles
> Estimada Raquel, ya puede descargar las 28 fotografías aéreas de la
> vivienda de Puçol. Adjuntamos la factura. ¡Gracias por confiar en nosotros!"""),
("es", "b88-cargo-dano-lente-gerente", "Rodrigo Cárdenas <rodrigo.cardenas@example.com.mx>", "Cargo injustificado - quiero hablar con el gerente", "billing", "high",
"""A quien corresponda:

Me cobraron $3,200 MXN por un supuesto rayón en el lente 70-200 que
rente la semana pasada. El lente me lo entregaron con el filtro puesto y
yo nunca lo quite. Nadie me mostró fotos del estado del lente al
entregarlo ni al recibirlo.

Ya hablé con dos personas del mostrador y ninguna puede hacer nada.
Exijo que el gerente de la sucursal Polanco se comunique conmigo y que
se cancele el cargo.

Rodrigo Cárdenas"""),
("es", "b88-comunion-cancelada-disputa-banco", "Nuria Benítez <nuria.benitez@example.es>", "Reportaje de comunión cancelado", "billing", "high",
"""Hola,

Pagué 180 € por adelantado por el reportaje de la comunión de mi hija el
11 de mayo. Dos días antes me llamasteis para decir que el fotógrafo
estaba enfermo y que no había nadie más. Tuve que buscar otro fotógrafo
a última hora y me prometisteis la devolución "en unos días".

Han pasado cinco semanas. Si el viernes no tengo el dinero, abro una
reclamación con mi banco para que anulen el cargo.

Nuria Benítez"""),
("es", "b88-mudanza-cordoba-plan-impresion", "Facundo Gimenez <facundo.gimenez@example.com.ar>", "Nos mudamos", "billing", "",
"""Buenas! Nos mudamos a Cordoba a fin de mes y alla no tienen sucursal,
asi que el plan mensual de impresiones (las 40 fotos por mes que
retiramos en el local de Palermo) ya no nos sirve. Pueden darlo de baja
desde julio? Que no me lo sigan debitando de la tarjeta por favor.

Saludos,
Facu"""),
("es", "b88-no-reembolso-cambio-album", "Camila Rojas <camila.rojas@example.cl>", "Álbum de matrimonio", "billing", "",
"""Hola! No quiero que me devuelvan la plata, el álbum quedó precioso.
Lo que pasa es que al final lo queremos en tamaño 30x30 en vez de 20x20,
para que se vean mejor las fotos grupales. ¿Se puede cambiar? Pagamos la
diferencia sin problema, el de 20x20 costó $89.990.

Camila"""),
("es", "b88-precio-kiosko-mas-caro", "Antonio Lozano <antonio.lozano@example.es>", "Precio de las copias", "billing", "",
"""Buenas,

Una pregunta: en vuestra web las copias 10x15 salen a 0,19 € y en el
quiosco de la tienda de Alcalá de Henares me han cobrado 0,35 € cada
una. ¿Es normal que haya esa diferencia? Si lo llego a saber las pido
por internet.

Antonio"""),
("es", "b88-hola-pausar-membresia-renta", "Diego Herrera <diego.herrera@example.com.mx>", "Hola", "billing", "",
"""Hola buen dia,

Me voy 6 meses a trabajar a Monterrey por un proyecto y no voy a poder
usar mi membresía de renta de equipo en la CDMX. ¿Se puede congelar
esos 6 meses en lugar de cancelarla? No quiero perder el nivel de
descuento que ya tengo.

Saludos
Diego Herrera"""),
("es", "b88-comision-pago-tarjeta", "Pilar Moreno <pilar.moreno@example.es>", "Comisión", "billing", "",
"""Buenas tardes, ayer recogí unas ampliaciones en la tienda de Zaragoza y
me cobraron 1,50 € de "comisión por pago con tarjeta" porque el importe
era menos de 10 €. ¿Esto es así en todas vuestras tiendas? No lo pone en
ningún sitio.
Pilar"""),
("es", "b88-no-es-cobro-app-login", "Sergio Navarro <sergio.navarro@example.es>", "Problema con la app", "technical", "",
"""Hola,

Aviso antes de nada: esto no es una queja de facturación, los pagos
están bien. El problema es que desde la última actualización la app no
me deja iniciar sesión: pongo el correo y la contraseña, da vueltas unos
segundos y vuelve a la pantalla de inicio. He cambiado la contraseña
desde la web y en la web sí entro.

Android 13, Xiaomi.

Sergio"""),
("es", "b88-dvd-se-traba-no-reembolso", "Guadalupe Treviño <lupita.trevino@example.com.mx>", "DVD de la boda de mis papás", "technical", "",
"""Hola buenas tardes, no les escribo para pedir reembolso, lo único que
quiero es poder ver el video completo. El DVD que me entregaron con la
boda de mis papás se traba en el minuto 38 y ya no avanza, en el
reproductor de la sala y en la computadora igual. Es justo la parte del
vals. Me pueden ayudar?

Lupita Treviño"""),
("es", "b88-bateria-dron-hinchada", "Matías Correa <matias.correa@example.com.ar>", "Batería del drone alquilado", "technical", "high",
"""Hola, buenas.

Alquilé el kit de drone para el fin de semana (reserva 5530). Una de las
baterías está hinchada, se nota que la carcasa está abombada, y estaba
tibia aunque no la había cargado desde el viernes. La dejé afuera en el
patio sobre el piso de cemento, lejos de todo, y no la voy a usar.

¿Cómo hacemos para devolverla?

Matías"""),
("es", "b88-quiosco-huele-quemado", "Carmen Vidal <carmen.vidal@example.es>", "Quiosco de fotos del centro comercial", "technical", "high",
"""Buenas tardes,

Esta mañana estaba imprimiendo fotos en vuestro quiosco del centro
comercial Gran Vía de Hortaleza y del lateral donde sale el papel
empezó a salir un hilo de humo y un olor a plástico quemado. Se lo dije
a la chica de la tienda de al lado, que no sabía a quién avisar. El
aparato seguía encendido cuando me fui.

Os lo comento por si no os habíais enterado.

Carmen Vidal"""),
("es", "b88-colegio-fotos-graduacion-caido", "Colegio San José <secretaria@colegiosanjose.example>", "Plataforma de fotos de grado", "technical", "high",
"""Buenos días,

Desde ayer en la tarde ninguno de los padres de familia puede entrar a
la galería de las fotos de grado: sale una página en blanco. Son 260
familias de los grados 5° y 11°, el plazo para escoger las fotos vence
el viernes y en la secretaría no damos abasto con las llamadas.

Les agradecemos revisarlo con urgencia.

Sandra Milena Pérez
Secretaría Académica
Colegio San José, Bogotá"""),
("es", "b88-inmobiliaria-enlaces-vacios", "Alberto Ruiz <alberto@pisosruiz.example>", "Fotos de dron - pisos de esta semana", "technical", "high",
"""Hola,

Los enlaces que nos habéis mandado con las fotos de dron de las cinco
viviendas del martes abren una carpeta vacía. Teníamos que publicar los
anuncios ayer y seguimos sin poder hacerlo; los propietarios ya me
están llamando para preguntar por qué su casa no aparece en los portales
y hemos tenido que aplazar visitas.

Por favor, que alguien me llame hoy: 600 123 456.

Alberto Ruiz
Pisos Ruiz - Málaga"""),
("es", "b88-camara-rentada-error-memoria", "Andrea Villanueva <andrea.villanueva@example.com.mx>", "camara", "technical", "",
"""hola, la camara que rente ayer me sale "error de tarjeta" con las dos
memorias que me dieron y con una mia. ya las formatee en la camara. tengo
sesion el sabado, me la pueden cambiar o hay algo que este haciendo
mal?"""),
("es", "b88-foto-restaurada-tono-verde", "Rosa Martín <rosa.martin@example.es>", "Foto restaurada", "technical", "",
"""Hola,

Me ha llegado el archivo de la foto restaurada de mis abuelos. La
restauración está bien, pero en el ordenador y en el móvil toda la foto
se ve con un tono verdoso muy raro, la piel parece enferma. La original
es en blanco y negro. ¿Puede ser que el archivo esté mal exportado?

Rosa Martín"""),
("es", "b88-contrasena-galeria-no-anda", "Ramiro Acosta <ramiro.acosta@example.com.ar>", "no puedo entrar a la galeria", "technical", "",
"""Hola, el fotografo me paso el link de la galeria del bautismo de mi
hijo con una contraseña pero me dice "contraseña incorrecta". La copie y
pegue varias veces. Probe desde la compu y el celular. Me pueden pasar
otra?
Ramiro"""),
("es", "b88-pedido-carga-cero", "Javiera Soto <javiera.soto@example.cl>", "Pedido 88120", "technical", "",
"""Hola, estoy tratando de subir las fotos para el pedido 88120 y la
barra de carga se queda en 0% y no avanza. Son como 60 fotos del
celular. Intenté desde Chrome y desde la app. ¿Qué puede ser?"""),
("es", "b88-re-video-se-corta", "Francisco Delgado <francisco.delgado@example.es>", "Re: Vuestro vídeo familiar está listo", "technical", "",
"""Hola de nuevo,

Lo he descargado dos veces y el vídeo se corta de golpe en el minuto
52, justo en la Nochevieja del 94. Las cintas que os di duraban bastante
más. ¿Puede ser que se haya quedado a medias al exportar?

Francisco

El 6 jun, a las 9:12, Recuerdos en Vídeo <soporte@recuerdosenvideo.example> escribió:
> Hola Francisco, tu vídeo familiar editado ya está listo. Puedes
> descargarlo desde el enlace de abajo durante los próximos 30 días."""),
("es", "b88-cargador-da-toques", "Alejandra Fuentes <alejandra.fuentes@example.com.mx>", "Cargador de la cámara", "technical", "high",
"""Buenas noches,

El cargador de baterías de la cámara que rentamos el jueves da toques:
cuando lo toco conectado se siente un cosquilleo fuerte en los dedos, y
a mi esposo le dio un toque más fuerte al desconectarlo. Ya no lo estamos
usando. ¿Nos pueden dar otro cargador o qué hacemos?

Alejandra Fuentes"""),
("es", "b88-dron-no-graba-video", "Íñigo Etxeberria <inigo.etxeberria@example.es>", "Dron alquilado no graba", "technical", "",
"""Kaixo,

El dron que alquilé el viernes hace fotos sin problema, pero cuando
pulso grabar vídeo a los dos segundos para y sale "velocidad de escritura
de la tarjeta insuficiente". Es la tarjeta que venía con el kit. ¿Tenéis
otra más rápida o hay que cambiar algún ajuste?

Íñigo"""),
("es", "b88-horario-agosto", "Consuelo Ramos <consuelo.ramos@example.es>", "Horario", "general", "",
"""Buenos días, ¿en agosto abrís por las tardes en la tienda de Sevilla?
Tengo que recoger unas fotos de carnet y trabajo hasta las tres.
Gracias."""),
("es", "b88-felicitaciones-video-quince", "Florencia Medina <florencia.medina@example.com.ar>", "GRACIAS", "general", "",
"""Hola!! Queria escribirles para felicitarlos por el video de los 15 de
mi hija Sofi. Lo pasamos en la fiesta y no quedo nadie sin llorar, la
parte con las fotos de cuando era bebe y el mensaje del abuelo que ya no
esta fue hermosa. Gracias a Nico por la paciencia con todos los cambios
que le pedimos. Los vamos a recomendar a todo el mundo!!
Flor"""),
("es", "b88-trato-personal-gerente", "Verónica Aguilar <veronica.aguilar@example.com.mx>", "Pésimo trato en sucursal Coyoacán", "general", "high",
"""Buenas tardes.

El sábado fui con mi mamá, que usa silla de ruedas, a tomarnos fotos
para la visa en su sucursal de Coyoacán. La señorita del mostrador nos
dijo de muy mal modo que "así no se puede" y que regresáramos otro día,
delante de toda la gente que estaba esperando, sin siquiera intentarlo.
Mi mamá salió llorando.

Quiero hablar con el gerente de la sucursal o con alguien de la
dirección. Espero su respuesta.

Verónica Aguilar"""),
("es", "b88-gafas-olvidadas-tienda", "Manuel Gallego <manuel.gallego@example.es>", "Gafas", "general", "",
"""Hola, creo que esta mañana me dejé las gafas de cerca en el mostrador
de la tienda de Vigo, cuando estaba eligiendo las fotos en la pantalla.
Son de pasta marrón, en una funda azul. ¿Las habéis encontrado?
Manuel"""),
("es", "b88-cambio-correo-telefono", "Juan Camilo Restrepo <juancamilo.restrepo@example.com.co>", "Actualización de datos", "general", "",
"""Buenas tardes,

Por favor actualicen mis datos de contacto: el nuevo correo es este
mismo y el celular nuevo es 310 555 0198. El anterior ya no lo uso.

Gracias,
Juan Camilo Restrepo"""),
("es", "b88-rgpd-supresion-datos", "Elena Castro <elena.castro@example.es>", "Solicitud de supresión de datos", "general", "",
"""Buenos días:

De acuerdo con el artículo 17 del RGPD, solicito la supresión de todos
mis datos personales de vuestros sistemas, incluidas las fotografías
de mi sesión de 2021 y mi dirección de correo de vuestras listas de
envío. Os agradecería que me confirmarais por escrito cuando esté hecho.

Atentamente,
Elena Castro Prieto
DNI 12345678Z"""),
("es", "b88-dejar-en-porteria", "Gustavo Benitez <gustavo.benitez@example.com.ar>", "Entrega", "general", "",
"""Hola, cuando manden las fotos restauradas con los originales pueden
dejarlo en la porteria del edificio? El encargado se llama Ruben y esta
de 8 a 20. Yo trabajo todo el dia.
Gracias, Gustavo
Av. Rivadavia 5230, 4° B, CABA"""),
("es", "b88-patrocinio-club-baloncesto", "Club Baloncesto Getafe Sur <info@cbgetafesur.example>", "Propuesta de patrocinio", "general", "",
"""Buenas tardes,

Somos un club de baloncesto de base de Getafe con unos 120 niños y niñas.
Estamos buscando patrocinadores para la próxima temporada y habíamos
pensado que a vuestro estudio le podría interesar hacer las fotos
oficiales de los equipos a cambio de aparecer en las camisetas y en
nuestras redes.

¿Os interesaría que habláramos?

Un saludo,
Óscar Gil
Coordinador CB Getafe Sur"""),
("es", "b88-pregunta-super8", "Gerardo Mendoza <gerardo.mendoza@example.com.mx>", "Pregunta", "general", "",
"""Buenas, ¿ustedes digitalizan películas de Super 8? Tengo unos 15 rollos
de mi papá de los años 70, algunos sin sonido. ¿Cuánto tardan más o
menos y hay que llevarlos a la sucursal o los puedo mandar por
paquetería?"""),
("es", "b88-suelo-mojado-estudio", "Patricia Ibáñez <patricia.ibanez@example.es>", "Entrada del estudio", "general", "high",
"""Hola,

Solo quería comentaros que en la entrada del estudio de la calle Uría
hay una gotera del techo que deja un charco justo al pie de la escalera
que baja al plató, y no hay ningún cartel. Mi padre, que tiene 81 años,
resbaló esta tarde y pudo agarrarse a la barandilla de milagro. Os lo
digo para que lo arregléis antes de que alguien se haga daño de verdad.

Patricia Ibáñez"""),
("es", "b88-taller-fotografia-celular", "Ignacia Muñoz <ignacia.munoz@example.cl>", "Taller", "general", "",
"""Hola! Vi en Instagram que van a hacer un taller de fotografía con
celular en su local de Providencia. ¿Cuándo es, cuántos cupos hay y
pueden ir adolescentes? Mi hijo tiene 15 y le encanta.
Saludos, Ignacia"""),
("es", "b88-cuando-devuelven-originales", "Dolores Serrano <dolores.serrano@example.es>", "Mis fotos originales", "general", "",
"""Estimados señores:

Hace tres semanas les envié por correo certificado cuatro fotografías
antiguas para que las restaurasen. Ya he recibido los archivos
restaurados por correo electrónico, muy bien, pero las fotografías
originales aún no me han llegado. ¿Me pueden decir cuándo las enviaron y
por qué medio?

Atentamente,
Dolores Serrano"""),
("es", "b88-factura-y-estacionamiento", "Ricardo Peña <ricardo.pena@example.com.mx>", "Factura", "general", "",
"""Hola, ya me llegó la factura por correo, todo bien, gracias.
Aprovecho para preguntar: el estudio de Satélite tiene estacionamiento
para clientes? El sábado voy con mis papás y mi papá camina poco.
Saludos
Ricardo"""),
("es", "b88-fotografo-llego-tarde", "Begoña Larrañaga <begona.larranaga@example.es>", "Sesión del domingo", "general", "",
"""Hola,

Quería dejar constancia de que el fotógrafo que vino el domingo a casa
para la sesión familiar llegó con cuarenta minutos de retraso, sin
avisar, y encima de malas maneras cuando le preguntamos qué había
pasado. Los niños ya estaban cansados y la luz no era la misma.

Las fotos no han quedado mal, pero la actitud no fue nada profesional.

Begoña"""),
# ---------------- Polish ----------------
("pl", "b88-podwojne-obciazenie-kasety", "Agnieszka Wróbel <agnieszka.wrobel@example.pl>", "Podwójna płatność", "billing", "",
"""Dzień dobry,

w zeszły czwartek zamówiłam przez stronę digitalizację 6 kaset VHS i
zapłaciłam kartą 149 zł. Strona się zawiesiła, więc odświeżyłam i
zapłaciłam jeszcze raz - teraz widzę w banku dwie płatności po 149 zł,
a zamówienie jest jedno (nr 40712). Proszę o zwrot jednej z nich.

Pozdrawiam
Agnieszka Wróbel"""),
("pl", "b88-kaucja-aparat-rzecznik", "Michał Zieliński <michal.zielinski@example.pl>", "Nieoddana kaucja - wypożyczenie W-3309", "billing", "high",
"""Dzień dobry,

7 maja zwróciłem w Waszym punkcie we Wrocławiu wypożyczony aparat Sony
A7 III z obiektywem. Pracownik sprawdził sprzęt przy mnie i podpisał
protokół zwrotu bez uwag. Kaucja w wysokości 1500 zł do dziś nie wróciła
na moje konto, mimo trzech maili i dwóch telefonów.

Jeżeli w ciągu 7 dni kaucja nie zostanie zwrócona, złożę skargę do
Miejskiego Rzecznika Konsumentów i do UOKiK, załączając podpisany
protokół.

Michał Zieliński
tel. 601 000 233"""),
("pl", "b88-raty-montaz-filmu", "Tomasz Kaczmarek <tomasz.kaczmarek@example.pl>", "raty", "billing", "",
"""Dzien dobry, interesuje nas pakiet montazu filmu rodzinnego "Premium"
za 1290 zl (mamy ok. 30 godzin nagran z ostatnich 10 lat). Czy mozna
rozlozyc platnosc na raty? Jesli tak, to na ile i czy jest to 0%?
Pozdrawiam, Tomek"""),
("pl", "b88-maz-zmarl-abonament-chmura", "Halina Nowicka <halina.nowicka@example.pl>", "Abonament męża", "billing", "",
"""Szanowni Państwo,

mój mąż Stanisław Nowicki miał u Państwa abonament na przechowywanie
zdjęć w internecie, 19,99 zł co miesiąc z jego karty. Mąż zmarł w
kwietniu. Wnuczka pomogła mi już zgrać wszystkie zdjęcia na dysk, więc
proszę ten abonament zakończyć. Nie znam hasła do jego konta.

Z poważaniem
Halina Nowicka
Lublin"""),
("pl", "b88-bon-przedluzenie-waznosci", "Karolina Mazur <karolina.mazur@example.pl>", "Bon na sesję", "billing", "",
"""Cześć,

dostałam od koleżanek z pracy bon na sesję portretową u Was (400 zł) i
przez przeprowadzkę kompletnie o nim zapomniałam - termin ważności minął
w zeszłym tygodniu. Czy jest szansa, żeby go przedłużyć o miesiąc czy
dwa? Bardzo by mi zależało.

Karolina"""),
("pl", "b88-re-faktura-nip-biuro", "Biuro Nieruchomości Dom-Plus <biuro@domplus-nieruchomosci.example>", "Re: Zdjęcia z drona gotowe do pobrania", "billing", "",
"""Dzień dobry,

dziękujemy, zdjęcia wyszły świetnie. Potrzebujemy jednak faktury na
firmę, a nie paragonu:
Dom-Plus Nieruchomości Sp. z o.o., ul. Grunwaldzka 41, 80-309 Gdańsk,
NIP 584-000-12-34.

Pozdrawiam
Joanna Lis

----- Wiadomość oryginalna -----
Od: NieboFoto <zamowienia@nieboofoto.example>
Temat: Zdjęcia z drona gotowe do pobrania
> Dzień dobry, zdjęcia z drona nieruchomości przy ul. Chłopskiej są
> gotowe do pobrania pod linkiem poniżej. W załączniku paragon."""),
("pl", "b88-oplata-obiektyw-kierownik", "Paweł Szymański <pawel.szymanski@example.pl>", "Obciążenie 850 zł - proszę o kontakt kierownika", "billing", "high",
"""Dzień dobry,

obciążyliście mnie kwotą 850 zł za rzekome pęknięcie osłony
przeciwsłonecznej i rysę na obiektywie 24-70, który wypożyczyłem na
wesele. Sprzęt oddałem w tym samym stanie, w jakim go odebrałem, a przy
wydaniu nikt nie zrobił zdjęć ani protokołu.

Rozmawiałem już dwa razy z obsługą punktu w Poznaniu i słyszę tylko, że
"system tak naliczył". Proszę, aby skontaktował się ze mną kierownik
punktu lub ktoś wyżej. Nie zapłacę za szkodę, której nie zrobiłem.

Paweł Szymański
tel. 512 000 876"""),
("pl", "b88-sesja-noworodkowa-chargeback", "Natalia Kowalczyk <natalia.kowalczyk@example.pl>", "Zwrot za sesję noworodkową", "billing", "high",
"""Dzień dobry,

w marcu zapłaciłam 690 zł z góry za sesję noworodkową. Sesja została
przez Was odwołana dwa dni przed terminem (choroba fotografki), a nowego
terminu nie zaproponowaliście - córka ma już dwa miesiące, więc sesja
noworodkowa nie ma sensu. Obiecano mi zwrot "w ciągu 14 dni", minęło
sześć tygodni.

Jeżeli pieniądze nie wrócą do końca tygodnia, zgłaszam w banku
reklamację transakcji (chargeback).

Natalia Kowalczyk"""),
("pl", "b88-przeprowadzka-irlandia-plan", "Marek Dudek <marek.dudek@example.pl>", "Wyjeżdżamy", "billing", "",
"""Dzien dobry,

od sierpnia przenosimy sie z rodzina do Irlandii, wiec odbitki z planu
miesiecznego (50 zdjec odbieranych w Rzeszowie) nie beda nam juz
potrzebne. Prosze o zakonczenie planu po lipcowej paczce i zeby nie
pobierac juz oplat z karty.

Dzieki za wszystko,
Marek Dudek"""),
("pl", "b88-nie-zwrot-wymiana-fotoksiazki", "Joanna Pawlak <joanna.pawlak@example.pl>", "Fotoksiążka 23190", "billing", "",
"""Hej, nie chodzi mi o zwrot pieniędzy - fotoksiążka jest śliczna. Tylko
po obejrzeniu na żywo chcielibyśmy ją jednak w twardej oprawie zamiast
miękkiej, bo to prezent na 50. rocznicę ślubu rodziców. Czy możemy ją
wymienić i dopłacić różnicę?

Joanna"""),
("pl", "b88-znizka-studencka-odbitki", "Kacper Wójcik <kacper.wojcik@example.pl>", "cennik", "billing", "",
"""Siema, macie jakąś zniżkę dla studentów na odbitki? Potrzebuję ok.
300 zdjęć 10x15 na projekt na uczelnię. W kiosku w Toruniu wychodzi
1,20 zł za sztukę, co trochę sporo.
Kacper"""),
("pl", "b88-pytanie-blik-pobranie", "Irena Krawczyk <irena.krawczyk@example.pl>", "Pytanie", "billing", "",
"""Dzien dobry, czy przy zamowieniu odnowienia starych zdjec mozna zaplacic
BLIKIEM albo przy odbiorze? Nie mam karty kredytowej. Dziekuje.
Irena Krawczyk"""),
("pl", "b88-dzien-dobry-zawieszenie-karnetu", "Łukasz Jabłoński <lukasz.jablonski@example.pl>", "Dzień dobry", "billing", "",
"""Dzień dobry,

złamałem rękę na rowerze i przez najbliższe trzy miesiące nie będę
fotografował. Czy mogę zawiesić mój miesięczny karnet na wypożyczanie
sprzętu na ten czas, zamiast go anulować? Nie chcę tracić ceny, którą
mam od dwóch lat.

Łukasz Jabłoński"""),
("pl", "b88-nie-platnosc-aplikacja-zawiesza", "Ewa Sikora <ewa.sikora@example.pl>", "Aplikacja", "technical", "",
"""Dzień dobry, od razu zaznaczam, że to nie jest sprawa płatności ani
faktury. Aplikacja do zamawiania odbitek zawiesza się, kiedy próbuję
zaznaczyć zdjęcia z albumu "Wakacje" - ekran robi się biały i po minucie
aplikacja się zamyka. Inne albumy działają. iPhone 12.

Ewa"""),
("pl", "b88-pendrive-bez-dzwieku-nie-zwrot", "Zbigniew Górski <zbigniew.gorski@example.pl>", "Filmy na pendrivie", "technical", "",
"""Szanowni Państwo,

nie chcę zwrotu pieniędzy, chcę tylko, żeby filmy działały jak należy.
Na pendrivie, który odebrałem w piątek, obraz z kaset z komunii syna
jest, ale nie ma w ogóle dźwięku. Sprawdzałem na telewizorze i na
komputerze. Na kasecie dźwięk był.

Zbigniew Górski"""),
("pl", "b88-spuchnieta-bateria-dron", "Bartosz Lewandowski <bartosz.lewandowski@example.pl>", "Bateria od drona", "technical", "high",
"""Cześć,

wypożyczyłem od Was zestaw z dronem na weekend (rezerwacja 2288). Jedna
z baterii jest wyraźnie spuchnięta, obudowa się rozchodzi na łączeniu,
i była ciepła, chociaż nie ładowałem jej od wczoraj. Wyniosłem ją na
balkon do metalowej puszki, z dala od reszty rzeczy. Nie będę jej
używał.

Jak mam ją oddać?

Bartek"""),
("pl", "b88-kiosk-kopie-pradem", "Danuta Michalska <danuta.michalska@example.pl>", "Automat do zdjęć", "technical", "high",
"""Dzień dobry,

byłam dziś w Galerii Krakowskiej przy Waszym automacie do wywoływania
zdjęć. Przy dotknięciu metalowej obudowy obok czytnika kart poczułam
kopnięcie prądu, nie mocne, ale wyraźne. Syn sprawdził drugą ręką - to
samo. Piszę, żeby ktoś to sprawdził, zanim dotknie tego dziecko.

Danuta Michalska"""),
("pl", "b88-przedszkole-zamowienia-zdjec", "Przedszkole Słoneczko <sekretariat@przedszkole-sloneczko.example>", "Zdjęcia grupowe - rodzice", "technical", "high",
"""Dzień dobry,

od wczoraj wieczorem żaden rodzic nie może zamówić zdjęć grupowych i
portretowych z sesji w naszym przedszkolu - po wpisaniu kodu pojawia się
komunikat "błąd 500". Dotyczy to wszystkich 9 grup, ok. 200 rodzin, a
zamówienia zamykają się w piątek. Telefon w sekretariacie dzwoni od
rana.

Prosimy o pilne sprawdzenie.

Beata Zając
dyrektor Przedszkola nr 14 "Słoneczko", Łódź"""),
("pl", "b88-biuro-panel-dron-nie-laduje", "Adam Krol <adam.krol@kroldom.example>", "panel klienta", "technical", "high",
"""Dzien dobry,
od wczoraj panel klienta nie laduje zdjec z dronow - jest tylko krecace
sie kolko. Mamy 7 mieszkan i 2 domy, ktore mialy wczoraj wejsc na
portale, nic nie poszlo, wlasciciele dzwonia z pretensjami, a na jutro
mielismy umowione prezentacje dla kupujacych, ktore teraz odwolujemy.
Prosze o pilny kontakt: 600 000 914.
Adam Krol
Krol-Dom Nieruchomosci, Bialystok"""),
("pl", "b88-aparat-martwe-piksele", "Weronika Baran <weronika.baran@example.pl>", "Wypożyczony aparat", "technical", "",
"""Dzień dobry, w aparacie, który wypożyczyłam wczoraj, na każdym zdjęciu
w tym samym miejscu są trzy jasne kropki (chyba martwe piksele). Widać
je szczególnie na ciemnym tle. Czy mogę wymienić korpus jutro rano? Mam
sesję w sobotę.
Weronika"""),
("pl", "b88-link-pobrania-wygasl", "Grzegorz Pietrzak <grzegorz.pietrzak@example.pl>", "Link nie działa", "technical", "",
"""Dzień dobry,

dostałem maila, że film z chrzcin jest gotowy, ale link pokazuje "Link
wygasł". Mail przyszedł przedwczoraj. Proszę o nowy link.

Grzegorz Pietrzak"""),
("pl", "b88-haslo-galeria-online", "Sylwia Wieczorek <sylwia.wieczorek@example.pl>", "galeria", "technical", "",
"""Dzien dobry, nie moge sie zalogowac do galerii z sesji rodzinnej, haslo
od fotografa jest odrzucane ("nieprawidlowe haslo"). Probowalam na
komputerze i na telefonie. Przypomnienie hasla nie przychodzi na maila.
Sylwia"""),
("pl", "b88-zamowienie-blad-przesylania", "Robert Malinowski <robert.malinowski@example.pl>", "Zamówienie 55301", "technical", "",
"""Przy dodawaniu zdjęć do zamówienia 55301 wyskakuje "Błąd przesyłania
pliku" przy każdym zdjęciu większym niż ok. 5 MB. Zdjęcia są z
lustrzanki, więc wszystkie mają po 8-12 MB. Jest na to jakiś sposób?"""),
("pl", "b88-re-film-nadal-przeskakuje", "Kinga Jasińska <kinga.jasinska@example.pl>", "Re: Poprawiona wersja filmu", "technical", "",
"""Dzień dobry,

niestety w poprawionej wersji obraz dalej przeskakuje i zacina się co
kilka sekund od mniej więcej 20. minuty (scena z tortem). Pobierałam
dwa razy, sprawdzałam na laptopie i na telewizorze.

Kinga

W dniu 5.06 o 14:20 Rodzinne Kadry <pomoc@rodzinnekadry.example> napisał(a):
> Dzień dobry, przesyłamy link do poprawionej wersji filmu. Problem z
> płynnością obrazu powinien być już rozwiązany."""),
("pl", "b88-zasilacz-lampy-dymi", "Piotr Sadowski <piotr.sadowski@example.pl>", "Lampa studyjna z wypożyczenia", "technical", "high",
"""Dzień dobry,

wczoraj przy pierwszym podłączeniu wypożyczonej lampy studyjnej
(rezerwacja 7712) z zasilacza zaczął się wydobywać dym i poczuliśmy
zapach spalenizny. Od razu wyciągnąłem wtyczkę z gniazdka. Lampa stoi
odłączona w garażu, nie będę jej więcej włączał.

Proszę o informację, co dalej.

Piotr Sadowski"""),
("pl", "b88-plik-tiff-nie-otwiera", "Stanisława Kubiak <stanislawa.kubiak@example.pl>", "zdjęcie", "technical", "",
"""Dzień dobry,

przysłaliście mi odnowione zdjęcie rodziców, ale na telefonie nie mogę
go otworzyć, pokazuje się, że "format nieobsługiwany". Wnuczek mówi, że
to jakiś plik TIFF. Czy można prosić o wersję, którą otworzę na
telefonie?

Stanisława Kubiak"""),
("pl", "b88-kiosk-nie-czyta-karty-sd", "Dominik Kołodziej <dominik.kolodziej@example.pl>", "Kiosk w Gdańsku", "technical", "",
"""Kiosk w Waszym sklepie na Długiej nie widzi mojej karty SD - wkładam i
nic, ekran dalej "włóż nośnik". Karta działa w aparacie i laptopie,
próbowałem też drugiej. Obsługa w sklepie rozłożyła ręce."""),
("pl", "b88-godziny-dlugi-weekend", "Maria Adamczyk <maria.adamczyk@example.pl>", "Godziny otwarcia", "general", "",
"""Dzień dobry, czy w długi weekend majowy punkt w Katowicach przy
ul. Stawowej będzie otwarty? Chciałabym odebrać zdjęcia do dowodu.
Dziękuję"""),
("pl", "b88-podziekowania-dziadkowie-slub", "Jakub Olszewski <jakub.olszewski@example.pl>", "Podziękowanie", "general", "",
"""Dzień dobry,

chciałem bardzo podziękować za odnowienie zdjęcia ślubnego moich
dziadków z 1958 roku. Było pęknięte na pół i mocno wyblakłe, a teraz
wygląda jakby było zrobione wczoraj. Babcia dostała je w ramce na
85. urodziny i długo nie mogła przestać się uśmiechać.

Kawał świetnej roboty. Pozdrowienia dla całego zespołu!

Jakub Olszewski"""),
("pl", "b88-niegrzeczny-fotograf-przelozony", "Renata Wysocka <renata.wysocka@example.pl>", "Zachowanie fotografa podczas sesji komunijnej", "general", "high",
"""Dzień dobry,

w sobotę byliśmy z córką na sesji komunijnej w Waszym studiu w
Krakowie. Fotograf od początku był opryskliwy, komentował wygląd córki
("przydałoby się mniej słodyczy") i kilka razy podniósł na nią głos,
bo nie uśmiechała się tak, jak chciał. Dziecko wyszło z płaczem.

Proszę o kontakt osoby kierującej studiem lub jej przełożonego. Nie
oczekuję standardowych przeprosin mailem.

Renata Wysocka
tel. 698 000 521"""),
("pl", "b88-zgubiony-smoczek-kocyk", "Aleksandra Zawadzka <ola.zawadzka@example.pl>", "Zostawiliśmy kocyk", "general", "",
"""Hej, byliśmy dziś o 10:00 na sesji rodzinnej w studiu na Mokotowie i
chyba zostawiliśmy kocyk synka - szary w białe gwiazdki. Bez niego nie
zaśnie :( Jeśli się znalazł, podjedziemy jutro.
Ola"""),
("pl", "b88-zmiana-nazwiska", "Monika Nowak-Baranowska <monika.nb@example.pl>", "Zmiana danych", "general", "",
"""Dzień dobry,

po ślubie zmieniłam nazwisko z Nowak na Nowak-Baranowska. Proszę o
aktualizację danych na moim koncie, adres mailowy zostaje ten sam.

Pozdrawiam
Monika Nowak-Baranowska"""),
("pl", "b88-rodo-kopia-danych", "Krzysztof Borkowski <krzysztof.borkowski@example.pl>", "Wniosek RODO", "general", "",
"""Dzień dobry,

na podstawie art. 15 RODO proszę o przekazanie kopii moich danych
osobowych przetwarzanych przez Państwa, w tym zdjęć z sesji i nagrań,
które przechowujecie, oraz informacji, komu zostały udostępnione.

Z poważaniem
Krzysztof Borkowski"""),
("pl", "b88-doreczenie-u-sasiadki", "Teresa Sobczak <teresa.sobczak@example.pl>", "przesyłka z oryginałami", "general", "",
"""Dzien dobry, jak bedziecie odsylac moje oryginalne zdjecia, to prosze
nie do paczkomatu, bo nie umiem obslugiwac. Najlepiej kurierem, a jak
mnie nie bedzie, to zostawic u sasiadki pod 5, pani Jadwiga.
Teresa Sobczak"""),
("pl", "b88-sponsoring-festyn-szkolny", "Rada Rodziców SP 7 <radarodzicow.sp7@example.pl>", "Festyn rodzinny - propozycja współpracy", "general", "",
"""Dzień dobry,

Rada Rodziców Szkoły Podstawowej nr 7 w Opolu organizuje 8 czerwca
festyn rodzinny. Czy byliby Państwo zainteresowani postawieniem
fotobudki albo ufundowaniem nagrody (np. sesji rodzinnej) w loterii? W
zamian umieścimy logo na plakatach i podziękujemy ze sceny.

Z pozdrowieniami
Anna Czarnecka"""),
("pl", "b88-pytanie-vhs-c-slajdy", "Henryk Walczak <henryk.walczak@example.pl>", "zapytanie", "general", "",
"""Dzien dobry, czy przegrywacie tez male kasety VHS-C z kamery i slajdy?
Mam tego pelen karton po tacie. Ile to mniej wiecej trwa i czy trzeba
przyjechac osobiscie?"""),
("pl", "b88-pekniete-szklo-drzwi-studia", "Dorota Kalinowska <dorota.kalinowska@example.pl>", "Drzwi do studia", "general", "high",
"""Dzień dobry,

chciałam tylko zwrócić uwagę, że w drzwiach wejściowych do studia przy
Piotrkowskiej szyba jest pęknięta od dołu i jeden kawałek już się
rusza. Dzieci przy wchodzeniu opierają się o nią rękami. Powiedziałam w
recepcji, ale chyba nikt nic z tym nie zrobił. Lepiej to zabezpieczyć,
zanim ktoś się pokaleczy.

Dorota Kalinowska"""),
("pl", "b88-warsztaty-seniorzy", "Jadwiga Kozłowska <jadwiga.kozlowska@example.pl>", "Warsztaty", "general", "",
"""Szanowni Państwo,

w Domu Kultury widziałam plakat o warsztatach fotografii telefonem dla
seniorów w Waszym studiu. W jakie dni się odbywają i czy trzeba się
zapisać wcześniej? Mam 72 lata i dopiero uczę się smartfona.

Z poważaniem
Jadwiga Kozłowska"""),
("pl", "b88-operator-drona-ogrod", "Roman Kurek <roman.kurek@example.pl>", "Wasz operator drona", "general", "",
"""Dzień dobry,

w czwartek Wasz pracownik robił zdjęcia dronem domu sąsiadów na
sprzedaż. Dron przez dobre 10 minut wisiał nisko nad naszym ogrodem,
gdzie bawiły się wnuki. Kiedy wyszedłem zapytać, o co chodzi, pan był
bardzo nieuprzejmy i powiedział, żebym "nie robił afery". Tak się nie
rozmawia z ludźmi.

Roman Kurek"""),
("pl", "b88-re-rezerwacja-co-ubrac", "Paulina Grabowska <paulina.grabowska@example.pl>", "Re: Potwierdzenie rezerwacji sesji", "general", "",
"""Dziękuję za potwierdzenie! Jeszcze dwa pytania: czy na sesję mogą
przyjść też dziadkowie (w sumie byłoby 7 osób), i czy macie jakieś
wskazówki, jak się ubrać, żeby dobrze wyglądało na zdjęciach?

Paulina

> Dzień dobry, potwierdzamy rezerwację sesji rodzinnej w sobotę 22.06
> o godz. 11:00 w studiu przy ul. Mickiewicza. Do zobaczenia!"""),
]
