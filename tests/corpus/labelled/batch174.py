# batch174.py -- labelled test mails, held out of the tree until the rules
# it measures are final.  Shopping services this time: personal shopping
# apps, price comparison sites, cashback sites, buy-for-me services from
# abroad, second-hand marketplaces, auction apps and gift card exchanges,
# plus some other everyday mail.  Covers the failure classes in new
# situations -- escalation demands and legal threats / chargebacks that
# keep their topic, negations, subjects that say nothing or something
# else, replies quoting an earlier mail, paid plans ended or paused in
# unusual wording, business outages told only by their consequences,
# safety hazards told calmly, praise, payment questions -- and everyday
# mail of all three queues, 40 per language (en, el, es, pl), each
# language written on its own.  Same tuple format as batch12.py:
# (lang, slug, from, subject, queue, priority, body).
M += [
# ---------------- English ----------------
("en", "b174-cashback-laptop-not-tracked", "Rachel Moorcroft <rachel.moorcroft@example.co.uk>", "Missing cashback", "billing", "",
"""Hi there,

I clicked through from your site to TechBarn on
3 March and bought a laptop for 849.00. The offer page said 5% cashback,
so I was expecting 42.45, but nothing has appeared in my account, not
even as "pending". I went straight from your link to the checkout and
didn't use any other voucher codes.

I've attached the order confirmation. Could you chase it up for me?

Many thanks,
Rachel"""),
("en", "b174-gift-card-payout-short", "Tyler Brooks <tbrooks88@example.com>", "Hello", "billing", "",
"""Hey,

Sold you a $200 Harlow's gift card on Friday. Your site quoted me $168
(84%) which I accepted. The payout that hit my PayPal yesterday was
$151.20. Nobody said anything about an extra fee. Where did the other
$16.80 go?

Tyler"""),
("en", "b174-buyforme-vat-twice-supervisor", "Siobhan Kearney <siobhan.kearney@example.ie>", "Charged VAT twice on my order from the US - supervisor please", "billing", "high",
"""Hello,

Order SMB-44817, a pair of boots bought for me from a US shop through
your service.

At checkout you charged me 38.40 euro for "import VAT and duties,
prepaid". When the parcel arrived An Post wouldn't hand it over until I
paid another 41.15 euro in VAT and their handling fee. So I have paid the
import charges twice.

I've now explained this to two of your agents on the chat and both times
I got a copy-and-paste answer about customs being outside your control.
That is not the point. You took money for duties you clearly never paid.

I'd like this passed to a supervisor or whoever deals with complaints,
and I want the 38.40 back. I have the An Post receipt if anyone actually
wants to look at it.

Siobhan Kearney
Galway"""),
("en", "b174-auction-buyers-premium", "Mick Delaney <mickd@example.com.au>", "WHAT IS THIS 12% CHARGE", "billing", "",
"""Won the ride-on mower on Sunday night for $640. Fine. Then the invoice
comes through for $716.80 because of a "buyer's premium". WHERE was that
on the listing?? I looked at it heaps of times before bidding and never
saw it.

Either show me where it was or take it off.

Mick"""),
("en", "b174-late-husband-shopping-plus", "Margaret Holloway <m.holloway@example.co.uk>", "My husband's account", "billing", "",
"""Dear Sir or Madam,

My husband Dennis used your personal shopping service to have his
groceries and bits chosen and delivered. Sadly Dennis passed away in
January, and I see from our bank statement that his "Plus" membership
of 7.99 a month is still being taken.

I would be grateful if you could bring that to an end. I don't know his
password, but the account is in the name of Dennis Holloway, 12 Orchard
Close, Kettering.

If there is anything I need to send you please tell me.

Yours faithfully,
Margaret Holloway (Mrs)"""),
("en", "b174-moving-abroad-park-membership", "Karthik Raman <karthik.raman@example.in>", "Regarding my membership", "billing", "",
"""Dear Team,

I am relocating to Muscat for a six month project from 1st of next month.
Your app will not be of use to me there since you deliver only within
India. Instead of closing my Gold membership (Rs. 1,499 per year, renewed
in November) kindly let me know if it can be kept on hold and the unused
months added after I return.

Kindly do the needful.

Regards,
Karthik Raman
Bengaluru"""),
("en", "b174-fake-jacket-amex-dispute", "Danielle Ortiz <dani.ortiz@example.com>", "Order 7730192 - counterfeit", "billing", "high",
"""The "authentic" designer parka I bought on your marketplace for
$410 is a fake. The stitching is wrong, the label is misspelled and a
tailor confirmed it. I opened a buyer protection claim the day it
arrived and it was closed in two days with "seller provided tracking".
Tracking doesn't prove it's real.

I'm giving you until Friday to refund the $410. After that I'm disputing
the charge with American Express and I'll let them sort it out with you.

Danielle Ortiz"""),
("en", "b174-re-refund-five-working-days", "Owen Pritchard <owen.pritchard@example.co.uk>", "Re: Your refund request RF-20931", "billing", "",
"""Hi, just checking in again, it's now three weeks rather than 5-7 days
and still nothing on my card. Is there a reference I can give my bank?

Owen

> From: Customer Care <care@swapstreet.example>
> Subject: Your refund request RF-20931
>
> Hi Owen,
>
> Thanks for getting in touch. We've approved your refund of 64.99 for
> the returned headphones. Please allow 5-7 working days for it to show
> on your statement.
>
> Kind regards,
> Jess, SwapStreet Customer Care"""),
("en", "b174-split-payment-refurb-phone", "Chloe Nguyen <chloe.ng@example.com.au>", "Paying in 4?", "billing", "",
"""Hi! Quick one - can I pay for the refurbished phone ($549) in four
fortnightly payments like some other sites let you, or is it full
payment only? I couldn't see it at checkout. Cheers"""),
("en", "b174-vat-invoice-service-fee", "Accounts <accounts@pembroke-studio.example>", "VAT invoice needed", "billing", "",
"""Hello,

We used your buy-for-me service last month to purchase a lighting rig
from a supplier in Japan (your ref BFM-2291-J). The receipt we received
shows a single total of 1,274.60 GBP. For our VAT return we need a
proper VAT invoice showing your service fee and the VAT on it separately
from the goods and shipping.

Please issue it to Pembroke Studio Ltd, Unit 4, Canal Wharf, Leeds
LS11 5PX, VAT no. GB 123 4567 89.

Thank you,
Hannah Blythe
Accounts"""),
("en", "b174-welcome-voucher-rejected", "Niamh Doyle <niamhdoyle@example.ie>", "code not working", "billing", "",
"""hi the welcome code WELCOME10 from your email says "not valid for this
basket" - my basket is 46 euro and the email says min spend 30. am I
missing something?
niamh"""),
("en", "b174-seller-fee-cancelled-sale-small-claims", "Graham Tolley <graham.tolley@example.co.uk>", "Final value fee on a sale that never happened", "billing", "high",
"""To whom it may concern,

I sell second-hand camera equipment on your marketplace. On 8 April a
buyer "won" a Nikon lens from me for 520.00 and then never paid. I
cancelled the sale through the unpaid item process exactly as your help
pages say, and your system confirmed the cancellation.

You have nevertheless charged me a final value fee of 67.60 on that
sale, and then a further 4.00 "late fee" when I didn't pay it.

I have written three times. If the 71.60 is not credited back within
14 days I will issue a claim against you through Money Claim Online.
I have kept copies of everything.

Graham Tolley"""),
("en", "b174-app-fine-double-protection-fee", "Leo Marsh <leo.marsh@example.com>", "App", "billing", "",
"""Before anyone sends me troubleshooting steps - the app works fine, this
is about money. On my last order (#A-558301) I was charged the 2.49
"delivery protection" twice, it's on the receipt as two lines. Can one
of them go back on my card please?"""),
("en", "b174-giftcard-upi-debited-consumer-forum", "Ananya Iyer <ananya.iyer@example.in>", "Amount debited but gift card not received", "billing", "high",
"""Dear Sir/Madam,

On 14th I purchased a Rs. 5,000 gift card on your exchange through UPI.
The amount was debited from my HDFC account the same minute (UTR number
412345678901) but the order shows "payment failed" and no gift card was
issued. It is now 12 days.

Your support has given me 3 ticket numbers and the same reply that it
will be auto-refunded in 5-7 days. It has not come.

If I do not receive either the gift card or my money by this Saturday,
I will be filing a complaint in the consumer forum and on the National
Consumer Helpline.

Ananya Iyer
Chennai"""),
("en", "b174-price-drop-alerts-stopped", "Phil Ashworth <phil.ashworth@example.co.uk>", "Price alerts", "technical", "",
"""Hello,

I had price-drop alerts set up on your site for a washing machine and a
couple of TVs. I used to get an email within a day whenever one went
down. I haven't had a single alert since the middle of last month, even
though I can see on the graphs that the washing machine has dropped
twice. Not in spam. The alerts still show as "active" in my account.

Phil"""),
("en", "b174-auction-app-freezes-last-seconds", "Brandon Hale <brandon.hale@example.com>", "lost another auction", "technical", "",
"""Third time this month. Auction on a Fender amp, I'm the high bidder,
last 15 seconds the app freezes on the countdown, I can't tap anything,
and when it unfreezes the auction is over and someone outbid me at 0:03.

I don't want credit or a coupon or whatever. I want the app to not lock
up right when it matters. iPhone 13, latest iOS, latest version of the
app, on good wifi.

Brandon"""),
("en", "b174-2fa-sms-never-arrives", "Jess Kowalski <jess.kowalski@example.com.au>", "Can't log in", "technical", "",
"""Hi, every time I try to log in it says it's sent a 6 digit code to my
mobile ending 417 but nothing ever arrives. Waited 20 mins, tried
"resend" a few times, restarted the phone. Other texts come through
fine. Is there another way to get in?

Thanks, Jess"""),
("en", "b174-vintage-shop-listings-unavailable", "Hollie Baines <hollie@threadbare-vintage.example>", "Threadbare Vintage shop", "technical", "high",
"""Hi,

We run Threadbare Vintage on your marketplace (about 900 listings, it's
our only sales channel). Since roughly 6am today we haven't had one
order. Normally by lunchtime on a Saturday we'd have 30-40.

Customers are messaging us on Instagram to say every item shows "This
item is unavailable" and the basket button is greyed out. Our seller
dashboard says everything is live and in stock. I've got two part-time
staff here packing nothing.

Please can someone look at this today.

Hollie Baines
Threadbare Vintage, Bristol"""),
("en", "b174-power-bank-hot-burning-smell", "Declan Fahy <declan.fahy@example.ie>", "Power bank from order SMB-45120", "technical", "high",
"""Hi,

You bought a 20,000mAh power bank on my behalf from a shop in the US
(order SMB-45120), arrived last week. Last night I had it charging on
the kitchen counter and noticed a smell like burning plastic. The case
was too hot to hold and one side has bulged slightly.

I unplugged it and it's now sitting on a tile outside in the yard. No
harm done, but I'd rather nobody else got one of these. Can you tell me
what to do with it and let the seller know?

Declan Fahy
Cork"""),
("en", "b174-scan-barcode-camera-blank", "Rohit Malhotra <rohit.malhotra@example.in>", "Scan feature not working", "technical", "",
"""Hello Team,

In your personal shopping app the "scan barcode to compare" option only
shows a black screen. Camera permission is given. Phone is Redmi Note
12, Android 14. Camera works in all other apps. I have cleared cache
and reinstalled also.

Please advise.
Rohit"""),
("en", "b174-cashback-extension-not-activating", "Megan Foster <megan.foster@example.com>", "Browser extension", "technical", "",
"""Hi - I'm not asking about missing cashback, so please don't send me the
claim form. The problem is the extension itself. Since Chrome updated
last week your little pop-up never appears on any store anymore. The
icon in the toolbar is grey and clicking it just shows a spinning wheel.
Tried removing and re-adding it. Same on my husband's laptop.

Megan"""),
("en", "b174-re-reset-link-expired", "Derek Simms <derek.simms@example.co.uk>", "Re: Reset your password", "technical", "",
"""Clicked it within a minute of it arriving and it still says "This link
has expired". Tried 4 times now. I'd like to get into my account.

D. Simms

-----Original Message-----
From: no-reply@bidnest.example
Subject: Reset your password

Hi Derek,
We received a request to reset your password. Click the link below to
choose a new one. This link will expire in 30 minutes.
[Reset password]"""),
("en", "b174-merchant-feed-zero-traffic", "Ecommerce Team <ecom@kitchenhaus.example>", "Feed import - account 30418", "technical", "high",
"""Hello,

Our product feed (merchant account 30418, around 3,400 SKUs) has shown
"last successful import: 4 days ago" in your merchant centre. The feed
file at our end is updated every night and downloads fine from our
server.

Since Tuesday none of our products appear in your comparison results at
all. Referral traffic from you has gone from about 2,000 visits a day
to 11 and our online sales are down by a third. We're paying for
promoted listings that now show nothing.

We need someone technical on this as soon as possible.

Regards,
Tom Ellery
KitchenHaus"""),
("en", "b174-secondhand-hairdryer-sparks", "Kylie Parsons <kylie.parsons@example.com.au>", "Hair dryer", "technical", "high",
"""Hi there,

Bought a hair dryer off a seller on your site last week (listed as
"barely used"). First time I used it this morning there was a crackle and
a couple of sparks came out where the cord goes into the handle, and the
power in the bathroom tripped. I've binned it, all good, but you might
want to pull that listing down before someone gets a shock.

Kylie"""),
("en", "b174-dark-mode-text-invisible", "Sam Ortega <sam.ortega@example.com>", "dark mode", "technical", "",
"""in dark mode the item descriptions are black text on a black background,
can't read anything unless I highlight it. pixel 8."""),
("en", "b174-cant-upload-listing-photos", "Brian Lomax <brian.lomax@example.co.uk>", "Photographs", "technical", "",
"""Good afternoon,

I am trying to sell my late brother's stamp albums on your website. I
have typed out the description but when I press "Add photos" and choose
the pictures from my computer, a little circle goes round and round and
then it says "Something went wrong". The photographs are from my
digital camera. I have tried on three different days.

My granddaughter says it may be the size of them but I would not know
how to change that.

Brian Lomax"""),
("en", "b174-mum-locked-out-shopper-app-weekend", "Fiona Carr <fiona.carr@example.co.uk>", "My mother can't get into her account - no food for weekend", "technical", "high",
"""Hello,

My mother is 89, housebound, and relies on your personal shopping
service for her groceries and to collect her repeat prescription from
the chemist. Her Friday delivery has to be confirmed in the app by
Thursday 8pm.

Since the app updated yesterday it won't accept her PIN and the "forgot
PIN" email never comes. I've tried from my own phone with her details
too. I live in Aberdeen, she's in Stockport, so I can't just pop round
with shopping, and she has her heart tablets in that order.

Can somebody please unlock the account or confirm the delivery manually
before tomorrow evening?

Fiona Carr"""),
("en", "b174-personal-shopper-nadia-thanks", "Lauren Pike <lauren.pike@example.co.uk>", "Nadia!!", "general", "",
"""I just had to write and say thank you to Nadia, the personal shopper who
sorted my outfit for my sister's wedding. I'd given her an impossible
brief (green, sleeves, under 150, nothing shiny) and she came back with
four options in a day, one of which was perfect. Several people asked
where I'd got it.

Please pass this on to her and her manager. Best service I've had in
years.

Lauren"""),
("en", "b174-depot-staff-rude-manager", "Marcus Bell <marcus.bell@example.com>", "Complaint about your Newark depot", "general", "high",
"""I went to your Newark collection depot on Tuesday to pick up a parcel
you'd shipped in for me. The guy at the counter (bald, name badge said
Vince) kept me waiting 20 minutes while he was on his phone, then told
me I was "wasting his time" because I didn't have the barcode printed,
and laughed at me with his coworker when I asked him to look it up by
name.

I'm not after money, I got my parcel in the end. But I want to speak to
a manager about how I was treated. Please have one call me on
(555) 014-2278.

Marcus Bell"""),
("en", "b174-subject-access-request", "Aoife Brennan <aoife.brennan@example.ie>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under Article 15 of the GDPR, please provide me with a copy of all
personal data you hold about me, including my browsing and click
history on your price comparison site, any profiles or segments you have
placed me in, and the third parties you have shared my data with.

My account email is this address. I look forward to your reply within
one month.

Aoife Brennan
Dublin 8"""),
("en", "b174-change-registered-mobile", "Sneha Kulkarni <sneha.k@example.in>", "Change of mobile number", "general", "",
"""Hi,

I have changed my mobile number. Old number +91 98450 XXXXX, new number
+91 99000 12345. Please update it in my profile, the app does not allow
me to edit it myself. Also my surname has changed after marriage from
Kulkarni to Deshpande, please update that as well.

Thanks,
Sneha"""),
("en", "b174-scarf-left-pickup-counter", "Gwen Thompson <gwen.t@example.com.au>", "Left my scarf", "general", "",
"""Hello, I think I left a navy wool scarf on the counter at your Fremantle
pick-up point yesterday arvo when I collected my parcel. It was my
mum's so I'd love it back. Could someone have a look? Thanks heaps,
Gwen"""),
("en", "b174-collection-hub-loose-step", "Peter Ruddock <peter.ruddock@example.co.uk>", "Step outside your Salford hub", "general", "high",
"""Hello,

Just to let you know, the metal step up to the door of your parcel
collection hub on Trafford Road is loose - it rocks when you stand on it
and one side has come away from the wall. I went over on it this morning
and only saved myself because I grabbed the rail. There's an older lady
who comes in with a stick most mornings.

Could someone sort or cone it off before somebody gets hurt?

Peter Ruddock"""),
("en", "b174-urgent-leave-with-neighbour", "Tasha Green <tasha.green@example.com>", "URGENT!!!!", "general", "",
"""URGENT - I won't be home Thursday!!! Please tell the driver to leave my
package (order 88124) with my neighbor at 14B, her name is Carol. Do NOT
leave it on the porch, the last one got rained on. Thank you!!!"""),
("en", "b174-how-comparison-ranks-shops", "Alan Hutchins <alan.hutchins@example.co.uk>", "Question", "general", "",
"""Hello,

A question out of curiosity rather than a complaint. When I search for
something on your site, are the shops at the top there because they're
cheapest, or because they pay you to be there? And are all shops in the
UK included, or only ones that sign up?

Regards,
Alan"""),
("en", "b174-school-fair-sponsor", "Orla Fitzpatrick <pta@stbrigids-ns.example>", "Sponsorship for our school fair", "general", "",
"""Hi,

I'm on the parents' association at St Brigid's National School in
Naas. We're holding our summer fair on 21 June and we're looking for
local and online businesses to sponsor a stall or donate a prize for
the raffle. A lot of our parents use your second-hand marketplace for
uniforms and kids' bikes, so we thought of you.

Would you be interested? Happy to send more details.

Thanks a million,
Orla Fitzpatrick"""),
("en", "b174-drop-off-easter-monday", "Bev Oakley <bev.oakley@example.co.uk>", "Question", "general", "",
"""Is the drop-off point in Swindon open on Easter Monday? I need to send
back an item I sold. Thanks, Bev"""),
("en", "b174-killer-deals-love-it", "Jaz Robertson <jaz.robertson@example.com.au>", "you guys are killing it", "general", "",
"""Honestly the deals on your site this week are absolutely killer, my
bank account is screaming and I don't even care. Found the exact air
fryer my sister paid $229 for at $139 through your comparison. Just
wanted to say keep it up, legends."""),
("en", "b174-preloved-swap-event", "Kirsty Lang <kirsty.lang@example.co.uk>", "Swap event", "general", "",
"""Hiya, are you doing the pre-loved clothes swap in Manchester again
this year? I went to the one in the Corn Exchange last September and
loved it. Do I need to book or just turn up? x"""),
("en", "b174-order-58812-gift-note", "Howard Finch <howard.finch@example.com>", "Order 58812", "general", "",
"""This is a birthday present for my daughter. Could you make sure it
goes without the packing slip inside, and can a short note be included?
"Happy 30th Ellie, love Dad." Thank you."""),
# ---------------- Greek ----------------
("el", "b174-cashback-klimatistiko-den-pistothike", "Σταυρούλα Μπέλλου <s.bellou@example.gr>", "Δεν εμφανίζεται το cashback", "billing", "",
"""Καλησπέρα σας,

Στις 2 Μαΐου αγόρασα ένα κλιματιστικό 718,00€ από το ηλεκτρονικό
κατάστημα ΘερμοΚλιμ, πηγαίνοντας εκεί από τον σύνδεσμο της σελίδας σας.
Η προσφορά έγραφε 5% επιστροφή, δηλαδή 35,90€. Έχει περάσει πάνω από
μήνας και στον λογαριασμό μου δεν φαίνεται ούτε ως «σε εκκρεμότητα».

Δεν χρησιμοποίησα κανέναν άλλο εκπτωτικό κωδικό. Σας επισυνάπτω την
επιβεβαίωση της παραγγελίας.

Ευχαριστώ,
Σταυρούλα Μπέλλου
Λάρισα"""),
("el", "b174-gl-dwrokarta-pliromi-iban-argei", "Giorgos Lamprou <glamprou@example.gr>", "plhrwmh", "billing", "",
"""Kalhspera,

Sas poulhsa mia dwrokarta 150e apo to Mall Athinon prin 10 meres, mou
eipate 126e kai to dekthka. To status leei "h plhrwmh egkri8hke" alla
sto IBAN mou den exei erthei tipota akoma. Sto site grafete 2-3
ergasimes. Ti ginetai?

Giwrgos"""),
("el", "b174-agores-exoterikou-teloneio-dyo-fores-proistamenos", "Αλέξανδρος Ντόκος <a.ntokos@example.gr>", "Πληρωμή τελωνείου δύο φορές - ζητώ προϊστάμενο", "billing", "high",
"""Κύριοι,

Παραγγελία ΑΓ-20517: μπουφάν από κατάστημα του Λονδίνου μέσω της
υπηρεσίας σας «αγοράζουμε για εσάς».

Στο ταμείο σας πλήρωσα 46,20€ ως «προπληρωμένους δασμούς και ΦΠΑ».
Όταν ήρθε το δέμα, ο courier δεν μου το παρέδιδε αν δεν πλήρωνα άλλα
52,80€ για ΦΠΑ, δασμό και τελωνειακή διαμεσολάβηση. Δηλαδή πλήρωσα τα
ίδια τέλη δύο φορές.

Έχω μιλήσει ήδη με δύο υπαλλήλους σας στο chat και οι δύο μου
απάντησαν ότι «το τελωνείο δεν είναι στη δικαιοδοσία μας». Δεν ρώτησα
αυτό. Πήρατε χρήματα για δασμούς που προφανώς δεν πληρώσατε ποτέ.

Ζητώ να μεταφερθεί το θέμα σε προϊστάμενο και να μου επιστραφούν τα
46,20€. Έχω την απόδειξη του courier.

Αλέξανδρος Ντόκος
Θεσσαλονίκη"""),
("el", "b174-gl-dimoprasia-xrewsh-xwris-niki-trapeza", "Thanos K. <thanos.k88@example.gr>", "xrewsh gia dhmoprasia pou DEN kerdisa", "billing", "high",
"""Geia sas,

Mou xrewsate 289e sthn karta gia th dhmoprasia tou podhlatou Trek
(ar. 55102). Thn dhmoprasia THN EXASA, to leei kai to
idio to app "kerdise allos xrhsths". Alla ta lefta efygan.

Egrapsa sto support prin mia evdomada, kamia apanthsh. An den dw ta 289e
pisw mexri thn Paraskeuh kanw amfisvhthsh xrewshs sthn trapeza kai as
ta vrei h trapeza mazi sas.

Thanos"""),
("el", "b174-syndromi-mitera-monada-frontidas", "Ειρήνη Σαββίδου <eirini.savvidou@example.gr>", "Λογαριασμός της μητέρας μου", "billing", "",
"""Καλημέρα σας,

Η μητέρα μου, Σοφία Σαββίδου, χρησιμοποιούσε την υπηρεσία σας για
προσωπικές αγορές (σας έστελνε τη λίστα και ερχόταν η κυρία με τα
ψώνια). Από τον περασμένο μήνα μένει μόνιμα σε μονάδα φροντίδας
ηλικιωμένων στον Βόλο, όπου της τα παρέχουν όλα, οπότε δεν θα τη
χρειαστεί πια.

Βλέπω ότι η μηνιαία χρέωση των 9,90€ συνεχίζει να βγαίνει από την
κάρτα της. Μπορείτε να τη σταματήσετε; Αν χρειάζεστε κάποιο έγγραφο
πείτε μου.

Ευχαριστώ πολύ,
Ειρήνη Σαββίδου"""),
("el", "b174-gl-premium-pagwma-stratos", "Manos Triantis <manos.triantis@example.gr>", "premium", "billing", "",
"""Yo, paw fantaros se 2 vdomades gia 9 mhnes (Evros...) opote to app den 8a
to xrhsimopoiw katholou. Mporeite na "pagwsete" to premium (4,99 to
mhna) kai na synexisei otan gyrisw? Den thelw na to kleisw teleiws giati
exw kai tis ekptwseis pistotitas.
Eyxaristw
Manos"""),
("el", "b174-timologio-anti-apodeixis-afm", "Λογιστήριο <logistirio@anemos-ktirio.example>", "Έκδοση τιμολογίου", "billing", "",
"""Καλημέρα,

Για την παραγγελία 40992 (εκτυπωτής laser, 412,00€) που έγινε μέσω της
πλατφόρμας σας εκδόθηκε απόδειξη λιανικής. Χρειαζόμαστε τιμολόγιο
στα στοιχεία της εταιρείας:

ΑΝΕΜΟΣ ΚΤΙΡΙΑΚΗ Ι.Κ.Ε.
ΑΦΜ 801234567, ΔΟΥ Ηρακλείου
Λεωφ. Κνωσού 118, 71409 Ηράκλειο

Ευχαριστούμε,
Μαρία Ζερβάκη
Λογιστήριο"""),
("el", "b174-doseis-laptop-pistotiki", "Στελιος Παππας <stelios.pappas@example.gr>", "Δοσεις", "billing", "",
"""Καλησπερα. Το ανακατασκευασμενο laptop των 780 ευρω μπορω να το παρω
με 6 ατοκες δοσεις με πιστωτικη; Στο ταμειο βλεπω μονο εφαπαξ.
Ευχαριστω"""),
("el", "b174-re-epistrofi-xrimaton-metaxeirismeno", "Κωνσταντίνα Λιάπη <k.liapi@example.gr>", "Re: Επιστροφή αντικειμένου #ΕΠ-7731", "billing", "",
"""Καλησπέρα, ο πωλητής παρέλαβε την τσάντα πίσω στις 4 του μήνα (το
βλέπω στο tracking), αλλά τα 85,00€ δεν έχουν επιστραφεί ακόμα στην
κάρτα μου. Μπορείτε να δείτε τι γίνεται;

Κωνσταντίνα

> Στις 28/3, η Εξυπηρέτηση Πελατών <help@xeraxeri.example> έγραψε:
>
> Αγαπητή κυρία Λιάπη,
>
> το αίτημα επιστροφής σας εγκρίθηκε. Μόλις ο πωλητής παραλάβει το
> αντικείμενο, τα χρήματα θα επιστραφούν στον τρόπο πληρωμής σας μέσα
> σε 5 εργάσιμες ημέρες.
>
> Με εκτίμηση,
> Ομάδα Χέρι-Χέρι"""),
("el", "b174-gl-kwdikos-ekptwshs-den-pernaei", "Dimitra Papa <dimitra.papa@example.gr>", "kwdikos", "billing", "",
"""Geia sas, o kwdikos KALWSORISES15 pou mou hr8e sto mail leei "mh egkyros".
To kala8i mou einai 63e kai leei elaxisth paraggelia 40e. Ti kanw la8os?"""),
("el", "b174-pwlitis-promitheia-epistrofi-synigoros", "Παναγιώτης Ρήγας <p.rigas@example.gr>", "Προμήθεια για πώληση που επιστράφηκε", "billing", "high",
"""Κύριοι,

Πουλάω μεταχειρισμένα βιβλία και δίσκους βινυλίου στην πλατφόρμα σας.
Στις 11 Μαρτίου πούλησα μια συλλογή δίσκων 240,00€. Ο αγοραστής την
επέστρεψε (με δικά μου έξοδα αποστολής) και του έγινε πλήρης
επιστροφή χρημάτων.

Παρ' όλα αυτά μου κρατήσατε προμήθεια 12% (28,80€) για μια πώληση που
τελικά δεν έγινε ποτέ, και το σύστημα αρνείται να μου την επιστρέψει.

Σας έχω γράψει τρεις φορές. Αν τα 28,80€ δεν πιστωθούν στον λογαριασμό
μου μέσα σε 15 ημέρες, θα υποβάλω αναφορά στον Συνήγορο του
Καταναλωτή και στη Γενική Γραμματεία Εμπορίου.

Παναγιώτης Ρήγας
Πάτρα"""),
("el", "b174-den-thelo-lefta-allagi-megethous", "Βασιλική Τζήμα <vaso.tzima@example.gr>", "Παραγγελία 40771", "billing", "",
"""Καλημέρα!

Τα αθλητικά που μου στείλατε είναι νούμερο 39 και μου είναι μικρά.
Δεν θέλω να μου επιστρέψετε τα χρήματα, θέλω απλώς να τα αλλάξω με 40,
το ίδιο χρώμα. Πώς το κάνω; Πληρώνω εγώ τα μεταφορικά;

Βάσω"""),
("el", "b174-gl-diplh-xrewsh-karta-paraggelia", "Kostas Vlachos <kvlachos@example.gr>", "DIPLH XREWSH", "billing", "",
"""Kalhmera, gia thn paraggelia BFM-3310 (akoustika apo Amerikh) vlepw sthn
karta mou dyo fores 112,40e, idia wra kai idio poso. H paraggelia einai
mia. Parakalw epistrepste th mia xrewsh.
Kwstas Vlaxos"""),
("el", "b174-eidopoiiseis-ptosis-timis-den-erxontai", "Χρήστος Ανδρέου <christos.andreou@example.gr>", "Ειδοποιήσεις τιμών", "technical", "",
"""Καλησπέρα,

Έχω βάλει ειδοποίηση πτώσης τιμής για ένα πλυντήριο πιάτων και ένα
κινητό. Μέχρι τον Φεβρουάριο μου ερχόταν ειδοποίηση στο κινητό μόλις
έπεφτε η τιμή. Από τότε τίποτα, ενώ στο γράφημα βλέπω ότι το πλυντήριο
έχει πέσει δύο φορές. Οι ειδοποιήσεις είναι ενεργές και στην εφαρμογή
και στις ρυθμίσεις του τηλεφώνου.

Χρήστος"""),
("el", "b174-gl-app-kleinei-otan-kanw-prosfora", "Nikos Georgiou <nikgeo@example.gr>", "to app kleinei", "technical", "",
"""Re paidia, kathe fora pou pataw "kane prosfora" se dhmoprasia to app
kleinei mono tou kai me petaei sthn ar3h. Exasa etsi 2 dhmoprasies
shmera. Den 8elw na mou dwsete tipota pisw, 8elw na douleuei to app.
Samsung A54, exw kanei update kai apegkatastash.
Nikos"""),
("el", "b174-kodikos-otp-sms-den-erxetai", "Αγγελικη Μαυρου <aggeliki.mavrou@example.gr>", "Δεν μπορω να συνδεθω", "technical", "",
"""Καλησπερα σας,

Οταν προσπαθω να μπω στον λογαριασμο μου λεει οτι μου στειλε κωδικο με
SMS στο κινητο που τελειωνει σε 208, αλλα δεν ερχεται ποτε τιποτα.
Περιμενα μιση ωρα, πατησα «αποστολη ξανα» πολλες φορες, εκλεισα και
ανοιξα το κινητο. Τα αλλα μηνυματα ερχονται κανονικα.

Υπαρχει αλλος τροπος να συνδεθω;

Αγγελικη"""),
("el", "b174-katastima-vintage-miden-paraggelies", "Ελπίδα Κουρή <elpida@palia-ruxa.example>", "Το κατάστημά μας στην πλατφόρμα", "technical", "high",
"""Καλημέρα,

Έχουμε το κατάστημα «Παλιά Ρούχα» στην πλατφόρμα σας, περίπου 1.100
αγγελίες, και είναι το μόνο μας κανάλι πωλήσεων. Από τις 7 το πρωί
σήμερα δεν έχουμε ούτε μία παραγγελία, ενώ Σάββατο μεσημέρι κανονικά
έχουμε ήδη 30-40.

Πελάτισσες μας στέλνουν στο Instagram ότι σε κάθε κομμάτι βγαίνει «Μη
διαθέσιμο» και το κουμπί του καλαθιού είναι γκρι. Στο δικό μας
περιβάλλον πωλητή όλα φαίνονται ενεργά και διαθέσιμα. Έχω δύο κοπέλες
εδώ να περιμένουν χωρίς να έχουν τίποτα να πακετάρουν.

Παρακαλώ να το δει κάποιος σήμερα.

Ελπίδα Κουρή
Θεσσαλονίκη"""),
("el", "b174-patini-mpataria-fouskose-zesti", "Γιάννης Φραγκιαδάκης <g.fragkiadakis@example.gr>", "Ηλεκτρικό πατίνι από παραγγελία ΑΓ-20688", "technical", "high",
"""Καλησπέρα,

Μέσω της υπηρεσίας σας παρήγγειλα ηλεκτρικό πατίνι από κατάστημα της
Γερμανίας (ΑΓ-20688). Χθες το βράδυ το είχα στη φόρτιση στο μπαλκόνι
και μετά από μία ώρα η βάση όπου είναι η μπαταρία ήταν καυτή και είχε
φουσκώσει λίγο, με μια μυρωδιά σαν καμένο πλαστικό.

Το αποσύνδεσα και το άφησα έξω μακριά από οτιδήποτε. Δεν έγινε κάτι,
αλλά δεν σκοπεύω να το ξαναφορτίσω. Πείτε μου τι να κάνω με αυτό και
ενημερώστε και το κατάστημα.

Γιάννης Φραγκιαδάκης
Χανιά"""),
("el", "b174-gl-skanarisma-barcode-mavri-o8oni", "Eleni Mp. <eleni.mp@example.gr>", "skanarisma", "technical", "",
"""Kalhspera, sto app sas otan pataw "skanare barcode gia sygkrish" bgainei
mauri o8onh. H kamera exei adeia, se ola ta alla app douleuei. Xiaomi
Redmi, Android 14. Ekana kai epanegkatastash, tipota.
Eleni"""),
("el", "b174-epektasi-cashback-firefox", "Θοδωρής Καραλής <thodoris.karalis@example.gr>", "Επέκταση για τον browser", "technical", "",
"""Γεια σας,

Δεν ρωτάω για cashback που λείπει, οπότε μη μου στείλετε τη φόρμα
διεκδίκησης. Το πρόβλημα είναι η ίδια η επέκταση στον Firefox: από την
τελευταία ενημέρωση δεν εμφανίζεται πουθενά το αναδυόμενο παράθυρο
στα καταστήματα, το εικονίδιο είναι γκρι και όταν το πατάω γυρίζει
συνέχεια ένας κύκλος. Την έβγαλα και την ξαναέβαλα, τα ίδια.

Θοδωρής"""),
("el", "b174-re-syndesmos-epanaforas-elixe", "Σπύρος Κολλιας <spyros.kollias@example.gr>", "Re: Επαναφορά κωδικού πρόσβασης", "technical", "",
"""Το πατησα μεσα σε ενα λεπτο και μου λεει «Ο συνδεσμος εχει ληξει».
Το δοκιμασα 4 φορες. Θελω να μπω στον λογαριασμο μου.

Σ. Κόλλιας

-------- Αρχικό μήνυμα --------
Από: no-reply@sfyri.example
Θέμα: Επαναφορά κωδικού πρόσβασης

Γεια σου Σπύρο,
λάβαμε αίτημα επαναφοράς του κωδικού σου. Πάτησε τον παρακάτω σύνδεσμο
για να ορίσεις νέο κωδικό. Ο σύνδεσμος ισχύει για 30 λεπτά.
[Επαναφορά κωδικού]"""),
("el", "b174-feed-proionton-eshop-miden-episkepseis", "E-shop <eshop@spitokouzina.example>", "Feed προϊόντων - λογαριασμός 20544", "technical", "high",
"""Καλημερα σας,

Το feed προϊοντων μας (λογαριασμος εμπορου 20544, περιπου 2.800 κωδικοι)
εμφανιζει στο περιβαλλον σας «Τελευταια επιτυχης ενημερωση: πριν 5
ημερες». Το αρχειο απο τη μερια μας ενημερωνεται καθε βραδυ και
κατεβαινει κανονικα.

Απο την Τριτη κανενα προϊον μας δεν εμφανιζεται στις συγκρισεις. Οι
επισκεψεις απο εσας επεσαν απο 1.500 την ημερα σε 9 και οι
πωλησεις του e-shop ειναι κατω 40%. Πληρωνουμε και προωθημενες
καταχωρισεις που δεν βγαινουν πουθενα.

Χρειαζομαστε τεχνικο να το δει το συντομοτερο.

Δημητρης Σκλαβος
ΣπιτοΚουζίνα"""),
("el", "b174-aerotherma-metaxeirismeno-liose-fis", "Ευάγγελος Μώρος <v.moros@example.gr>", "Αερόθερμο", "technical", "high",
"""Καλησπέρα.

Αγόρασα την περασμένη εβδομάδα ένα μεταχειρισμένο αερόθερμο από
αγγελία στην πλατφόρμα σας («σαν καινούργιο»). Σήμερα το πρωί, μετά από
μισή ώρα λειτουργίας, το φις είχε λιώσει στη μία άκρη και η πρίζα είχε
μαυρίσει. Το έβγαλα αμέσως, όλα καλά.

Σας το γράφω για να κατεβάσετε την αγγελία και να ειδοποιήσετε τον
πωλητή, γιατί έχει κι άλλα ίδια προς πώληση.

Βαγγέλης Μώρος"""),
("el", "b174-gl-fwtografies-aggelia-den-anevainoun", "Mairh Theodorou <mairi.th@example.gr>", "fwtografies", "technical", "",
"""Kalhspera, prospa8w na valw fwtografies sthn aggelia gia to kounaki tou
mwrou kai otan pataw "prosthkh" gyrizei o kyklos kai meta leei "kati phge
strava". Oi fwto einai apo to kinhto, iPhone 12. Exw dokimasei kai apo ton
ypologisth.
Mairh"""),
("el", "b174-efarmogi-kleinei-meta-tin-enimerosi", "Άννα Χατζή <anna.chatzi@example.gr>", "Η εφαρμογή", "technical", "",
"""Από χθες που έγινε η ενημέρωση, η εφαρμογή ανοίγει, δείχνει το λογότυπο
και κλείνει. iPhone SE, iOS ενημερωμένο. Την έσβησα και την ξαναέβαλα."""),
("el", "b174-mitera-giannena-petrelaio-efarmogi-kleinei", "Θεόδωρος Ζώης <theodoros.zois@example.gr>", "Η μητέρα μου δεν μπορεί να παραγγείλει - χωρίς θέρμανση", "technical", "high",
"""Καλησπέρα σας,

Η μητέρα μου είναι 84 χρονών και μένει μόνη της σε χωριό έξω από τα
Γιάννενα. Όλες της τις αγορές, και το πετρέλαιο θέρμανσης, τα
παραγγέλνει μέσω της εφαρμογής σας, όπως της την έστησα.

Από την Κυριακή, κάθε φορά που πατάει «Επιβεβαίωση παραγγελίας» η
εφαρμογή κλείνει μόνη της. Το δοκίμασα κι εγώ από Αθήνα με τα στοιχεία
της, το ίδιο. Το πετρέλαιο τελείωσε χθες και έξω έχει -3 τη νύχτα.

Μπορεί κάποιος να περάσει την παραγγελία χειροκίνητα ή να μου πει πώς
να το λύσω; Είναι πραγματικά επείγον.

Θεόδωρος Ζώης"""),
("el", "b174-gl-email-epivevaiwshs-den-erxetai", "Spyridoula N. <spyridoula.n@example.gr>", "eggrafh", "technical", "",
"""Kalhspera, ekana eggrafh xtes kai to email epivevaiwshs den hr8e pote,
oute sta spam. Patisa "3anasteile" 3 fores. Xwris epivevaiwsh den me
afhnei na agorasw tipota.
Ευχαριστω"""),
("el", "b174-efxaristies-prosopiki-agorastria-katerina", "Μαρίνα Δεληγιάννη <marina.del@example.gr>", "Ένα μεγάλο ευχαριστώ", "general", "",
"""Καλησπέρα σας,

Ήθελα να ευχαριστήσω την Κατερίνα, την προσωπική αγοράστρια που με
βοήθησε με το φόρεμα για τη βάπτιση του ανιψιού μου. Της έδωσα
δύσκολες οδηγίες (όχι μαύρο, με μανίκι, ως 120€) και μέσα σε μια μέρα
μου έστειλε τέσσερις επιλογές, η μία τέλεια. Με ρωτούσαν όλοι από πού
το πήρα.

Παρακαλώ μεταφέρετέ το και στους υπευθύνους της. Σπάνια βρίσκεις τέτοια
εξυπηρέτηση.

Μαρίνα"""),
("el", "b174-gl-agenis-ypallilos-shmeio-paralavis-ypeythynos", "Vasilis Mitsis <v.mitsis@example.gr>", "parapono gia to shmeio paralavhs Peristeriou", "general", "high",
"""Kalhspera,

Phga thn Triti sto shmeio paralavhs sas sto Peristeri na parw ena dema.
O ypallhlos sto tameio me afhse 20 lepta na perimenw enw milouse sto
kinhto, meta mou eipe oti "tou xalaw ton xrono" epeidh den eixa ektypwsei
to barcode kai gelouse me ton syndelfo tou.

Den 8elw lefta, to dema to phra. 8elw omws na milhsw me ton ypeu8yno h
ton dieu8ynth tou katasthmatos gia to pws me antimetwpisan. Parakalw na
me parei kapoios sto 69X XXX XXXX.

Vasilhs Mitshs"""),
("el", "b174-aitima-diagrafis-dedomenon", "Ιφιγένεια Ράλλη <ifigeneia.ralli@example.gr>", "Αίτημα διαγραφής προσωπικών δεδομένων", "general", "",
"""Αξιότιμοι κύριοι,

Σύμφωνα με το άρθρο 17 του ΓΚΠΔ, ζητώ τη διαγραφή του λογαριασμού μου
και όλων των προσωπικών μου δεδομένων από τον ιστότοπο σύγκρισης τιμών
σας, συμπεριλαμβανομένου του ιστορικού αναζητήσεων και κλικ. Δεν έχω
καμία συνδρομή ή εκκρεμότητα.

Το email του λογαριασμού είναι αυτό από το οποίο σας γράφω. Παρακαλώ
επιβεβαιώστε μου γραπτώς τη διαγραφή.

Με εκτίμηση,
Ιφιγένεια Ράλλη"""),
("el", "b174-allagi-dieythynsis-paradosis", "Μιχαλης Σταματης <m.stamatis@example.gr>", "Αλλαγη διευθυνσης", "general", "",
"""Καλημερα, μετακομισα. Η νεα μου διευθυνση ειναι Αγιου Δημητριου 41,
3ος οροφος, 54632 Θεσσαλονικη. Παρακαλω αλλαξτε την στον λογαριασμο
μου γιατι απο την εφαρμογη δεν με αφηνει. Ευχαριστω, Μιχαλης"""),
("el", "b174-gl-3exasa-omprela-shmeio-paralavhs", "Katerina Z. <katerina.z@example.gr>", "omprela", "general", "",
"""Geia sas! Nomizw 3exasa mia mple omprela me 3ylino xerouli sto shmeio
paralavhs sthn Kalamaria shmera to prwi. Mhpws thn vrhkate? Na perasw
na thn parw?
Ευχαριστώ!!"""),
("el", "b174-spasmeno-tzami-simeio-paralavis", "Ρένα Καρρά <rena.karra@example.gr>", "Σπασμένο τζάμι στο σημείο παραλαβής Ρόδου", "general", "high",
"""Καλησπέρα,

Σήμερα στο σημείο παραλαβής σας στη Ρόδο (οδός Αμερικής) η τζαμένια
πόρτα της εισόδου είναι ραγισμένη από πάνω ως κάτω και κομμάτια γυαλί
έχουν πέσει στο πάτωμα δίπλα στο ράφι με τα δέματα. Το παιδί μου πήγε
να πιάσει ένα κομμάτι. Ο υπάλληλος είπε ότι «είναι έτσι από χθες».

Καλό είναι να το κλείσετε ή να το μαζέψετε πριν κοπεί κάποιος.

Ρένα Καρρά"""),
("el", "b174-epeigon-afiste-to-ston-thyroro", "Σοφία Αλεξίου <sofia.alexiou@example.gr>", "ΕΠΕΙΓΟΝ!!!", "general", "",
"""ΕΠΕΙΓΟΝ!!! Την Πέμπτη δεν θα είμαι σπίτι. Πείτε στον κούριερ να αφήσει
το δέμα (παραγγελία 71208) στον θυρωρό της πολυκατοικίας, κ. Στέλιο.
ΟΧΙ έξω από την πόρτα, το προηγούμενο το βρήκα βρεγμένο!!"""),
("el", "b174-pos-vgazete-xrimata-sygrisi", "Νικηφόρος Αθανασίου <nikiforos.ath@example.gr>", "Ερώτηση", "general", "",
"""Καλησπερα,

Μια απορια, οχι παραπονο. Τα καταστηματα που βγαινουν πρωτα στις
αναζητησεις σας ειναι τα φθηνοτερα ή αυτα που σας πληρωνουν; Και
συμμετεχουν ολα τα ελληνικα e-shop ή μονο οσα γραφτουν σε σας;

Ευχαριστω,
Ν. Αθανασιου"""),
("el", "b174-xorigia-podosfairikos-syllogos", "Α.Ο. Νέας Σμύρνης <info@aonsmyrnis.example>", "Πρόταση χορηγίας", "general", "",
"""Αγαπητοί κύριοι,

Είμαστε ερασιτεχνικός αθλητικός σύλλογος με τμήματα ποδοσφαίρου για
παιδιά 6 έως 14 ετών. Ετοιμάζουμε το καλοκαιρινό τουρνουά στις 20
Ιουνίου και αναζητούμε χορηγούς για τις φανέλες ή για δώρα της
κλήρωσης. Πολλοί γονείς του συλλόγου αγοράζουν μεταχειρισμένο
αθλητικό εξοπλισμό από την πλατφόρμα σας, γι' αυτό σκεφτήκαμε εσάς.

Θα σας ενδιέφερε; Μπορούμε να σας στείλουμε περισσότερα στοιχεία.

Με εκτίμηση,
Γιώργος Μανωλάκης
Γραμματέας"""),
("el", "b174-gl-wrario-megalh-paraskeuh", "Fotis Ant. <fotis.ant@example.gr>", "wrario", "general", "",
"""Kalhmera, to shmeio paradoshs sto Hrakleio 8a einai anoixto Megalh
Paraskeuh kai Deutera tou Pasxa? 8elw na steilw ena dema."""),
("el", "b174-prosfores-fotia-sygxaritiria", "Λευτέρης Νάκος <lefteris.nakos@example.gr>", "Τα σπάσατε!", "general", "",
"""Οι προσφορές σας αυτή την εβδομάδα είναι φωτιά, με σκοτώσατε! Βρήκα
μέσα από τη σύγκριση την ίδια φριτέζα αέρος που πήρε η αδερφή μου
149€ στα 94€. Συνεχίστε έτσι, είστε θεοί."""),
("el", "b174-bazaar-antallagis-rouxon", "Δήμητρα Κυριακού <dimitra.kyriakou@example.gr>", "Bazaar ανταλλαγής", "general", "",
"""Καλησπέρα! Θα ξανακάνετε φέτος το bazaar ανταλλαγής ρούχων στην
Τεχνόπολη; Είχα έρθει πέρσι τον Οκτώβριο και μου άρεσε πολύ. Πρέπει να
κάνω κράτηση ή έρχομαι απλά;"""),
("el", "b174-gl-paraggelia-72214-kalestai-prin", "Babis Tsakiris <babis.tsakiris@example.gr>", "Paraggelia 72214", "general", "",
"""Kalhspera, mporei o courier na me parei thlefwno 10 lepta prin er8ei?
To koudouni den douleuei kai menw 4o xwris asanser. 697XXXXXXX.
Eyxaristw, Mpamphs"""),
# ---------------- Spanish ----------------
("es", "b174-cashback-retirar-saldo-minimo", "Nuria Castells <nuria.castells@example.es>", "Retirar saldo", "billing", "",
"""Hola,

Tengo 18,40 € acumulados en mi cuenta de cashback de las compras del
súper y al intentar pasarlos a mi cuenta bancaria me dice que el mínimo
para retirar son 20 €. ¿Desde cuándo? Cuando me registré no ponía nada
de eso. ¿Puedo retirarlo igualmente o me lo pasáis a una tarjeta
regalo?

Gracias,
Nuria"""),
("es", "b174-envio-internacional-cobro-mayor-cotizacion", "Héctor Villaseñor <hector.villasenor@example.com.mx>", "Cotización del envío", "billing", "",
"""Buenas tardes,

Les pedí que me compraran unos audífonos en una tienda de Estados Unidos
(pedido TLC-88140). En la cotización el envío internacional salía en
$850 MXN y así lo acepté. Hoy me llega el cargo final y el envío aparece
en $1,420 MXN. El paquete pesa lo mismo que decía la tienda.

¿Me pueden explicar la diferencia o devolverme lo que cobraron de más?

Saludos,
Héctor Villaseñor
Guadalajara, Jal."""),
("es", "b174-giftcard-cotizacion-vieja-defensa-consumidor", "Florencia Benítez <flor.benitez@example.com.ar>", "Pago de gift card mal calculado", "billing", "high",
"""Hola, les escribo por tercera vez.

El 2 de mayo les vendí una gift card de USD 100 de una tienda de ropa.
La oferta aceptada era de ARS 78.000. Recién hoy, 19 días después, me
depositaron ARS 61.500, "calculado a la cotización del día de acreditación
de la tarjeta". Eso no figura en ningún lado cuando aceptás la oferta.

Quiero la diferencia, ARS 16.500. Si no me responden esta semana hago la
denuncia en Defensa del Consumidor, ya tengo las capturas de todo.

Florencia Benítez
Rosario"""),
("es", "b174-subasta-fianza-no-devuelta-responsable", "Jordi Puigdemont Ferrer <jordi.puig@example.es>", "Fianza de 100 € para pujar", "billing", "high",
"""Buenos días,

Para participar en la subasta del lote 4471 (una moto Vespa de 1978)
tuve que dejar una fianza de 100,00 € con tarjeta. No gané la subasta,
que cerró el 12 de abril. Según vuestras propias condiciones la fianza
se libera en 72 horas si no eres adjudicatario.

Han pasado tres semanas. He hablado con el chat dos veces y me dicen que
"está en proceso". Ya no me vale esa respuesta: quiero que mi caso lo
lleve un responsable o un supervisor y que alguien me diga una fecha.

Jordi Puigdemont
Girona"""),
("es", "b174-perro-murio-suscripcion-pienso", "Catalina Restrepo <catalina.restrepo@example.com.co>", "Mi perrita", "billing", "",
"""Buenas tardes,

Qué pena molestarlos con esto. Tenía la suscripción mensual con ustedes
para que me compraran y me llevaran el concentrado y las cosas de mi
perrita Luna ($128.000 al mes). Luna se murió la semana pasada, ya tenía
14 años. Así que ya no voy a necesitar los pedidos.

Por favor no me sigan cobrando a partir de este mes.

Muchas gracias,
Catalina Restrepo
Medellín"""),
("es", "b174-erasmus-pausar-plus", "Pablo Ruano <pablo.ruano@example.es>", "Plus durante el Erasmus", "billing", "",
"""Buenas! Me voy de Erasmus a Lisboa de septiembre a febrero y allí no
hacéis envíos. ¿Puedo dejar el Plus en pausa esos meses en vez de darme
de baja? Lo pagué anual (39,99) en junio. Si no se puede, ¿me devolvéis
la parte que no use?

Gracias!
Pablo"""),
("es", "b174-bicicleta-cuadro-partido-desconocer-cargo", "Matías Contreras <matias.contreras@example.cl>", "Bicicleta llegó rota - pedido 5530871", "billing", "high",
"""Hola,

Compré una bicicleta de ruta usada en su marketplace por $420.000 CLP.
Llegó con el cuadro trizado justo en la unión del tubo del asiento, cosa
que no aparecía en ninguna foto ni en la descripción. Le escribí al
vendedor el mismo día y nunca contestó. Abrí el reclamo con ustedes hace
diez días y sigue "en revisión".

Quiero devolverla y que me reembolsen. Si el lunes sigo igual voy a ir
al banco a desconocer el cargo de la tarjeta, así que ustedes verán.

Matías Contreras
Santiago"""),
("es", "b174-re-factura-con-nif", "Beatriz Olmedo <beatriz.olmedo@example.es>", "Re: Solicitud de factura - pedido 30915", "billing", "",
"""Hola de nuevo,

Han pasado dos semanas y la factura no me ha llegado ni al correo ni
aparece en mi cuenta. La necesito para la declaración trimestral.

Un saludo,
Beatriz Olmedo

El 08/04, Atención al Cliente <ayuda@comprafuera.example> escribió:
> Hola Beatriz:
>
> Hemos recibido tus datos fiscales (Beatriz Olmedo Ruiz, NIF 12345678Z,
> C/ Mayor 14, 3.º B, 28013 Madrid). En un plazo de 48 horas te
> enviaremos la factura del pedido 30915 por correo electrónico.
>
> Un saludo,
> Equipo CompraFuera"""),
("es", "b174-meses-sin-intereses-consola", "Luis Fernando Ochoa <lfochoa@example.com.mx>", "Meses sin intereses", "billing", "",
"""Hola buenas noches, la consola reacondicionada de $7,999 la puedo pagar
a meses sin intereses con tarjeta de credito? en la pagina solo me sale
pago de contado. Y si se puede, a cuantos meses? gracias"""),
("es", "b174-gastos-gestion-no-anunciados", "Raul Iglesias <raul.iglesias@example.es>", "Gastos de gestion", "billing", "",
"""Buenas,

En el pedido de ayer (n. 61277) me habeis cobrado 2,99 euros de "gastos
de gestion" que no aparecian en ningun momento hasta el ultimo paso. El
producto costaba 24,90 y he pagado 27,89. Quiero saber de donde salen y
si me los podeis devolver, porque si lo llego a ver antes no lo compro.

Raul"""),
("es", "b174-app-anda-bien-cobro-doble", "Martín Sosa <martin.sosa@example.com.ar>", "App", "billing", "",
"""Hola, antes de que me manden los pasos para reinstalar: la app anda
bárbaro, el tema no es ese. En la compra del jueves (orden 20-883104) me
cobraron dos veces el envío, $3.200 cada uno, figura así en el resumen de
la tarjeta. Me devuelven uno?
Gracias, Martín"""),
("es", "b174-vale-regalo-caducado-prorroga", "Amparo Gil <amparo.gil@example.es>", "Vale regalo", "billing", "",
"""Buenas tardes:

Mi hija me regaló por mi cumpleaños un vale de 50 € para su tienda de
compras personales, y entre una cosa y otra se me ha pasado la fecha:
caducó el día 3 de este mes. ¿Habría manera de que me lo ampliaran unas
semanas? Es la primera vez que lo uso y no sabía que caducaba.

Muchas gracias,
Amparo Gil"""),
("es", "b174-reloj-falso-abogado", "Ignacio Barrenechea <ignacio.barrenechea@example.es>", "Pedido 771204 - reloj no auténtico", "billing", "high",
"""Buenas tardes:

El reloj que compré en su plataforma por 380,00 €, anunciado como
original con caja y papeles, ha resultado ser una imitación. Lo ha
verificado un relojero oficial de la marca en Bilbao y tengo su informe
por escrito.

Abrí una reclamación dentro de la protección al comprador y me la
cerraron a los dos días porque "el vendedor aportó número de
seguimiento". El seguimiento no dice nada de la autenticidad.

Les doy de plazo hasta el viernes para reembolsarme los 380,00 €. Mi
abogado ya tiene toda la documentación y, de no recibir respuesta,
procederemos por la vía judicial.

Ignacio Barrenechea"""),
("es", "b174-comparador-filtros-pagina-blanco-safari", "Elena Vidal <elena.vidal@example.es>", "La web no carga", "technical", "",
"""Hola,

Cuando busco algo en el comparador y pulso cualquier filtro (precio,
marca, envío gratis), la página se queda en blanco. En Safari del Mac y
del iPhone pasa siempre; en Chrome funciona. He borrado caché y cookies.

Elena"""),
("es", "b174-subasta-notificaciones-tarde", "Diana Quiroz <diana.quiroz@example.com.mx>", "Notificaciones", "technical", "",
"""Hola! Las notificaciones de "alguien superó tu oferta" me están llegando
20 o 30 minutos después, cuando la subasta ya cerró. Ya revisé que la
app tenga permisos y que no esté en ahorro de batería. Tengo un Motorola
con Android 13. Antes llegaban al momento."""),
("es", "b174-login-google-cuenta-no-vinculada", "Tomás Aguirre <tomas.aguirre@example.com.ar>", "No puedo entrar", "technical", "",
"""Buenas, siempre entré con el botón de Google y desde ayer me tira
"Esta cuenta de Google no está vinculada a ningún usuario". Es la misma
cuenta de siempre, tengo compras y ventas hechas ahí. Probé desde la
compu y desde el celu.

Tomás"""),
("es", "b174-tienda-etiquetas-envio-no-se-generan", "Almudena Ríos <almudena@armariocircular.example>", "Pedidos de hoy", "technical", "high",
"""Buenos días,

Somos Armario Circular, vendemos ropa de segunda mano a través de
vuestra plataforma. Desde las 8 de esta mañana, cuando damos a "generar
etiqueta" en cualquier pedido, sale un error y no se genera nada.

Tenemos 64 paquetes preparados que no pueden salir. El mensajero ha
pasado a las 12 y se ha ido vacío, y los compradores ya nos están
escribiendo. Hay tres personas en el almacén sin poder hacer nada.

Por favor, que alguien lo mire hoy.

Almudena Ríos
Armario Circular, Valencia"""),
("es", "b174-cargador-chispas-olor-quemado", "Andrés Felipe Gómez <andresf.gomez@example.com.co>", "Cargador pedido TLC-90412", "technical", "high",
"""Buenas noches,

Ustedes me compraron en una tienda de Estados Unidos un cargador rápido
para portátil (pedido TLC-90412). Hoy al conectarlo salieron unas
chispas del enchufe y empezó a oler a quemado. Lo desconecté con el
taco y no pasó nada más, pero la carcasa quedó negra por un lado.

Les aviso para que sepan y me digan qué hago con él. No lo voy a volver
a conectar.

Andrés Felipe Gómez
Bogotá"""),
("es", "b174-carrito-productos-desaparecen", "Marisa Lozano <marisa.lozano@example.es>", "Carrito", "technical", "",
"""Buenas, añado cosas al carrito de la app de compra personal, cierro la
app y cuando vuelvo a entrar el carrito está vacío. Me ha pasado ya
cuatro veces haciendo la compra de la semana y es un rollo volver a
buscarlo todo. Android, versión de la app actualizada.

Marisa"""),
("es", "b174-escaner-tickets-no-lee-no-reembolso", "Rodrigo Vega <rodrigo.vega@example.com.mx>", "Escaner de tickets", "technical", "",
"""Que tal. No les pido que me abonen nada a mano ni ningún reembolso,
solo quiero que funcione el escáner. Desde hace una semana cualquier
ticket que escaneo para el cashback me dice "No pudimos leer tu ticket",
aunque la foto salga perfecta y con buena luz. Ya probé con tickets de
tres tiendas distintas.

iPhone 11, app versión 6.2.1.

Rodrigo"""),
("es", "b174-re-error-500-anuncio", "Francisco Javier Mora <fjmora@example.es>", "Re: Incidencia 44318 - no puedo publicar", "technical", "",
"""He borrado la caché como me decís, he probado en otro navegador y desde
el móvil. Sigue saliendo "Error 500" al darle a "Publicar anuncio". El
anuncio es un sofá, 3 fotos.

Francisco Javier

----- Mensaje original -----
De: Soporte <soporte@segundamanoya.example>
Asunto: Incidencia 44318 - no puedo publicar

Hola Francisco Javier:

Lamentamos las molestias. Te recomendamos borrar la caché y las cookies
del navegador y volver a intentarlo. Si el problema persiste, responde a
este correo.

Un saludo,
Soporte SegundaManoYa"""),
("es", "b174-app-subastas-caida-cierre", "Valentina Muñoz <valentina.munoz@example.cl>", "Anoche", "technical", "high",
"""Hola,

Anoche era el cierre de la subasta grande de los domingos y entre las
21:00 y las 22:30 nadie pudo entrar: la app se quedaba en la pantalla de
carga y la web tiraba "servicio no disponible". En el grupo de Facebook
de compradores había más de 300 personas reclamando lo mismo, y los
vendedores que tenían lotes cerrando a esa hora los vendieron a precio
de salida o no los vendieron.

Yo vendo muebles restaurados y es mi ingreso principal. Necesito saber
qué pasó y que no se repita este domingo.

Valentina Muñoz
Valparaíso"""),
("es", "b174-app-no-se-actualiza-senora", "Encarnación Pardo <encarna.pardo@example.es>", "La aplicacion", "technical", "",
"""Buenos dias.

Soy una señora de 76 años y mi nieto me puso su aplicacion para que me
traigan la compra. Desde el lunes al abrirla me sale un cartel que dice
que tengo que actualizar, le doy al boton y me lleva a la tienda de
aplicaciones, pero alli pone "Abrir" y no "Actualizar", y vuelve a salir
el mismo cartel. Asi todo el rato.

No se que hacer. Muchas gracias.
Encarnacion Pardo"""),
("es", "b174-estufa-usada-olor-gas", "Gustavo Ledesma <gustavo.ledesma@example.com.ar>", "Estufa comprada en el marketplace", "technical", "high",
"""Hola qué tal,

Compré una estufa a gas usada de un vendedor de ustedes la semana pasada.
Vino un gasista a conectarla y al abrir la llave se sentía olor a gas
alrededor de la válvula. Le pasó agua con jabón y hacía burbujas. La
dejamos desconectada y con la llave cerrada, está todo bien.

Les aviso porque el vendedor tiene publicadas dos estufas más iguales y
me parece que no deberían estar a la venta así.

Saludos,
Gustavo Ledesma
Córdoba"""),
("es", "b174-fotos-anuncios-no-cargan-movil", "Lucía Herrero <lucia.herrero@example.es>", "Fotos", "technical", "",
"""En el móvil las fotos de los anuncios salen como un cuadrado gris y no
terminan de cargar. En el ordenador sí se ven. Tengo buena conexión,
las demás webs van bien. Xiaomi, Chrome."""),
("es", "b174-correo-recuperacion-email-viejo", "Jorge Salinas <jorge.salinas@example.pe>", "Recuperar cuenta", "technical", "",
"""Buenas tardes,

Olvidé mi contraseña y al pedir recuperarla el enlace se envía a un
correo de Hotmail que ya no existe (lo cerré hace años). No encuentro
cómo cambiar el correo sin entrar en la cuenta. ¿Cómo puedo recuperarla?
Tengo el mismo número de celular registrado.

Jorge Salinas
Lima"""),
("es", "b174-gracias-personal-shopper-lucia", "Carmen Aranda <carmen.aranda@example.es>", "Gracias a Lucía", "general", "",
"""Hola,

Solo quería daros las gracias, y sobre todo a Lucía, la personal shopper
que me atendió para la boda de mi hijo. Le di cuatro datos y un
presupuesto ajustado y me encontró un conjunto precioso, hasta los
zapatos a juego. Me sentí guapísima.

Por favor, hacédselo llegar a ella y a su responsable.

Un abrazo,
Carmen Aranda
Sevilla"""),
("es", "b174-repartidor-grosero-gerente", "Ricardo Zamora <ricardo.zamora@example.com.mx>", "Queja sobre su repartidor", "general", "high",
"""Buenas tardes,

El martes llegó su repartidor con mi pedido (TLC-88702) y como tardé un
minuto en bajar me empezó a gritar enfrente de mis vecinos, me aventó la
caja al suelo y se fue diciendo groserías. Tengo el video de la cámara
del edificio.

El paquete llegó bien, no les pido nada de dinero. Pero exijo hablar con
un gerente sobre el trato que recibí. Mi teléfono es 33 1234 5678.

Ricardo Zamora"""),
("es", "b174-derecho-acceso-rgpd", "Marta Echeverría <marta.echeverria@example.es>", "Ejercicio del derecho de acceso", "general", "",
"""Estimados señores:

De conformidad con el artículo 15 del RGPD, solicito que me faciliten
copia de todos los datos personales que tratan sobre mí, incluidos el
historial de búsquedas y clics en su comparador, los perfiles que hayan
elaborado y los terceros a los que se hayan comunicado.

Adjunto copia de mi DNI. El correo de mi cuenta es este mismo.

Atentamente,
Marta Echeverría
Pamplona"""),
("es", "b174-cambio-correo-cuenta", "Sofía Ledesma <sofi.ledesma@example.com.ar>", "cambio de mail", "general", "",
"""Hola! Quiero cambiar el mail de mi cuenta por este (el viejo era
sofiledesma92@example.com.ar). Desde la app no me deja editarlo. Mi
usuario es sofi_led. Gracias!!"""),
("es", "b174-gafas-olvidadas-punto-recogida", "Jaime Ospina <jaime.ospina@example.com.co>", "Objeto olvidado", "general", "",
"""Buenos días. Creo que ayer en la tarde dejé mis gafas de lectura, con
estuche café, en el mostrador del punto de recogida de Chapinero cuando
fui por un paquete. ¿Será que alguien las encontró? Muchas gracias.
Jaime Ospina"""),
("es", "b174-suelo-aceite-local-recogida", "Rocío Benavente <rocio.benavente@example.es>", "Suelo del punto de recogida de Zaragoza", "general", "high",
"""Hola,

Quería avisaros de que en el punto de recogida de la calle Delicias, en
Zaragoza, hay una mancha grande de aceite en el suelo justo a la entrada,
sin ningún cartel. Esta mañana una señora mayor ha resbalado delante de
mí; por suerte se ha agarrado al mostrador. La dependienta dice que "ya
lo sabe el casero".

Convendría limpiarlo o señalizarlo antes de que alguien se haga daño de
verdad.

Rocío"""),
("es", "b174-urgente-dejar-con-vigilante", "Paola Treviño <paola.trevino@example.com.mx>", "URGENTE!!!", "general", "",
"""URGENTE!!! El jueves no voy a estar, por favor que el repartidor deje
mi paquete (pedido 88213) con el vigilante de la caseta de la entrada,
se llama don Chuy. NO lo dejen afuera de la puerta, la vez pasada se
mojó todo!!"""),
("es", "b174-como-saber-vendedor-fiable", "Alberto Domínguez <alberto.dominguez@example.es>", "Pregunta", "general", "",
"""Buenas tardes,

Es la primera vez que voy a comprar algo de segunda mano en vuestra web.
¿Cómo sé si un vendedor es de fiar? ¿Las estrellas son de compradores
reales? ¿Y qué significa la insignia verde de "vendedor verificado"?

Gracias,
Alberto"""),
("es", "b174-feria-americana-barrio-patrocinio", "Comisión Vecinal Villa Urquiza <vecinos.urquiza@example.com.ar>", "Feria americana del barrio", "general", "",
"""Hola, ¿cómo están?

Desde la comisión vecinal estamos organizando una feria americana en la
plaza el sábado 14 para juntar fondos para el comedor del barrio. Muchos
vecinos venden sus cosas usadas en su plataforma, así que pensamos que
capaz les interesaba auspiciar o donar algo para el sorteo.

Si les interesa les mandamos más info.

Saludos,
Graciela, por la comisión"""),
("es", "b174-hola-horario-punto-entrega-festivo", "Pilar Moreno <pilar.moreno@example.es>", "Hola", "general", "",
"""hola, el punto de entrega de Albacete abre el jueves que es fiesta
local? tengo que dejar un paquete de una venta. gracias"""),
("es", "b174-app-es-una-bomba-elogio", "Camila Rojas <camila.rojas@example.cl>", "Felicitaciones", "general", "",
"""Hola!! Solo para decirles que la app es una bomba, me mataron con los
precios de esta semana jaja. Encontré la misma freidora de aire que mi
hermana compró en $89.990 a $54.990 comparando con ustedes. Sigan así
po, son lo máximo."""),
("es", "b174-mercadillo-madrid-como-apuntarse", "Íñigo Sáez <inigo.saez@example.es>", "Mercadillo de segunda mano", "general", "",
"""Buenas,

He visto en vuestro Instagram que organizáis un mercadillo de segunda
mano en Matadero el mes que viene. ¿Cómo me apunto para poner un
puesto? ¿Hay que llevar mesa propia? Tengo sobre todo libros y vinilos.

Gracias,
Íñigo"""),
("es", "b174-pedido-entregar-despues-seis", "Fernanda Castillo <fer.castillo@example.com.mx>", "Pedido 88451", "general", "",
"""Buenas, me pueden entregar despues de las 6 de la tarde? Antes no hay
nadie en la casa. Calle Hidalgo 220, Col. Centro, Puebla. Gracias"""),
("es", "b174-agente-chat-condescendiente", "Teresa Valls <teresa.valls@example.es>", "Sobre la atención en el chat", "general", "",
"""Buenas tardes,

Ayer hablé con vuestro chat para una duda sobre cómo funciona el
servicio de compra en el extranjero y la persona que me atendió (Marcos)
me respondió de manera bastante condescendiente, con frases como "eso
lo pone bien clarito en la web, ¿eh?".

No pido nada, la duda quedó resuelta. Solo quiero que conste, porque no
es forma de tratar a nadie.

Teresa Valls"""),
# ---------------- Polish ----------------
("pl", "b174-cashback-hotel-zakopane-odrzucony", "Magdalena Wróbel <magda.wrobel@example.pl>", "Odrzucony cashback", "billing", "",
"""Dzień dobry,

W lutym zarezerwowałam przez Państwa link nocleg w Zakopanem na 4 noce
(1 280 zł). Cashback 6%, czyli 76,80 zł, przez dwa miesiące wisiał jako
„oczekujący”, a wczoraj zmienił się na „odrzucony – rezerwacja
anulowana”. Rezerwacja nie była anulowana, byliśmy tam z rodziną, mam
fakturę z hotelu i potwierdzenie płatności.

Proszę o ponowne sprawdzenie i naliczenie cashbacku.

Pozdrawiam,
Magdalena Wróbel"""),
("pl", "b174-oplata-przepakowanie-nieogloszona", "Kamil Nowicki <kamil.nowicki@example.pl>", "Oplata za przepakowanie", "billing", "",
"""Czesc,

zamowilem przez was buty z angielskiego sklepu (zamowienie KZC-31182).
Na koncu doliczyliscie 35 zl "oplaty za przepakowanie", o ktorej nie
bylo ani slowa w wycenie. Nikogo nie prosilem o przepakowywanie. Prosze
o zwrot tych 35 zl albo wyjasnienie skad to sie wzielo.

Kamil"""),
("pl", "b174-karta-podarunkowa-wyplata-uokik", "Renata Szymańska <renata.szymanska@example.pl>", "Brak wypłaty za sprzedaną kartę", "billing", "high",
"""Dzień dobry,

16 dni temu sprzedałam w Państwa serwisie kartę podarunkową do sieci
drogerii o wartości 300 zł. Przyjęłam ofertę 252 zł, karta została
„zweryfikowana i przyjęta”, a wypłata na konto miała nastąpić w ciągu
3 dni roboczych. Do dziś nie dostałam ani złotówki.

Na czacie za każdym razem słyszę, że „przelew jest w realizacji”.
Jeżeli pieniądze nie wpłyną do piątku, złożę skargę do UOKiK i zwrócę
się do miejskiego rzecznika konsumentów.

Renata Szymańska
Lublin"""),
("pl", "b174-aukcja-anulowana-prowizja-przelozony", "Wojciech Kaczmarek <w.kaczmarek@example.pl>", "Prowizja za anulowaną aukcję – proszę o przełożonego", "billing", "high",
"""Dzień dobry,

Wygrałem aukcję nr 8810347 (aparat Zenit z obiektywem, 460 zł).
Sprzedający dzień później anulował transakcję, bo „sprzedał już
lokalnie”. Mimo to obciążyliście mnie 18,40 zł „opłaty serwisowej
kupującego” za transakcję, która nie doszła do skutku.

Pisałem dwa razy, dostałem dwie gotowe formułki. Proszę o przekazanie
sprawy przełożonemu lub kierownikowi działu obsługi i o zwrot 18,40 zł.

Wojciech Kaczmarek
Poznań"""),
("pl", "b174-mama-przeprowadzila-sie-zakupy", "Beata Zielińska <beata.zielinska@example.pl>", "Konto mamy", "billing", "",
"""Dzień dobry,

Moja mama, Halina Zielińska, korzystała z Państwa usługi zakupów na
zlecenie (pani przywoziła jej co tydzień zakupy z listy). Od tego
miesiąca mama mieszka już u nas w Gdyni i wszystko robimy sami, więc
usługa nie będzie jej potrzebna.

Proszę, żeby nie pobierać już miesięcznej opłaty 39,99 zł z jej karty.

Dziękuję i pozdrawiam,
Beata Zielińska"""),
("pl", "b174-kontrakt-platforma-zawiesic-abonament", "Sebastian Dudek <seba.dudek@example.pl>", "abonament", "billing", "",
"""Czesc, wyjezdzam w przyszlym tygodniu na 4 miesiace na kontrakt na
platforme na Morzu Polnocnym, tam nawet porzadnego internetu nie ma.
Da sie "zamrozic" moj abonament Premium (19,99/mies.) i odpalic go
jak wroce? Nie chce kasowac konta bo mam tam historie i punkty.
Dzieki, Seba"""),
("pl", "b174-telefon-blokada-icloud-chargeback", "Łukasz Maj <lukasz.maj@example.pl>", "Zamówienie 6620913", "billing", "high",
"""Dzień dobry,

Kupiłem w Państwa serwisie używanego iPhone'a 13 za 1 750 zł. Telefon
przyszedł zablokowany na cudze konto iCloud – nie da się go w ogóle
uruchomić. Sprzedający przestał odpisywać, a moje zgłoszenie w ramach
ochrony kupującego zostało zamknięte z adnotacją „przesyłka doręczona”.

Domagam się zwrotu 1 750 zł. Jeżeli do poniedziałku nie dostanę
odpowiedzi, składam w banku reklamację transakcji kartą (chargeback)
i niech bank wyjaśnia to z Państwem.

Łukasz Maj"""),
("pl", "b174-re-faktura-vat-nip", "Agnieszka Pawlak <biuro@pawlak-projekt.example>", "Re: Faktura do zamówienia 40417", "billing", "",
"""Dzień dobry,

minęły dwa tygodnie, a faktury dalej nie ma ani w mailu, ani w panelu.
Potrzebuję jej do rozliczenia VAT do 25-go.

Pozdrawiam,
Agnieszka Pawlak

W dniu 02.04 Obsługa Klienta <pomoc@kupzagranica.example> napisał(a):
> Dzień dobry,
>
> dziękujemy za przesłanie danych: Pawlak Projekt Agnieszka Pawlak,
> NIP 5271234567, ul. Długa 8/3, 00-238 Warszawa. Faktura VAT do
> zamówienia 40417 zostanie wysłana e-mailem w ciągu 2 dni roboczych.
>
> Pozdrawiamy,
> Zespół KupZagranica"""),
("pl", "b174-raty-zero-procent-laptop", "Patryk Górski <patryk.gorski@example.pl>", "Raty", "billing", "",
"""Dzień dobry, czy odnowionego laptopa za 2 899 zł mogę kupić na raty 0%?
W koszyku widzę tylko BLIK, kartę i przelew. Jeśli się da, to na ile rat?
Pozdrawiam"""),
("pl", "b174-nie-chce-zwrotu-wymiana-kurtki", "Joanna Kubiak <asia.kubiak@example.pl>", "Kurtka", "billing", "",
"""Hej,

kurtka z zamówienia 71355 jest za mała (S, a potrzebuję M). Nie chcę
zwrotu pieniędzy, chcę tylko wymienić na M w tym samym kolorze. Jak to
zrobić i czy wysyłkę pokrywam ja?

Asia"""),
("pl", "b174-podwojne-obciazenie-blik", "Tadeusz Krol <tadeusz.krol@example.pl>", "Podwojne obciazenie", "billing", "",
"""Dzien dobry

Za zamowienie nr 30882 zaplacilem BLIKiem 149,00 zl i bank pokazuje dwie
takie same transakcje, jedna po drugiej. Zamowienie jest jedno. Prosze o
zwrot drugiej platnosci.

Tadeusz Krol"""),
("pl", "b174-pytanie-kod-rabatowy-nie-dziala", "Natalia Sikora <natalia.sikora@example.pl>", "Pytanie", "billing", "",
"""Dzień dobry, kod WIOSNA20 z newslettera wyrzuca „kod nieważny”, a w mailu
stoi, że ważny do końca miesiąca i od 100 zł – mam w koszyku za 164 zł.
Co robię nie tak?"""),
("pl", "b174-oplata-wyroznienie-ogloszenia-bez-efektu", "Grzegorz Wasilewski <g.wasilewski@example.pl>", "Wyróżnienie ogłoszenia", "billing", "",
"""Dzień dobry,

Zapłaciłem 24,99 zł za 7-dniowe wyróżnienie ogłoszenia (rower
elektryczny, ogłoszenie 55102871). Pieniądze zeszły z konta, ale
ogłoszenie nie ma ani znaczka „wyróżnione”, ani nie jest na górze
listy, sprawdzałem kilka razy dziennie. Proszę albo o włączenie
wyróżnienia, albo o zwrot.

Grzegorz Wasilewski"""),
("pl", "b174-doladowanie-portfela-pozew", "Ewa Michalak <ewa.michalak@example.pl>", "Doładowanie portfela – 200 zł", "billing", "high",
"""Szanowni Państwo,

6 maja doładowałam portfel w Państwa serwisie wymiany kart podarunkowych
kwotą 200 zł (przelew natychmiastowy, potwierdzenie w załączniku). Saldo
portfela nadal wynosi 0,00 zł. Od trzech tygodni otrzymuję wyłącznie
odpowiedzi, że „sprawa została przekazana do działu finansowego”.

Niniejszym wzywam do zaksięgowania doładowania lub zwrotu 200 zł w
terminie 7 dni. Po bezskutecznym upływie terminu wniosę pozew do sądu
rejonowego w postępowaniu uproszczonym.

Ewa Michalak
Kraków"""),
("pl", "b174-porownywarka-wykresy-cen-nie-laduja", "Marek Jabłoński <marek.jablonski@example.pl>", "Historia cen", "technical", "",
"""Dzień dobry,

Od kilku dni na stronie produktu nie ładuje się wykres historii cen –
jest tylko szare pole z kręcącym się kółkiem. Reszta strony działa.
Firefox i Edge na Windows 11, to samo na telefonie.

Marek"""),
("pl", "b174-licytacja-sesja-wygasla-nie-pieniadze", "Dawid Lis <dawid.lis@example.pl>", "sesja wygasla", "technical", "",
"""Hej, to nie jest sprawa o pieniadze ani o zwrot, tylko o aplikacje.
Przy kazdej probie podbicia oferty wyskakuje "Sesja wygasla, zaloguj sie
ponownie". Loguje sie, podbijam i znowu to samo. Przez to nie da sie
licytowac w koncowce. Android 14, najnowsza wersja apki.
Dawid"""),
("pl", "b174-haslo-nie-dziala-po-zmianie", "Irena Baran <irena.baran@example.pl>", "Hasło", "technical", "",
"""Dzień dobry,

Wczoraj zmieniłam hasło przez link z maila i dostałam komunikat, że
zmiana się udała. Ale nowym hasłem nie mogę się zalogować, starym też
nie – cały czas „nieprawidłowy e-mail lub hasło”. Teraz jeszcze konto
zablokowało się na 30 minut.

Irena Baran"""),
("pl", "b174-synchronizacja-stanow-sprzedajemy-czego-nie-mamy", "Sklep ReTech <sklep@retech-uzywane.example>", "Stany magazynowe – pilne", "technical", "high",
"""Dzień dobry,

Jesteśmy sklepem z używaną elektroniką (konto sprzedawcy 40912).
Od wczoraj wieczorem stany magazynowe nie synchronizują się z naszym
systemem – w panelu widzimy „ostatnia synchronizacja: 21:14”.

Efekt jest taki, że klienci kupują u Was telefony, które już dawno
sprzedaliśmy w sklepie stacjonarnym. Do tej pory musieliśmy anulować
37 zamówień, każde to negatywny komentarz i punkt karny na koncie.
Wstrzymaliśmy całą sprzedaż, dwie osoby tylko odpisują klientom.

Prosimy o pilny kontakt kogoś technicznego.

Paweł Stępień
ReTech, Katowice"""),
("pl", "b174-czajnik-kopie-pradem", "Zofia Adamczyk <zofia.adamczyk@example.pl>", "Czajnik z ogłoszenia", "technical", "high",
"""Dzień dobry,

W zeszłym tygodniu kupiłam przez Państwa serwis używany czajnik
elektryczny. Dziś rano, kiedy dotknęłam metalowej obudowy przy
włączonym czajniku, lekko mnie kopnął prąd. Mąż sprawdził próbnikiem
i na obudowie jest napięcie. Czajnik wyrzuciliśmy, nic się nie stało.

Piszę, żeby Państwo wiedzieli, bo sprzedający ma jeszcze dwa takie same
wystawione.

Zofia Adamczyk"""),
("pl", "b174-czat-z-shopperem-nie-wysyla-zdjec", "Karolina Mazur <karolina.mazur@example.pl>", "Czat", "technical", "",
"""Hej, w czacie z moją shopperką nie da się wysłać zdjęcia – wybieram
fotkę, pasek dochodzi do końca i pojawia się czerwony wykrzyknik
„nie wysłano”. Tekst idzie normalnie. iPhone 14. Chciałam jej pokazać,
o jaki odcień chodzi :("""),
("pl", "b174-re-zgloszenie-aplikacja-zawiesza", "Stanisław Wójcik <stanislaw.wojcik@example.pl>", "Re: Zgłoszenie 77120", "technical", "",
"""Zrobiłem wszystko, co Państwo napisali – wyczyściłem dane, odinstalowałem,
zainstalowałem ponownie. Aplikacja dalej zawiesza się na ekranie
„Ładowanie ofert” i po minucie się zamyka.

S. Wójcik

---------- Wiadomość oryginalna ----------
Od: Pomoc <pomoc@licytuj.example>
Temat: Zgłoszenie 77120

Dzień dobry,
prosimy wyczyścić dane aplikacji w ustawieniach telefonu, odinstalować
ją i zainstalować ponownie ze sklepu Google Play. Jeśli problem nie
ustąpi, prosimy o odpowiedź na tę wiadomość.
Pozdrawiamy, Zespół Licytuj"""),
("pl", "b174-bony-swiateczne-pracownicy-blad-strony", "Kadry <kadry@drukarnia-wisla.example>", "Bony dla pracowników", "technical", "high",
"""Dzień dobry,

Jako firma wykupiliśmy u Państwa świąteczne karty zakupowe dla 120
pracowników. Od piątku przy próbie aktywacji karty na stronie każdy
dostaje „Błąd 503 – spróbuj później”. Dotyczy to wszystkich, także osób
z różnymi przeglądarkami i telefonami.

Od rana mam w dziale kadr kolejkę ludzi i telefony od zmiany nocnej.
Karty ważne są do 31 grudnia, a ludzie chcą zrobić zakupy przed
świętami.

Proszę o pilne sprawdzenie.

Ewelina Kowalska
Kierownik Działu Kadr"""),
("pl", "b174-bialy-ekran-aplikacji", "Henryk Olszewski <henryk.olszewski@example.pl>", "Aplikacja", "technical", "",
"""Dzien dobry. Po otwarciu aplikacji mam caly bialy ekran i nic sie nie
dzieje. Wnuczka juz dwa razy instalowala na nowo. Telefon Samsung.
Z powazaniem H. Olszewski"""),
("pl", "b174-grzejnik-olejowy-dym-spalenizna", "Michał Błaszczyk <michal.blaszczyk@example.pl>", "Grzejnik olejowy", "technical", "high",
"""Dzień dobry,

Kupiłem u Was z ogłoszenia używany grzejnik olejowy. Przy pierwszym
włączeniu po kilku minutach zaczęło śmierdzieć spalenizną, a spod
panelu z pokrętłami poleciał siwy dym. Wyłączyłem z gniazdka i
wystawiłem na balkon, nic więcej się nie stało.

Proszę o informację, jak to zgłosić i co dalej. Ogłoszenie tego
sprzedawcy chyba powinno zniknąć.

Michał Błaszczyk
Białystok"""),
("pl", "b174-powiadomienia-obserwowane-nie-przychodza", "Piotr Zajac <piotr.zajac@example.pl>", "Powiadomienia", "technical", "",
"""Dzien dobry, od miesiaca nie dostaje maili o nowych ogloszeniach z
obserwowanych wyszukiwan (mam ustawione 3). Spam sprawdzony, w
ustawieniach wszystko wlaczone. Wczesniej przychodzily codziennie.
Piotr"""),
("pl", "b174-mama-insulina-konto-zablokowane", "Agata Lewandowska <agata.lewandowska@example.pl>", "Konto mamy zablokowane – leki", "technical", "high",
"""Dzień dobry,

Moja mama (82 lata, cukrzyca, mieszka sama w Tarnowie) zamawia przez
Państwa aplikację zakupy i odbiór leków z apteki, w tym insulinę i igły
do pena. Dziś trzy razy pomyliła PIN i aplikacja zablokowała konto
„do weryfikacji tożsamości”, która ma trwać do 5 dni roboczych.

Insuliny ma na dwa dni. Ja jestem w Holandii i nie dam rady tego
załatwić na miejscu. Bardzo proszę o odblokowanie konta albo o
przyjęcie zamówienia inną drogą, jeszcze dziś lub jutro.

Agata Lewandowska"""),
("pl", "b174-weryfikacja-sprzedawcy-dowod-nie-wgrywa", "Oliwia Kowalczyk <oliwia.kowalczyk@example.pl>", "Weryfikacja", "technical", "",
"""Dzień dobry, próbuję zweryfikować konto sprzedawcy i przy wgrywaniu
zdjęcia dowodu wyskakuje „nieobsługiwany format pliku”. Zdjęcie to
zwykły JPG z telefonu, 2 MB. Próbowałam też PDF i PNG.

Oliwia"""),
("pl", "b174-podziekowania-pani-agnieszka-shopper", "Krystyna Nowak <krystyna.nowak@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

Chciałabym bardzo podziękować Pani Agnieszce, która od pół roku robi dla
mnie zakupy. Zawsze dzwoni, jak czegoś nie ma, zamiast brać coś
innego, pamięta, że nie jem glutenu, i ostatnio przyniosła mi nawet
ulotkę o zniżkach dla seniorów w aptece.

Proszę przekazać moje podziękowania jej przełożonym. Takich ludzi
trzeba doceniać.

Z wyrazami szacunku,
Krystyna Nowak
Łódź"""),
("pl", "b174-skarga-punkt-odbioru-kierownik", "Rafał Sobczak <rafal.sobczak@example.pl>", "Skarga – punkt odbioru przy ul. Grunwaldzkiej", "general", "high",
"""Dzień dobry,

W środę odbierałem paczkę w Państwa punkcie przy ul. Grunwaldzkiej we
Wrocławiu. Pracownik przez kwadrans rozmawiał prywatnie przez telefon,
a gdy zapytałem, czy mógłby mnie obsłużyć, powiedział przy innych
klientach, że „jak się nie podoba, to niech pan zamawia do domu”.

Paczkę odebrałem, nie chodzi mi o pieniądze. Proszę jednak o kontakt
kierownika punktu albo kogoś z kierownictwa, bo chcę tę sprawę
wyjaśnić. Mój telefon: 601 234 567.

Rafał Sobczak"""),
("pl", "b174-rodo-usuniecie-danych", "Dominika Szewczyk <dominika.szewczyk@example.pl>", "Żądanie usunięcia danych osobowych", "general", "",
"""Dzień dobry,

Na podstawie art. 17 RODO żądam usunięcia mojego konta w Państwa
porównywarce cen oraz wszystkich moich danych osobowych, w tym historii
wyszukiwań i obserwowanych produktów. Nie mam żadnych aktywnych usług.

Proszę o pisemne potwierdzenie usunięcia.

Z poważaniem,
Dominika Szewczyk"""),
("pl", "b174-zmiana-nazwiska-i-adresu", "Julia Wiśniewska <julia.wisniewska@example.pl>", "Zmiana danych", "general", "",
"""Dzień dobry, po ślubie zmieniłam nazwisko z Wiśniewska na Malinowska
i przeprowadziłam się. Nowy adres: ul. Słowackiego 12/4, 35-060 Rzeszów.
W aplikacji nie da się edytować nazwiska – czy mogą to Państwo
poprawić? Dziękuję, Julia"""),
("pl", "b174-klucze-zostawione-punkt-odbioru", "Adam Krawczyk <adam.krawczyk@example.pl>", "Klucze", "general", "",
"""Dzien dobry, chyba zostawilem wczoraj klucze (3 klucze + breloczek z
Legii) na ladzie w punkcie odbioru w Szczecinie na Jagiellonskiej.
Czy ktos je znalazl? Moge podjechac kazdego dnia po 16.
Adam Krawczyk"""),
("pl", "b174-oblodzone-schody-punkt-odbioru", "Elżbieta Górecka <elzbieta.gorecka@example.pl>", "Schody przed punktem odbioru", "general", "high",
"""Dzień dobry,

Schody prowadzące do Państwa punktu odbioru przy ul. Zwycięstwa w
Gliwicach są od kilku dni całe oblodzone i nikt ich nie posypał ani
nie odśnieżył. Dziś rano pani przede mną poślizgnęła się i usiadła na
stopniu, na szczęście nic jej się nie stało. Poręcz jest tylko z
jednej strony.

Proszę to pilnie zgłosić komuś, kto za to odpowiada, zanim ktoś złamie
rękę.

Elżbieta Górecka"""),
("pl", "b174-pilne-zostawic-u-sasiada", "Monika Czarnecka <monika.czarnecka@example.pl>", "PILNE!!!", "general", "",
"""PILNE!!! W czwartek nie będzie mnie w domu, proszę przekazać kurierowi,
żeby paczkę z zamówienia 58210 zostawił u sąsiadki spod 7, pani Danuty.
NIE pod drzwiami, ostatnio paczka zniknęła!!!"""),
("pl", "b174-sprzedaz-bez-dzialalnosci-pytanie", "Tomasz Zalewski <tomasz.zalewski@example.pl>", "Sprzedaż prywatna", "general", "",
"""Dzień dobry,

Chciałbym sprzedać trochę rzeczy po remoncie (meble, narzędzia). Czy
mogę sprzedawać u Państwa jako osoba prywatna, bez działalności
gospodarczej? I czy jest jakiś limit ogłoszeń dla kont prywatnych?

Pozdrawiam,
Tomasz"""),
("pl", "b174-sponsoring-turniej-szachowy", "UKS Hetman <kontakt@ukshetman.example>", "Propozycja współpracy", "general", "",
"""Dzień dobry,

Jesteśmy uczniowskim klubem szachowym z Bydgoszczy. 8 czerwca
organizujemy turniej dla dzieci i młodzieży (ok. 90 zawodników) i
szukamy sponsora nagród rzeczowych. Wielu rodziców kupuje u Państwa
używane zegary szachowe i podręczniki, dlatego pomyśleliśmy o
współpracy.

Czy byliby Państwo zainteresowani? Chętnie prześlemy szczegóły.

Z pozdrowieniami,
Marta Wieczorek
UKS Hetman"""),
("pl", "b174-godziny-boze-cialo", "Barbara Ostrowska <barbara.ostrowska@example.pl>", "Godziny otwarcia", "general", "",
"""Dzien dobry, czy punkt nadan w Opolu bedzie czynny w Boze Cialo i w
piatek po nim? Musze nadac paczke z aukcji. Dziekuje"""),
("pl", "b174-zabojcze-ceny-pochwala", "Kuba Pietrzak <kuba.pietrzak@example.pl>", "Szacun", "general", "",
"""Siema, macie w tym tygodniu zabójcze ceny, totalnie rozwaliliście
system :D Znalazłem przez Was tę samą frytkownicę, którą szwagier kupił
za 499 zł, za 329. Tak trzymać!"""),
("pl", "b174-targi-vintage-krakow", "Weronika Duda <weronika.duda@example.pl>", "Targi vintage", "general", "",
"""Cześć! Czy w tym roku też będą Wasze targi vintage w Krakowie na
Zabłociu? Byłam w zeszłym roku w październiku i było super. Trzeba się
gdzieś zapisywać, czy po prostu przychodzi się na miejsce?"""),
("pl", "b174-zamowienie-domofon-kod", "Leszek Borkowski <leszek.borkowski@example.pl>", "Zamówienie 55102", "general", "",
"""Dzień dobry, proszę przekazać kurierowi, że domofon jest pod numerem 24,
a brama od podwórza jest zamknięta – trzeba wejść od ul. Kilińskiego.
Pozdrawiam"""),
]
