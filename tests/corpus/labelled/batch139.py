# batch139.py -- labelled mails held out of the tree until the rules it
# measures are final.  Food and drink businesses (craft beer
# subscriptions, wine merchants, coffee pod subscriptions, meal
# replacement shakes, allergy-friendly bakeries, office catering, food
# truck hire): escalation demands and legal threats that keep their
# topic, chargebacks, negations, subjects that say nothing or something
# else, replies quoting an earlier mail, plans ended or paused in unusual
# wording, business outages told by their consequences, safety hazards
# told calmly, alarming words used harmlessly, praise, Greeklish, and
# everyday mail of all three queues.  40 mails each in en, el, es, pl,
# written separately per language.  Same tuple format as batch12.py.
M += [
# ---------------- English ----------------
("en", "b139-beer-box-charged-after-cancel", "Gareth Pryce <gareth.pryce@example.co.uk>", "Cancelled in March??", "billing", "",
"""Hi,

I cancelled my Hop Drop subscription on 28 March - I've got the
confirmation email in front of me - and yet £27.50 went out of my account
again on the 1st and another box of beer turned up on Saturday.

I'm happy to post the box back if you send me a label, but I'd like the
£27.50 back please and confirmation that nothing else will be taken.

Cheers,
Gareth Pryce
Cardiff"""),
("en", "b139-toms-beer-parcel", "Margaret Ellwood <m.ellwood@example.co.uk>", "Tom's beer parcel", "billing", "",
"""Dear Sir or Madam,

My husband Tom had a parcel of beer from you every month, which he very
much enjoyed. I am sorry to say he passed away in January, and I am only
now getting round to his paperwork. I do not drink beer myself, so there
is no need to send any more, and I would be grateful if the payments
could stop.

The account is in the name of Thomas Ellwood, 4 Rectory Close, Malton.

Yours faithfully,
Margaret Ellwood (Mrs)"""),
("en", "b139-wine-gifts-vat-invoice", "Aoife Brennan <accounts@brennanarchitects.example>", "VAT invoice - client gift cases", "billing", "",
"""Hi there,

We ordered 14 mixed cases for client Christmas gifts last week (order
W-20931, €1,386 total) and the email receipt doesn't show a VAT
breakdown or our company details. Could you send a proper VAT invoice
made out to Brennan & Walsh Architects Ltd, 22 Fitzwilliam Place,
Dublin 2, VAT no. IE 9876543X?

Thanks a million,
Aoife Brennan
Accounts"""),
("en", "b139-order-55120-pods", "Dwayne Hollis <dhollis@example.com>", "Order 55120", "billing", "",
"""Looks like you charged my card twice for the same pod shipment. Two
charges of $38.99 on 6/3, same order number 55120, only one box showed
up. Please reverse one of them."""),
("en", "b139-shakes-hold-kimberley", "Bec Lawson <bec.lawson@example.com.au>", "Going bush for 6 weeks", "billing", "",
"""Hey team,

I'm heading off on a boat trip round the Kimberley from the 10th and won't
be back in Perth till late August. No point sending me shakes in the
meantime as they'll just sit on my doorstep in the sun. Can you put
everything on hold and not charge me until I'm back? I'll restart it
myself when I'm home.

Ta,
Bec"""),
("en", "b139-catering-deposit-small-claims", "Harriet Cole <harriet.cole@lindenpartners.example>", "Deposit for 14 June event - final request", "billing", "high",
"""Dear Sir/Madam,

We booked a buffet for 80 people for our summer party on 14 June and paid
a deposit of £450 (invoice LC-3381). We cancelled in writing on 20 May,
more than three weeks before the event, which under your own terms
entitles us to a full refund of the deposit.

I have chased this three times since then and received nothing but an
automated acknowledgement. If the £450 is not back in our account within
14 days of today, I will file a claim through the small claims court
without further notice.

Harriet Cole
Office Manager, Linden Partners LLP"""),
("en", "b139-food-truck-no-show-amex", "Lisa Marchetti <lisa.marchetti@example.com>", "Graduation party", "billing", "high",
"""I booked your taco truck for my daughter's graduation party on Saturday
May 18 and paid the full $1,200 up front. Nobody showed. Nobody answered
the phone. I had 60 guests and ended up ordering pizza at 7pm.

I have emailed twice. If I don't get a full refund by Friday I'm
disputing the charge with American Express - I've already started the
form.

Lisa Marchetti
Columbus, OH"""),
("en", "b139-wine-club-renewal-manager", "Declan Foley <declan.foley@example.ie>", "Wine club renewal - I want a manager to call me", "billing", "high",
"""Hello,

My wine club membership ran out in April. I did NOT renew it. Today I see
€89 taken for a "quarterly selection" that I never asked for, and when I
rang your shop in Galway the girl on the phone said she couldn't do
anything about it and I'd have to email.

I'm done explaining this to people who can't help me. I want the manager
or whoever runs the club to ring me today on 087 555 0192, and I want the
€89 refunded.

Declan Foley"""),
("en", "b139-welcome20-code-shakes", "Priya Raghavan <priya.raghavan@example.in>", "Discount code not working", "billing", "",
"""Hello team,

I tried to use the code WELCOME20 which was sent to me by SMS for the
first order of the meal shakes, but at payment it showed full amount of
Rs. 3,499 and I went ahead and paid. Kindly adjust the 20% discount and
credit Rs. 700 back to my UPI account.

Order no. is MS-77412.

Regards,
Priya"""),
("en", "b139-bakery-voucher-balance", "Karen Doyle <karen.doyle@example.co.uk>", "voucher", "billing", "",
"""hi, my sister gave me one of your £50 gift vouchers for my birthday and
I used some of it on a cake in the Harrogate shop. Is there a way to
check how much is left on it? code is GF-4471-KD. thanks"""),
("en", "b139-re-corked-bottles-credit", "Nigel Ashworth <nigel.ashworth@example.co.uk>", "Re: Your return request RT-1182", "billing", "",
"""Thanks - the courier collected the two bottles of the 2016 Rioja on
Tuesday, so you should have them by now. Could you let me know when the
£64 will be credited? Nothing showing yet.

Nigel

> Dear Mr Ashworth,
>
> We're sorry to hear two bottles from your case were corked. We have
> arranged a courier collection for Tuesday. Once the bottles are back
> with us we will credit the cost to your original payment method.
>
> Kind regards,
> Customer Care"""),
("en", "b139-en-primeur-instalments", "Rupert Fane <rupert.fane@example.co.uk>", "En primeur - paying in stages?", "billing", "",
"""Good afternoon,

I am interested in the 2023 Bordeaux en primeur offer, probably six cases
across three châteaux. Given the sums involved, is it possible to pay in
stages - say a third now and the balance on shipment - or does the full
amount have to be paid at the time of order? And is duty and VAT
included in the quoted bond prices?

With thanks,
Rupert Fane"""),
("en", "b139-not-machine-price-went-up", "Shannon Riley <shannon.riley@example.com>", "monthly plan", "billing", "",
"""Hi - nothing wrong with the machine or the pods, they're great. My
question is about the price. My plan was $34 a month and this month it
was $41 with no warning email that I can find. Is that a mistake or did
you raise prices? If it's a price rise I'd like to drop to the smaller
plan."""),
("en", "b139-leeds-office-closing-lunches", "Paul Haigh <paul.haigh@example.co.uk>", "Friday lunches", "billing", "",
"""Hi Jen,

Bad news from our side I'm afraid - the Leeds office is closing at the
end of next month and everyone's moving to the Manchester site, so we
won't need the Friday lunch deliveries after the 28th.

Can you stop the standing order from then and send a final invoice for
whatever's outstanding? It's been great having you, the team will miss
the brownies.

Paul
Facilities, Harrow & Kirk"""),
("en", "b139-hopdrop-app-login-loop", "Ben Oduya <ben.oduya@example.co.uk>", "App login", "technical", "",
"""The app keeps kicking me back to the login screen. I type my email and
password, it spins for a second, then I'm back where I started. No error
message. iPhone 13, latest iOS, deleted and reinstalled the app already.
Website login works fine on my laptop."""),
("en", "b139-pod-machine-puddle", "Carla Nunez <carla.nunez@example.com>", "Puddle under the machine", "technical", "",
"""Hi,

Every morning there's a puddle under my pod machine. It seems to come
from underneath, not the drip tray, and only when I make a coffee (not
when it's just sitting there). The water tank isn't cracked as far as I
can see. It's about 4 months old.

How do I fix it?

Carla"""),
("en", "b139-no-refund-just-reset-email", "Arjun Mehta <arjun.mehta@example.in>", "Refund??", "technical", "",
"""Hi,

Before anyone replies with refund information - I do not want a refund,
the coffee is fine. The issue is I have forgotten my password and the
"reset password" email never arrives. Checked spam and promotions
folders, tried four times since yesterday. My registered id is this
email only.

Please help, I want to change my delivery date before Thursday.

Thanks & regards
Arjun Mehta
Pune"""),
("en", "b139-mango-sour-bottles-bursting", "Fiona McLeish <fiona.mcleish@example.co.uk>", "Mango sour", "technical", "high",
"""Hello,

Just a heads up. Two of the bottles of the mango sour from this month's
box have burst in the cupboard under the stairs - one on Sunday night and
one this morning, both with a loud bang and glass across the floor.
Nobody was hurt. The remaining four have caps that are visibly domed.

I've put them in a plastic crate in the garden for now but I'm not sure
what to do with them. I'd guess other people will have the same batch.

Fiona McLeish
Stirling"""),
("en", "b139-starter-kit-blender-sparks", "Nathan Kerr <nathan.kerr@example.com.au>", "Blender from starter kit", "technical", "high",
"""G'day,

The blender that came in your 28-day starter kit threw a big blue spark
out the vent at the bottom this morning and there was a strong burning
plastic smell. I pulled the plug straight away. The cord near the base
is a bit soft and discoloured.

I won't be using it again, but you might want to check the others you've
sent out.

Nathan
Geelong"""),
("en", "b139-food-truck-gas-smell-fete", "Revd Alison Hart <alison.hart@stmaryschurch.example>", "The truck at our fete", "technical", "high",
"""Dear all,

Your pizza van is booked with us again for the church fete next Saturday
and I wanted to mention something before then. At last year's fete
several of our volunteers noticed a smell of gas around the back of the
van, near where the bottles are stored, for most of the afternoon. One
of your staff said it was "normal".

We will have a lot of children around the stalls. Could someone please
make sure the gas fittings are checked before the van comes out to us?

With best wishes,
Alison Hart
St Mary's, Little Bourton"""),
("en", "b139-cafe-machine-e07-queue", "Tomasz Wilk <hello@thelittlebean.example>", "E-07", "technical", "high",
"""Hi,

Since we opened at 7 the commercial machine you lease us has been showing
E-07 and won't brew anything. I've had a queue out the door, we've been
giving people tea and instant and apologising, and the Saturday rush is
about to start. I've turned it off and on, checked the water feed, nothing.

Need an engineer today please.

Tomasz
The Little Bean, Bristol
07700 900 412"""),
("en", "b139-delivery-date-page-blank", "Megan Sorensen <megan.sorensen@example.com>", "can't pick a delivery date", "technical", "",
"""When I get to the step where you pick a delivery date for the office
lunch order, the page just goes white. Tried Safari and Chrome on a Mac,
cleared cookies, same thing. I need to book for Wednesday next week."""),
("en", "b139-descale-light-stays-on", "Gwen Morris <gwen.morris@example.co.uk>", "Descaling", "technical", "",
"""Hello

I ran the descaling programme twice with your descaler as the booklet
says but the orange light is still flashing and the machine makes a
weaker coffee than it did. Is there a way of resetting it?

Gwen Morris"""),
("en", "b139-mini-keg-not-cooling", "Craig Donnelly <craig.donnelly@example.com>", "Home draught system", "technical", "",
"""Got the home draught system for my birthday and it doesn't cool the
keg. Been plugged in 24 hours, the display says 3 degrees but the beer
comes out the same temp as the room. Fan is running. Any ideas before I
send it back?

Craig"""),
("en", "b139-tracking-link-404", "Jasmine Ford <jasmine.ford@example.com>", "Where's my box", "technical", "",
"""The tracking link in your dispatch email just goes to a 404 page. I've
tried it on my phone and laptop. Can you fix the link or tell me the
tracking number so I can check on the courier's site?"""),
("en", "b139-hello-skip-week-crash", "Ciara Nolan <ciara.nolan@example.ie>", "Hello", "technical", "",
"""Hello,

This isn't about money at all, it's the app. Every time I tap "skip a
week" on the coffee subscription screen the app closes. Android,
Samsung A52. I'm away next week so I need to skip it but can't.

Ciara"""),
("en", "b139-frother-stays-cold", "Deepak Nair <deepak.nair@example.com>", "Milk frother", "technical", "",
"""Dear Sir/Madam,

The milk frother which came in the barista bundle froths the milk
properly but does not heat it at all. The light comes on red as normal.
I have tried both the hot and cold buttons. Please advise.

Regards,
Deepak Nair"""),
("en", "b139-coeliac-birthday-cake-thanks", "Louise Patterson <louise.patterson@example.co.uk>", "Thank you!", "general", "",
"""Hi all,

I just wanted to say a massive thank you for Isla's unicorn cake on
Saturday. She was diagnosed coeliac last year and this was the first
birthday party where she ate exactly what everyone else ate. The other
parents had no idea it was gluten free and kept asking where it was from.

Please pass on our thanks to whoever decorated it - she's still talking
about the rainbow inside.

Louise (and Isla, 7)"""),
("en", "b139-scarf-left-at-tasting", "Hugh Barrington <hugh.barrington@example.co.uk>", "Left my scarf", "general", "",
"""Hello,

I was at the Rhône tasting at your Clifton shop on Thursday evening and
think I left a grey cashmere scarf over the back of a chair near the
window. If it's turned up, could you hold it for me? I can pop in on
Saturday.

Many thanks,
Hugh Barrington"""),
("en", "b139-leave-box-in-shed", "Sean Gallagher <sean.gallagher@example.ie>", "Deliveries", "general", "",
"""Hi, can you put a note on my account for the driver - please leave the
beer box in the green shed at the side of the house (it's not locked),
NOT with the neighbour at no. 12. Last two times it went next door and
I had to go knocking. Thanks, Sean"""),
("en", "b139-new-email-address", "Anne Whitfield <anne.whitfield@example.co.uk>", "Change of email", "general", "",
"""Dear Sir/Madam,

Please could you change the email address on my account from
anne.whitfield@oldmail.example to this one. My old account is being
closed down by the provider.

Many thanks,
Anne Whitfield
Account no. 30418"""),
("en", "b139-subject-access-request", "Jordan Blake <jordan.blake@example.co.uk>", "Subject access request", "general", "",
"""To your data protection officer,

Under the UK GDPR I am requesting a copy of all personal data you hold
about me, including order history, any notes on my account, and details
of any third parties you have shared my data with. My account is
registered to this email address.

Regards,
Jordan Blake"""),
("en", "b139-rugby-club-sponsorship", "Eoin Murphy <eoin.murphy@ballyduffrfc.example>", "Sponsorship - Ballyduff RFC", "general", "",
"""Hi there,

I'm the fundraising officer for Ballyduff RFC. We're a small club with a
thriving minis section and we're looking for a local sponsor for the new
U12 jerseys this season. A few of our committee are big fans of your
stout and thought you might be interested.

Happy to send over details of what we could offer (logo on jerseys,
signage at the pitch, mentions on our socials). Is there someone I could
talk to?

Eoin Murphy
086 555 4410"""),
("en", "b139-easter-monday-hours", "Rita Shah <rita.shah@example.co.uk>", "Easter", "general", "",
"""Are your Islington and Camden bakeries open on Easter Monday? And if
so, what time do you close? Want to pick up hot cross buns."""),
("en", "b139-driver-swore-at-mum-manager", "Joanne Pickering <joanne.pickering@example.co.uk>", "Your driver - I want this escalated", "general", "high",
"""I'm writing about the driver who delivered my mum's shake order this
afternoon in Rotherham. My mum is 81. She took a while to get to the
door with her frame and when she got there he swore at her, threw the box
down on the step and told her to "get a move on next time". A neighbour
heard the whole thing.

I don't want an apology email from customer services. I want this passed
to a manager, and I want someone senior to call me and tell me what is
being done about him.

Joanne Pickering
07700 900 883"""),
("en", "b139-cellar-step-loose", "Michael Thornton <michael.thornton@example.co.uk>", "Cellar stairs at your Ludlow shop", "general", "high",
"""Hello,

I was in your Ludlow shop yesterday and went down to the cellar room to
look at the Burgundy. The third step from the bottom is loose - it tipped
forward when I put my weight on it and I only stayed upright because I
had hold of the rail. The staff member I mentioned it to said it had
been like that "for a while".

No harm done to me, but someone older could easily go down those stairs
head first. You might want to close them off until it's fixed.

Regards,
Michael Thornton"""),
("en", "b139-killer-ipa-coming-back", "Ryan Delaney <ryan.delaney@example.com>", "that IPA", "general", "",
"""Guys. The Hazy Assassin in last month's box is an absolute killer, I'm
not joking. Dangerously drinkable. My brother-in-law nearly died when I
told him it was 7.2%. Any chance it's coming back in the regular
line-up or was it a one-off?"""),
("en", "b139-question-jain-catering", "Kavita Joshi <kavita.joshi@example.co.uk>", "Question", "general", "",
"""Hi,

Quick question - we have a few colleagues who follow a Jain diet (no
onion, garlic or root vegetables). Does your office catering menu have
options that would suit them, or could the kitchen make something
separate? We'd be ordering for around 30 people on a regular basis.

Thanks,
Kavita"""),
("en", "b139-assistance-dog-refused-cafe", "Stephen Walsh <stephen.walsh@example.com.au>", "Refused entry with my guide dog", "general", "high",
"""To the owner,

On Sunday morning I was refused entry to your bakery café in Fremantle
because of my guide dog, Bonnie. I explained she is an accredited
assistance animal and showed her ID, and the young man at the counter
still told me "no dogs, health rules" in front of a full café.

Refusing entry to an assistance animal is against the law in Western
Australia. Unless I receive a proper response and an assurance that your
staff will be trained, I will be lodging a complaint with the Australian
Human Rights Commission.

Stephen Walsh"""),
("en", "b139-urgent-sourdough-vegan", "Holly Jenkins <holly.jenkins@example.com>", "URGENT!!!", "general", "",
"""URGENT question sorry!! Is your seeded sourdough vegan? There's honey
in one of the other loaves so I wasn't sure. I've got a vegan friend
coming for lunch tomorrow and want to grab one in the morning. Thank you!!"""),
# ---------------- Greek ----------------
("el", "b139-gl-kapsoules-diplh-xrewsh", "Thodoris K. <thodoris.k@example.gr>", "xrewsh", "billing", "",
"""Kalhmera,
auto to mhna mou xrewsate 2 fores ta 32,50 gia tis kapsoules, 3/10 kai 4/10.
Paketo hr8e ena. Mporeite na epistrepsete thn mia xrewsh?
Euxaristw
Thodoris"""),
("el", "b139-mitera-krasi-kivotio", "Αικατερίνη Λαμπράκη <k.lampraki@example.gr>", "Συνδρομή κρασιού στο όνομα της μητέρας μου", "billing", "",
"""Καλησπέρα σας,

Η μητέρα μου, Ευανθία Λαμπράκη, έφυγε από τη ζωή τον περασμένο μήνα. Είχε
συνδρομή στο μηνιαίο κιβώτιο κρασιών σας, το οποίο συνεχίζει να έρχεται
στο σπίτι της στο Χαλάνδρι και να χρεώνεται στην κάρτα της. Δεν υπάρχει
πλέον κανείς να το παραλάβει.

Παρακαλώ να σταματήσουν οι αποστολές και οι χρεώσεις. Αν χρειάζεστε
κάποιο έγγραφο, ενημερώστε με.

Με εκτίμηση,
Αικατερίνη Λαμπράκη"""),
("el", "b139-timologio-catering-afm", "Λογιστήριο Δελτα Συμβουλευτική <logistirio@delta-symv.example>", "Τιμολόγιο αντί για απόδειξη", "billing", "",
"""Καλημέρα σας,

Για το γεύμα γραφείου της Πέμπτης (παραγγελία 4127, 36 μερίδες, 486,00€)
μας στείλατε απόδειξη λιανικής. Χρειαζόμαστε τιμολόγιο στα στοιχεία της
εταιρείας:

ΔΕΛΤΑ ΣΥΜΒΟΥΛΕΥΤΙΚΗ Α.Ε.
ΑΦΜ 099887766, ΔΟΥ ΦΑΕ Αθηνών
Λεωφ. Κηφισίας 120, Μαρούσι

Ευχαριστούμε,
Μαρία Ζαχαρίου"""),
("el", "b139-gl-mpires-stratos-pausi", "Stelios P. <steliosp94@example.gr>", "fantaros", "billing", "",
"""geia sas, katatassomai sto strato th deutera gia 9 mhnes (Evros...) kai
den 8a eimai spiti. Mporeite na pagwsete th syndromh me tis mpyres na mhn
erxontai kai na mhn xrewnomai? Otan apolu8w 8a thn xanaxekinhsw.
Stelios"""),
("el", "b139-food-truck-vaptisi-synigoros", "Γεωργία Σπανού <georgia.spanou@example.gr>", "Προκαταβολή για τη βάπτιση", "billing", "high",
"""Κύριοι,

Είχαμε κλείσει το food truck σας για τη βάπτιση του γιου μας στις 8
Σεπτεμβρίου στη Ραφήνα και σας καταβάλαμε προκαταβολή 300€. Δύο μέρες
πριν μας τηλεφωνήσατε ότι "δεν μπορείτε τελικά να έρθετε" και μας
υποσχεθήκατε επιστροφή της προκαταβολής μέσα σε μία εβδομάδα.

Έχουν περάσει πέντε εβδομάδες. Αν δεν επιστραφούν τα 300€ έως το τέλος
του μήνα, θα απευθυνθώ στον Συνήγορο του Καταναλωτή και θα κινηθώ
νομικά.

Γεωργία Σπανού
6944 555 210"""),
("el", "b139-gl-shakes-xrewsh-amfisvitisi", "Vicky Manolaki <vicky.manolaki@example.gr>", "AKYRWSH", "billing", "high",
"""Exw akyrwsei th syndromh me ta shakes apo tis 12 tou mhna, exw kai to
email epivevaiwshs. Parola auta me xrewsate xtes 64,90 eurw. Sas exw
steilei hdh 2 mhnymata xwris apanthsh.

An mexri th Deutera den mou ta epistrepsete, kanw amfisvhthsh xrewshs
sthn trapeza kai telos.

Vicky"""),
("el", "b139-kodikos-ekptosis-den-mpike", "Νικος Βλαχος <nikos.vlachos@example.gr>", "κωδικος εκπτωσης", "billing", "",
"""Καλησπερα,
εβαλα τον κωδικο WINE15 που ειχε το newsletter σας αλλα στο ταμειο δεν
αφαιρεθηκε τιποτα και πληρωσα 118,00 ευρω για τα 6 μπουκαλια. Μπορειτε
να μου επιστρεψετε τη διαφορα;
Ευχαριστω, Νικος"""),
("el", "b139-re-fellos-krasi-pistosi", "Δημήτρης Καρράς <d.karras@example.gr>", "Re: Αίτημα επιστροφής 2291", "billing", "",
"""Καλησπέρα,

Τα δύο μπουκάλια τα παρέλαβε ο κούριερ την Τρίτη. Ακόμα δεν βλέπω την
πίστωση των 46€ στην κάρτα. Πότε να την περιμένω;

Δημήτρης

> Αγαπητέ κύριε Καρρά,
>
> Λυπούμαστε που τα δύο μπουκάλια Ξινόμαυρο 2019 ήταν φελλωμένα.
> Ο κούριερ θα περάσει την Τρίτη να τα παραλάβει και μόλις επιστρέψουν
> στην αποθήκη μας θα πιστώσουμε το ποσό στην κάρτα σας.
>
> Με εκτίμηση,
> Εξυπηρέτηση Πελατών"""),
("el", "b139-doseis-krasia-gamos", "Χρύσα Μπαλτά <chrysa.balta@example.gr>", "Κρασιά για γάμο", "billing", "",
"""Γεια σας,

Παντρευόμαστε τον Ιούνιο στη Νάουσα και θέλουμε να πάρουμε από εσάς
περίπου 90 φιάλες (λευκό και ερυθρό). Μπορούμε να πληρώσουμε με άτοκες
δόσεις στην πιστωτική, ή να δώσουμε προκαταβολή τώρα και τα υπόλοιπα
στην παράδοση; Κάνετε και κάποια έκπτωση σε τέτοια ποσότητα;

Ευχαριστώ,
Χρύσα"""),
("el", "b139-gl-timi-kapsoulwn-anevike", "Anna Georgiou <anna.georgiou@example.gr>", "plano", "billing", "",
"""Geia sas. H mhxanh doulevei mia xara, den exw kanena provlhma me autin.
Apla to plano mou apo 24,90 egine 29,90 ton Noemvrio xwris na mou
steilei kaneis kati. Giati? An exei ginei auxhsh 8elw na paw sto mikrotero
paketo.
Anna"""),
("el", "b139-catering-merides-ypeuthynos", "Κωνσταντίνος Ρέππας <k.reppas@example.gr>", "Χρέωση για 40 μερίδες - ζητώ υπεύθυνο", "billing", "high",
"""Κύριοι,

Για το επαγγελματικό γεύμα της Τετάρτης χρεωθήκαμε 40 μερίδες (640€),
ενώ παραδόθηκαν 28. Το επιβεβαίωσαν και δύο συνάδελφοι που μέτρησαν τα
ταψιά. Ο οδηγός είπε "εγώ αυτά μου έδωσαν".

Έχω ήδη μιλήσει δύο φορές με το τηλεφωνικό σας κέντρο χωρίς αποτέλεσμα.
Ζητώ να με καλέσει ο υπεύθυνος του catering σήμερα και να εκδοθεί
πιστωτικό για τις 12 μερίδες.

Κ. Ρέππας
Υπεύθυνος Διοίκησης"""),
("el", "b139-dorokarta-artopoieio-ypoloipo", "Ρένα Σαββάκη <rena.savvaki@example.gr>", "Δωροκάρτα", "billing", "",
"""Καλημέρα! Έχω μια δωροκάρτα 50€ από το αρτοποιείο σας στην Πάτρα και
ψώνισα ήδη μια τούρτα. Πού μπορώ να δω πόσα έχουν μείνει; Ο κωδικός
είναι 7741-0093. Ευχαριστώ!"""),
("el", "b139-metakomisi-kypro-diakopi", "Παυλος Ιωαννου <pavlos.ioannou@example.gr>", "Μετακομιση", "billing", "",
"""Καλημερα σας,
μετακομιζω μονιμα στη Λεμεσο απο 1η Δεκεμβριου για δουλεια και απ οτι
ειδα δεν στελνετε Κυπρο. Οποτε σταματηστε τη μηνιαια συνδρομη για τις
μπυρες απο τον Δεκεμβριο να μην χρεωθω αλλο.
Παυλος"""),
("el", "b139-gl-efarmogi-login", "Giannis Tsakalos <giannis.tsakalos@example.gr>", "efarmogh", "technical", "", 
"""Kalhspera, h efarmogh sas den me afhnei na mpw. Vazw email kai kwdiko,
fortwnei kai meta pali sthn arxikh o8onh. Sto site mpainw kanonika. Exw
Xiaomi, thn exw svhsei kai xanaperasei. Ti na kanw?"""),
("el", "b139-mixani-kapsoulas-den-trypaei", "Ελισάβετ Νομικού <elisavet.nomikou@example.gr>", "Μηχανή καφέ", "technical", "",
"""Καλημέρα σας,

Εδώ και λίγες μέρες η μηχανή δεν τρυπάει σωστά τις κάψουλες. Βγαίνει λίγο
νερουλό καφεδάκι και το υπόλοιπο νερό πάει όλο στο δοχείο. Έχω δοκιμάσει
κάψουλες από δύο διαφορετικά κουτιά. Η μηχανή είναι 8 μηνών.

Ελισάβετ Νομικού"""),
("el", "b139-gl-mpoukalia-skane-apothiki", "Kostas Dimitriou <kostas.dim@example.gr>", "stout", "technical", "high",
"""Kalhmera,
na sas pw oti apo to paketo tou mhna, ta mpoukalia me to imperial stout
skane. Xtes to vrady akousame ena mpam sthn apo8hkh, htan ena mpoukali
kommatia, kai shmera to prwi allo ena. Ta alla 2 exoun ta kapakia
fouskwmena. Den travmatisthke kaneis, ta evgala sto mpalkoni se mia
kasa.
Mallon 8a exei kai allos to idio, ti na ta kanw?
Kostas"""),
("el", "b139-blender-kapnos-shakes", "Σταυρούλα Μαρκάκη <stavroula.markaki@example.gr>", "Μπλέντερ από το πακέτο εκκίνησης", "technical", "high",
"""Γεια σας,

Το μπλέντερ που ήρθε με το πακέτο των 30 ημερών σήμερα το πρωί έβγαλε
καπνό από τη βάση και μύριζε έντονα καμένο πλαστικό. Το έβγαλα αμέσως
από την πρίζα. Το καλώδιο κοντά στη βάση έχει μαυρίσει λίγο.

Δεν θα το ξαναχρησιμοποιήσω, απλώς σας ενημερώνω μήπως υπάρχει θέμα και
με άλλα.

Σταυρούλα"""),
("el", "b139-kafeteria-mixani-ektos-pelates", "Καφέ Ακρογιάλι <info@akrogiali-cafe.example>", "Μηχανή", "technical", "high",
"""Καλημέρα,

Από τις 7:30 που ανοίξαμε η επαγγελματική μηχανή που μας έχετε
εγκαταστήσει δεν βγάζει τίποτα, αναβοσβήνει μόνο το κόκκινο λαμπάκι.
Σερβίρουμε φρέντο από στιγμιαίο και οι μισοί πελάτες φεύγουν. Είναι
Σάββατο και σε λίγο γεμίζει η παραλία.

Χρειαζόμαστε τεχνικό σήμερα.

Μιχάλης, Καφέ Ακρογιάλι, Νέα Μάκρη
6977 555 018"""),
("el", "b139-thermothalamos-revma-grafeio", "Ελένη Κουτσούκου <e.koutsoukou@example.gr>", "Θερμοθάλαμος", "technical", "high",
"""Καλησπέρα σας,

Ο θερμοθάλαμος που αφήσατε στο γραφείο μας για τα μεσημεριανά (κάθε
Δευτέρα-Πέμπτη) μας έχει χτυπήσει ρεύμα δύο φορές σήμερα, όταν
ανοίξαμε το μεταλλικό πορτάκι. Δεν είναι κάτι σοβαρό, ένα τσίμπημα, αλλά
το έχουμε αποσυνδέσει και βάλαμε χαρτί να μην τον ακουμπά κανείς.

Μπορείτε να στείλετε κάποιον να τον δει πριν την επόμενη παράδοση;

Ελένη Κουτσούκου
Γραμματεία"""),
("el", "b139-gl-den-thelw-lefta-email-kwdikou", "Maria Anagnostou <m.anagnostou@example.gr>", "den 8elw epistrofh", "technical", "",
"""Kalhspera, den 8elw epistrofh xrhmatwn h kati tetoio, oi kapsoules einai
mia xara. To 8ema einai oti xexasa ton kwdiko kai to email gia
epanafora den erxetai pote, oute sta anepi8ymhta. To dokimasa 3 fores.
Maria"""),
("el", "b139-kalathi-den-fortwnei", "Λευτερης Σαραντος <lefteris.sarantos@example.gr>", "καλαθι", "technical", "",
"""Καλησπερα. Στο site σας οταν παταω "καλαθι" η σελιδα μενει να
φορτωνει για παντα. Δοκιμασα Chrome και Firefox, και απο το κινητο το
ιδιο. Θελω να παραγγειλω τα ψωμια για την Κυριακη."""),
("el", "b139-gl-varelaki-den-kryonei", "Petros <petros.alex@example.gr>", "sysketh varelakiou", "technical", "",
"""Geia sas, phra to oikiako systhma gia varelakia mpyras kai den kryonei.
Einai sthn prizas 24 wres, h o8onh deixnei 4 va8mous alla h mpyra vgainei
zesth. O anemisthras doulevei. Kati den kanw swsta h einai elattwmatiko?"""),
("el", "b139-geia-sas-efarmogi-kleinei", "Νεφέλη Αργυροπούλου <nefeli.argyropoulou@example.gr>", "Γεια σας", "technical", "",
"""Γεια σας,

Δεν αφορά χρεώσεις. Κάθε φορά που πατάω "αλλαγή ημέρας παράδοσης" στην
εφαρμογή, κλείνει. iPhone 12, τελευταία έκδοση. Την επόμενη εβδομάδα
λείπω και θέλω να την αλλάξω.

Νεφέλη"""),
("el", "b139-afrogalatiera-den-zestainei", "Αριστείδης Μελάς <aristidis.melas@example.gr>", "Αφρογαλιέρα", "technical", "",
"""Αξιότιμοι κύριοι,

Η αφρογαλιέρα του πακέτου "Barista" κάνει αφρό κανονικά, αλλά το γάλα
δεν ζεσταίνεται καθόλου. Έχω δοκιμάσει όλα τα κουμπιά. Παρακαλώ για τις
οδηγίες σας.

Με τιμή,
Α. Μελάς"""),
("el", "b139-gl-link-apostolis", "Eleni <eleni.pap87@example.gr>", "paraggelia 88140", "technical", "",
"""to link gia na dw pou einai to dema mou vgazei "selida den vre8hke". to
dokimasa kai apo to kinhto. mporeite na to ftiaxete h na mou steilete
ton ari8mo apostolhs?"""),
("el", "b139-zygaria-den-syngxronizei", "Γιώργος Φραγκιαδάκης <g.fragkiadakis@example.gr>", "Η ζυγαριά δεν συγχρονίζει", "technical", "",
"""Καλημέρα,

Η έξυπνη ζυγαριά που έρχεται με το πρόγραμμα των shakes δεν στέλνει πια
τα κιλά στην εφαρμογή. Το bluetooth είναι ανοιχτό, τη βλέπει, αλλά μένει
στο "συγχρονισμός..." και μετά τίποτα. Από την Κυριακή.

Γιώργος"""),
("el", "b139-gl-eyxaristw-tourta-glouteni", "Dora Lykou <dora.lykou@example.gr>", "euxaristw!!", "general", "",
"""Kalhspera!! H8ela na sas pw ena megalo euxaristw gia thn tourta xwris
glouteni sta genethlia ths korhs mou. Einai koiliakh kai prwth fora efage
apo thn idia tourta me ola ta paidia. Kaneis den katalave tipota, mono
rwtousan apo pou einai!! Na ste kala.
Dora"""),
("el", "b139-xexasa-zaketa-gefsignosia", "Φίλιππος Δραγούμης <filippos.dragoumis@example.gr>", "Ξέχασα τη ζακέτα μου", "general", "",
"""Καλησπέρα σας,

Ήμουν την Πέμπτη στη γευσιγνωσία ασύρτικων στο κατάστημα της Κηφισιάς και
νομίζω ότι ξέχασα μια μπλε πλεκτή ζακέτα στην καρέκλα δίπλα στο παράθυρο.
Αν βρέθηκε, μπορείτε να μου την κρατήσετε; Θα περάσω το Σάββατο.

Ευχαριστώ,
Φίλιππος"""),
("el", "b139-paradosi-periptero", "Σοφια Καραλη <sofia.karali@example.gr>", "Παραδοση", "general", "",
"""Καλημερα, οταν δεν ειμαι σπιτι να αφηνετε το κουτι με τους καφεδες στο
περιπτερο της γωνιας (κ. Στελιος), τα εχουμε κανονισει. Οχι στην πορτα
της πολυκατοικιας γιατι χανεται. Ευχαριστω, Σοφια"""),
("el", "b139-allagi-kinitou", "Ιωάννης Φλώρος <ioannis.floros@example.gr>", "Αλλαγή τηλεφώνου", "general", "",
"""Καλημέρα σας,

Παρακαλώ να αλλάξετε το κινητό στον λογαριασμό μου από 6932 000 111 σε
6945 555 302. Το παλιό δεν το έχω πια.

Ευχαριστώ,
Ιωάννης Φλώρος"""),
("el", "b139-diagrafi-dedomenon", "Αλεξάνδρα Βέργου <alexandra.vergou@example.gr>", "Διαγραφή προσωπικών δεδομένων", "general", "",
"""Σύμφωνα με τον Γενικό Κανονισμό Προστασίας Δεδομένων (ΓΚΠΔ), ζητώ τη
διαγραφή όλων των προσωπικών μου δεδομένων από τα αρχεία σας και τη
διακοπή κάθε επικοινωνίας προώθησης. Παρακαλώ για γραπτή επιβεβαίωση.

Αλεξάνδρα Βέργου"""),
("el", "b139-xorigia-politistikos-syllogos", "Πολιτιστικός Σύλλογος Αγίας Άννας <syllogos.agiaanna@example.gr>", "Γιορτή κρασιού - χορηγία", "general", "",
"""Αγαπητοί φίλοι,

Ο Πολιτιστικός Σύλλογος Αγίας Άννας Ευβοίας διοργανώνει και φέτος τη
Γιορτή Κρασιού του χωριού, στις 24 Αυγούστου. Θα θέλαμε να σας
προτείνουμε να γίνετε χορηγός της εκδήλωσης, με το λογότυπό σας στις
αφίσες και στο πρόγραμμα.

Με ποιον μπορούμε να μιλήσουμε;

Για το ΔΣ,
Αντώνης Κεφαλάς, Πρόεδρος"""),
("el", "b139-gl-wrario-dekapentaugoustos", "Thanasis <thanasis.m@example.gr>", "15 Augoustou", "general", "",
"""Ti wra anoigete ton Dekapentaugousto to artopoieio sthn Kalamaria? H
einai kleista?"""),
("el", "b139-odigos-agenis-ypeuthinos", "Αγγελική Μουστάκα <angeliki.moustaka@example.gr>", "Συμπεριφορά του οδηγού σας", "general", "high",
"""Σας γράφω για τον οδηγό που έφερε σήμερα το μεσημέρι τα shakes στον
πατέρα μου, 84 ετών, στο Περιστέρι. Επειδή ο πατέρας μου άργησε λίγο να
ανοίξει με το Π, ο οδηγός τού φώναξε, τον έβρισε και πέταξε το κουτί στο
σκαλί. Τα άκουσε και η γειτόνισσα.

Δεν θέλω μια τυποποιημένη συγγνώμη. Ζητώ να ενημερωθεί ο υπεύθυνος και
να με πάρει τηλέφωνο κάποιος ανώτερος να μου πει τι θα γίνει με αυτόν
τον άνθρωπο.

Αγγελική Μουστάκα
6948 555 771"""),
("el", "b139-skalopati-kavas", "Βασίλης Χριστοδούλου <v.christodoulou@example.gr>", "Η σκάλα στο υπόγειο της κάβας", "general", "high",
"""Καλησπέρα,

Χθες στην κάβα σας στο Παγκράτι κατέβηκα στο υπόγειο για τα κόκκινα. Το
τρίτο σκαλοπάτι από κάτω είναι ξεκολλημένο και γέρνει μπροστά όταν το
πατάς, κράτησα την κουπαστή και δεν έπεσα. Ο υπάλληλος μου είπε ότι
είναι έτσι "εδώ και καιρό".

Σε μένα δεν έγινε τίποτα, αλλά ένας ηλικιωμένος θα πέσει με το κεφάλι.
Καλό θα ήταν να κλείσετε τη σκάλα μέχρι να φτιαχτεί.

Β. Χριστοδούλου"""),
("el", "b139-gl-erwthsh-prozymi-vegan", "Marina S. <marina.s@example.gr>", "Erwthsh", "general", "",
"""Geia sas, to prozymenio psomi me tous sporous einai vegan? Exei kai
meli se kapoia alla kai den eimai sigourh. Erxetai filh vegan aurio gia
fagito."""),
("el", "b139-gl-ipa-foniki-epainos", "Lefteris <lefteris.b@example.gr>", "h IPA", "general", "",
"""Paidia h "Hazy Killer" apo to teleutaio kouti einai fonissa, sketo
egklhma. Ton koumparo ton ekopse to 7,2% kai ton eixame gia petama
(plaka kanw). 8a th xanavgalete h htan mia fora mono?"""),
("el", "b139-gefsignosia-imerominia", "Ολυμπία Καραγιάννη <olympia.karagianni@example.gr>", "Γευσιγνωσία Νοεμβρίου", "general", "",
"""Καλημέρα σας,

Είδα στο Instagram ότι ετοιμάζετε γευσιγνωσία με κρασιά της Κρήτης τον
Νοέμβριο. Ξέρετε ήδη την ημερομηνία και σε ποιο κατάστημα θα γίνει; Θα
είναι και κάποιος από τα οινοποιεία;

Ευχαριστώ,
Ολυμπία"""),
("el", "b139-re-prosfora-catering-orofos", "Τάσος Μπέκας <tasos.bekas@example.gr>", "Re: Προσφορά catering για τις 14/3", "general", "",
"""Ευχαριστώ για την προσφορά. Μια ερώτηση πριν την αποδεχτούμε: τα
γραφεία μας είναι στον 3ο όροφο χωρίς ασανσέρ (διατηρητέο κτίριο). Οι
άνθρωποί σας μπορούν να ανεβάσουν τα πράγματα και να στήσουν τον
μπουφέ, ή πρέπει να κατεβούμε εμείς;

Τάσος Μπέκας

> Καλησπέρα κ. Μπέκα,
>
> Σας επισυνάπτουμε την προσφορά μας για μπουφέ 50 ατόμων στις 14/3.
> Για οποιαδήποτε απορία είμαστε στη διάθεσή σας.
>
> Γεύσεις Πόλης Catering"""),
("el", "b139-gl-food-truck-prosopiko-efet", "Nikos Chatzis <nikos.chatzis@example.gr>", "to food truck sto panhgyri", "general", "high",
"""Sto panhgyri tou xwriou to Savvato, oi 2 ypallhloi sto truck sas
kapnizan dipla sta burger kai otan tous to eipe mia kyria ths milhsan
aisxra mprosta sta paidia ths. Den einai tropos auto.

8elw apanthsh apo ton idiokthth. An den parw, 8a kanw kataggelia ston
EFET kai ston dhmo.
Nikos Chatzis"""),
# ---------------- Spanish ----------------
("es", "b139-cerveza-cobro-tras-baja", "Iñaki Etxeberria <inaki.etxeberria@example.es>", "Me di de baja en abril", "billing", "",
"""Hola,

Me di de baja de la suscripción de cervezas artesanas el 27 de abril
(tengo el correo de confirmación) y el día 1 me habéis vuelto a cobrar
29,90 € y me ha llegado otra caja.

Si queréis os la devuelvo, pero quiero que me reembolséis los 29,90 € y
que me confirméis que no habrá más cargos.

Un saludo,
Iñaki
Donostia"""),
("es", "b139-papa-fallecio-capsulas", "Florencia Bianchi <flor.bianchi@example.com.ar>", "Suscripción de mi papá", "billing", "",
"""Buenas tardes,

Les escribo porque mi papá, Héctor Bianchi, falleció hace tres semanas.
Él tenía la suscripción mensual de cápsulas de café y le siguen llegando
las cajas a su departamento en Rosario, y se siguen debitando $ 38.500 de
su tarjeta. En esa casa ya no vive nadie.

Por favor, den de baja la suscripción. Si necesitan algún papel me
avisan.

Gracias,
Florencia"""),
("es", "b139-factura-cif-catering", "Administración Grupo Levante <admin@grupolevante.example>", "Factura catering 12/03", "billing", "",
"""Buenos días:

Para el almuerzo de trabajo del día 12 (pedido 3318, 42 menús, 611,00 €)
recibimos un ticket simplificado. Necesitamos factura completa a nombre
de:

Grupo Levante Ingeniería, S.L.
CIF B-46123456
Av. del Puerto 88, 46023 Valencia

Muchas gracias,
Sonia Martí
Administración"""),
("es", "b139-batidos-pausa-embarazo", "Daniela Ortiz <daniela.ortiz@example.com.mx>", "Pausar mis batidos", "billing", "",
"""Hola!! Les cuento que estoy embarazada (11 semanas) y mi ginecóloga me
pidió que deje los batidos sustitutos mientras dure el embarazo y la
lactancia. ¿Pueden pausar mi suscripción unos 12 meses para que no me
cobren? No la quiero cancelar porque me encantan y pienso volver.

Saludos desde Guadalajara,
Dani"""),
("es", "b139-food-truck-boda-profeco", "Ricardo Salinas <ricardo.salinas@example.com.mx>", "Anticipo boda 23 de noviembre", "billing", "high",
"""A quien corresponda:

Contratamos su food truck de tacos al pastor para nuestra boda del 23 de
noviembre en Querétaro y les depositamos un anticipo de $8,000 MXN. Tres
días antes nos avisaron por WhatsApp que "no iban a poder llegar" y nos
prometieron la devolución del anticipo en una semana.

Ya pasó un mes. Si el dinero no está en mi cuenta antes del viernes
presento la queja en Profeco y procedo legalmente.

Ricardo Salinas"""),
("es", "b139-vinoteca-cargo-doble-banco", "Carmen Lozano <carmen.lozano@example.es>", "cargo duplicado pedido 77820", "billing", "high",
"""Buenas,

En el pedido 77820 (caja de 6 Ribera del Duero) me aparecen DOS cargos de
94,50 € en la tarjeta, del mismo día. Os escribí el lunes y el miércoles
y nadie contesta.

Si el lunes no está devuelto uno de los cargos, pido la devolución al
banco y que lo reclamen ellos.

Carmen Lozano"""),
("es", "b139-club-vino-renovacion-supervisor", "Andrés Fuentes <andres.fuentes@example.cl>", "Renovación club de vinos - quiero hablar con un supervisor", "billing", "high",
"""Estimados,

Mi membresía del club de vinos vencía en marzo y NO la renové. Hoy veo
un cargo de $89.900 CLP por la "renovación anual" que nunca autoricé.
Llamé a la tienda de Providencia y me dijeron que ellos no pueden hacer
nada y que escribiera por correo.

No pienso seguir explicándole esto a personas que no pueden resolverlo.
Quiero que me llame un supervisor o el encargado del club hoy mismo al
+56 9 5555 0193 y que me devuelvan el cargo.

Andrés Fuentes"""),
("es", "b139-cupon-no-se-aplico", "Julian Restrepo <julian.restrepo@example.com.co>", "cupon", "billing", "",
"""Buenas tardes, use el cupon BIENVENIDO15 en mi primera compra de pan sin
gluten y no me desconto nada, pague $96.000 completos. Me pueden
devolver la diferencia? El pedido es el 20455.
Gracias"""),
("es", "b139-re-devolucion-latas-abolladas", "Marta Gil <marta.gil@example.es>", "Re: Tu solicitud de devolución DV-551", "billing", "",
"""Hola, el mensajero se llevó la caja el jueves. ¿Cuándo me llegará el
reembolso de los 36 €? Todavía no veo nada en la cuenta.

Marta

> Hola Marta:
>
> Sentimos que la caja de latas llegara abollada. Hemos programado la
> recogida para el jueves. En cuanto la recibamos en el almacén
> procederemos al reembolso en el mismo método de pago.
>
> Un saludo,
> Atención al cliente"""),
("es", "b139-cuotas-sin-interes-mercadopago", "Gonzalo Ferreyra <gonzalo.ferreyra@example.com.ar>", "Consulta", "billing", "",
"""Hola que tal, quería saber si la caja de 12 vinos de la promo de
Malbec se puede pagar en cuotas sin interés con Mercado Pago, o solo
con tarjeta de crédito bancaria. Y si en efectivo/transferencia tiene
descuento.

Abrazo,
Gonzalo"""),
("es", "b139-no-es-la-cafetera-precio", "Lucía Herrera <lucia.herrera@example.es>", "plan mensual", "billing", "",
"""Hola. La cafetera funciona perfecta y las cápsulas también, no es eso.
Lo que quiero saber es por qué mi plan ha pasado de 24,90 € a 29,90 € este
mes sin que me hayáis avisado. ¿Es un error o habéis subido precios? Si
es una subida prefiero bajar al plan pequeño."""),
("es", "b139-teletrabajo-fin-catering", "Jorge Ibáñez <jorge.ibanez@example.es>", "Menús de los martes y jueves", "billing", "",
"""Hola Elena,

Te escribo con pena: a partir de junio la empresa pasa a teletrabajo
completo y dejamos la oficina de la calle Alcalá, así que ya no vamos a
necesitar los menús de los martes y jueves.

¿Podéis dar por terminado el contrato a final de mayo y mandarme la
última factura? Ha sido un placer, la gente va a echar de menos la
tarta de zanahoria.

Jorge Ibáñez
Servicios Generales"""),
("es", "b139-tarjeta-regalo-saldo-panaderia", "Pilar Cano <pilar.cano@example.es>", "Tarjeta regalo", "billing", "",
"""Buenos días, me regalaron una tarjeta de 50 € de vuestra panadería sin
gluten y ya gasté una parte en la tienda de Zaragoza. ¿Cómo puedo saber
cuánto me queda? El código es SG-2290-PC. Gracias."""),
("es", "b139-app-no-deja-entrar", "Tomás Aguirre <tomas.aguirre@example.es>", "app", "technical", "",
"""Hola, la app no me deja entrar. Meto el correo y la contraseña, carga un
segundo y vuelve a la pantalla de inicio, sin ningún mensaje de error.
Android, ya la he borrado y reinstalado. Desde la web sí entro bien."""),
("es", "b139-cafetera-gotea-abajo", "Verónica Paredes <veronica.paredes@example.com.mx>", "Mi cafetera gotea", "technical", "",
"""Buen día,

Cada vez que preparo un café sale agua por debajo de la cafetera, no de
la bandeja de goteo. Cuando está apagada no gotea. El depósito no está
roto. Tiene 5 meses de uso.

¿Qué puedo hacer?

Verónica"""),
("es", "b139-cable-cafetera-olor-quemado", "Ramón Castillo <ramon.castillo@example.es>", "La cafetera", "technical", "high",
"""Buenas tardes:

Les escribo con calma, pero creo que deben saberlo. Esta mañana la
cafetera de cápsulas ha empezado a oler a quemado y el cable, justo donde
entra en la máquina, estaba tan caliente que no se podía tocar. La
funda se ha derretido un poco. La he desenchufado y no la voy a volver a
usar.

Tiene menos de un año. Por si hubiera más con el mismo problema.

Ramón Castillo
Burgos"""),
("es", "b139-latas-hinchadas-una-revento", "Belén Navarro <belen.navarro@example.es>", "Latas de la caja de octubre", "technical", "high",
"""Hola,

Os aviso de que las latas de la sour de frambuesa de la caja de este mes
están hinchadas, con el fondo abombado. Una reventó anoche en la
despensa con un ruido tremendo y lo dejó todo perdido, menos mal que no
había nadie al lado. Las otras tres las he metido en un cubo en la
terraza.

¿Qué hago con ellas? Imagino que será todo el lote.

Belén"""),
("es", "b139-restaurante-web-pedidos-caida", "Restaurante La Espiga <cocina@laespiga.example>", "pedidos pan", "technical", "high",
"""Buenos días,

Desde anoche la web de pedidos para profesionales da error al entrar y
no podemos hacer el pedido de pan sin gluten para el fin de semana. El
sábado tenemos 40 reservas de clientes celíacos que vienen justamente
por ese pan y el pedido se cierra hoy a las 14:00. El teléfono comunica.

Necesitamos solución ya.

Ana Belén Ruiz
Jefa de cocina, La Espiga (Logroño)"""),
("es", "b139-calientaplatos-salto-luz-humo", "Laura Prieto <laura.prieto@example.es>", "Lo del mediodía", "technical", "high",
"""Hola,

Hoy a la hora de comer, al enchufar los dos calientaplatos que nos
dejasteis con el catering, ha saltado la luz de toda la planta y uno de
ellos ha echado humo por la parte de atrás. Lo hemos desenchufado y ya
está, pero la semana que viene tenéis que traer otros o revisarlos,
porque así no los usamos.

Laura Prieto
Recepción, Torre Norte planta 5"""),
("es", "b139-web-pantalla-blanca-fecha", "Sebastián Molina <sebastian.molina@example.com.co>", "no puedo elegir fecha", "technical", "",
"""Cuando llego al paso de elegir la fecha de entrega del pedido para la
oficina la pagina se queda en blanco. Probe en Chrome y Edge, borre
cookies, igual. Necesito pedir para el miercoles."""),
("es", "b139-no-quiero-reembolso-contrasena", "Patricia Vidal <patricia.vidal@example.es>", "Reembolso no", "technical", "",
"""Hola, antes de nada: no quiero ningún reembolso, los batidos me van
genial. El problema es que he olvidado la contraseña y el correo para
restablecerla no llega nunca, ni en spam. Lo he pedido cuatro veces.

Patricia"""),
("es", "b139-espumador-no-calienta", "Eduardo Mendoza <eduardo.mendoza@example.com.mx>", "Espumador de leche", "technical", "",
"""Estimados:

El espumador de leche del paquete barista hace espuma bien pero no
calienta la leche. La luz se prende normal. Ya probé con los dos botones.
Quedo atento.

Eduardo Mendoza"""),
("es", "b139-grifo-barril-solo-espuma", "Pau Ferrer <pau.ferrer@example.es>", "tirador", "technical", "",
"""Bones, el tirador de barril de casa que os compré solo saca espuma desde
que puse el barril nuevo. He cambiado el cartucho de CO2 y he dejado el
barril en reposo un día entero en la nevera. ¿Alguna idea?

Pau"""),
("es", "b139-hola-app-se-cierra-saltar", "Micaela Romero <micaela.romero@example.com.ar>", "Hola", "technical", "",
"""Hola, no es por ningún cobro, es la app. Cada vez que toco "saltar
semana" en la suscripción de café se cierra sola. Tengo un Motorola con
Android 13. La semana que viene me voy de viaje y necesito saltarla.

Gracias, Mica"""),
("es", "b139-enlace-seguimiento-roto", "Ignacio Peña <ignacio.pena@example.es>", "Pedido 81204", "technical", "",
"""El enlace de seguimiento del correo de envío da error 404. Lo he probado
en el móvil y en el ordenador. ¿Podéis arreglarlo o pasarme el número de
envío?"""),
("es", "b139-app-batidos-no-sincroniza", "Valentina Castro <valentina.castro@example.cl>", "báscula y app", "technical", "",
"""Hola,

La báscula inteligente que viene con el programa de batidos ya no manda
el peso a la app. El bluetooth está activado y la app la detecta, pero se
queda en "sincronizando..." y no pasa nada. Desde el domingo.

Valentina"""),
("es", "b139-cafetera-wifi-no-conecta", "Fernando Soto <fernando.soto@example.es>", "Cafetera inteligente no se conecta", "technical", "",
"""Buenas tardes,

He comprado la cafetera con wifi para programar el café desde la app,
pero no hay manera de conectarla. La app la encuentra, pido la red de
casa, pongo la clave y al final sale "error de conexión". El router es
de Movistar, 2,4 y 5 GHz. ¿Tiene que ser solo 2,4?

Fernando"""),
("es", "b139-gracias-tarta-celiaca", "Natalia Campos <natalia.campos@example.es>", "¡Gracias!", "general", "",
"""¡Hola!

Solo quería daros las gracias por la tarta de la comunión de Hugo. Es
celíaco y por primera vez en una celebración ha comido lo mismo que todos
sus primos. Nadie notó que era sin gluten, todo el mundo preguntaba de
dónde era.

Un abrazo enorme al equipo de la tienda de Getafe.
Natalia"""),
("es", "b139-perdi-paraguas-cata", "Álvaro Requena <alvaro.requena@example.es>", "Paraguas olvidado", "general", "",
"""Buenas,

Estuve en la cata de vinos de Rioja del jueves en la tienda de Chamberí y
creo que me dejé un paraguas negro grande con mango de madera junto a la
entrada. Si aparece, ¿me lo podéis guardar? Paso el sábado.

Gracias,
Álvaro"""),
("es", "b139-dejar-caja-portero", "Mercedes Gómez <mercedes.gomez@example.es>", "Entregas", "general", "",
"""Buenos días, por favor indiquen al repartidor que si no estoy deje la
caja al portero, Manolo, que está de 8 a 15. Que no la deje en el
rellano que ya me desapareció una. Gracias. Mercedes, 3º B"""),
("es", "b139-cambio-telefono-contacto", "Cristian Vargas <cristian.vargas@example.com.co>", "Actualizar mis datos", "general", "",
"""Buenas, por favor cambien el celular de mi cuenta al 310 555 4821, el
anterior ya no lo uso. Gracias.
Cristian Vargas"""),
("es", "b139-rgpd-acceso-datos", "Elena Sanz <elena.sanz@example.es>", "Ejercicio del derecho de acceso", "general", "",
"""Estimados señores:

De acuerdo con el artículo 15 del RGPD, solicito una copia de todos los
datos personales que tienen sobre mí, la finalidad del tratamiento y
con qué terceros los han compartido. Mi cuenta está asociada a este
correo.

Atentamente,
Elena Sanz"""),
("es", "b139-patrocinio-fiestas-barrio", "Comisión Fiestas San Roque <fiestas.sanroque@example.es>", "Patrocinio fiestas", "general", "",
"""Hola,

Somos la comisión de fiestas del barrio de San Roque y este agosto
organizamos la fiesta de la cerveza artesana en la plaza. Nos gustaría
que fuerais uno de los patrocinadores, con vuestro logo en los carteles
y una barra propia si os interesa.

¿Con quién podemos hablar?

Quique, de la comisión"""),
("es", "b139-horario-12-octubre", "Rosa Delgado <rosa.delgado@example.es>", "horario", "general", "",
"""hola abren el 12 de octubre las tiendas de Valladolid?? y a que hora
cierran"""),
("es", "b139-repartidor-grito-abuela-gerente", "Mariana López <mariana.lopez@example.com.mx>", "Su repartidor - quiero hablar con el gerente", "general", "high",
"""Les escribo por el repartidor que llevó hoy los batidos de mi abuela, de
83 años, en Coyoacán. Mi abuela usa andadera y tardó en abrir; el señor
le gritó, le dijo groserías y aventó la caja en el piso. La vecina lo
escuchó todo.

No quiero una disculpa automática. Quiero que esto llegue al gerente y
que alguien con autoridad me llame para decirme qué van a hacer con esa
persona.

Mariana López
55 5555 0142"""),
("es", "b139-suelo-mojado-panaderia", "Francisco Javier Moreno <fj.moreno@example.es>", "Suelo de la tienda de Triana", "general", "high",
"""Buenas tardes,

Esta mañana en vuestra panadería de Triana habían fregado el suelo sin
poner ningún cartel y con la puerta abierta. Una señora mayor delante de
mí resbaló y no se cayó de milagro porque la agarró mi hijo. Se lo dije a
la dependienta y se encogió de hombros.

Cualquier día alguien se rompe la cadera. Os lo cuento para que pongáis
remedio.

Francisco Javier Moreno"""),
("es", "b139-pregunta-masa-madre-vegana", "Irene Castaño <irene.castano@example.es>", "Pregunta", "general", "",
"""Hola! ¿El pan de masa madre con semillas es vegano? Vi que otro lleva
miel y no estoy segura. Viene una amiga vegana a comer mañana."""),
("es", "b139-ipa-bomba-elogio", "Facundo Díaz <facundo.diaz@example.com.ar>", "La IPA esa", "general", "",
"""Che, la "Hazy Bomba" de la caja pasada es una locura, me mató. Mi
cuñado casi se muere cuando le dije que tenía 7,5%. ¿La van a volver a
sacar o fue edición limitada?"""),
("es", "b139-re-cata-empresa-fecha", "Beatriz Ledesma <beatriz.ledesma@example.es>", "Re: Cata para empresas", "general", "",
"""Gracias por la información. Antes de cerrar nada: ¿la cata la puede
hacer el sumiller en nuestras oficinas de Madrid o tiene que ser en
vuestra tienda? Y ¿cuánto dura más o menos? Somos unas 20 personas.

Beatriz

> Hola Beatriz:
>
> Te adjuntamos el dossier de nuestras catas para empresas, con los
> distintos formatos (vinos de España, espumosos, maridaje). Quedamos a
> tu disposición.
>
> Equipo de Bodega Alcalá"""),
("es", "b139-food-truck-personal-inadi", "Romina Acosta <romina.acosta@example.com.ar>", "El food truck del evento del sábado", "general", "high",
"""En el evento del sábado en Palermo, uno de los chicos del food truck le
hizo un comentario racista a un invitado nuestro, delante de todos, y
cuando se lo dije al otro encargado se rió.

Quiero una respuesta del dueño de la empresa. Si no la tengo esta
semana hago la denuncia en el INADI y en Defensa del Consumidor.

Romina Acosta"""),
# ---------------- Polish ----------------
("pl", "b139-piwo-oplata-po-rezygnacji", "Michał Zieliński <michal.zielinski@example.pl>", "Rezygnowałem w marcu", "billing", "",
"""Dzień dobry,

zrezygnowałem z subskrypcji piw rzemieślniczych 29 marca (mam maila z
potwierdzeniem), a 1 kwietnia znowu pobraliście 119 zł i przyszła kolejna
paczka.

Mogę ją odesłać, jeśli prześlecie etykietę, ale proszę o zwrot 119 zł i
potwierdzenie, że więcej obciążeń nie będzie.

Pozdrawiam
Michał Zieliński"""),
("pl", "b139-babcia-w-dps-koktajle", "Agnieszka Sowa <agnieszka.sowa@example.pl>", "Koktajle dla babci", "billing", "",
"""Dzień dobry,

od roku zamawiam u Państwa koktajle odżywcze dla babci (konto na nazwisko
Janina Sowa, Tarnów). Od przyszłego tygodnia babcia zamieszka w domu
opieki, gdzie ma zapewnione pełne wyżywienie i dietę od dietetyka, więc
koktajle nie będą już potrzebne.

Proszę o zakończenie zamówień i pobierania płatności z mojej karty od
najbliższego okresu.

Dziękuję za wszystko,
Agnieszka Sowa"""),
("pl", "b139-faktura-nip-catering", "Księgowość Nowak-Bud <ksiegowosc@nowakbud.example>", "Faktura za catering 14.05", "billing", "",
"""Dzień dobry,

za lunch dla zarządu z 14.05 (zamówienie 5517, 18 zestawów, 1 026,00 zł)
dostaliśmy paragon bez NIP. Prosimy o wystawienie faktury na:

NOWAK-BUD Sp. z o.o.
NIP 521-000-11-22
ul. Grochowska 306, 03-840 Warszawa

Pozdrawiamy
Beata Król, księgowość"""),
("pl", "b139-kapsulki-wstrzymac-kontrakt", "Paweł Mazur <pawel.mazur@example.pl>", "Wyjazd na platformę", "billing", "",
"""Cześć,

od 1 czerwca jadę na kontrakt na platformę na Morzu Północnym, 3 miesiące
bez zejścia na ląd. Kapsułki by się tylko kurzyły pod drzwiami. Możecie
zawiesić subskrypcję do września, żeby nie szły płatności? Wrócę, to sam
ją wznowię.

Paweł"""),
("pl", "b139-food-truck-wesele-rzecznik", "Joanna Lis <joanna.lis@example.pl>", "Zaliczka za food truck na wesele", "billing", "high",
"""Szanowni Państwo,

zarezerwowaliśmy Państwa food truck z burgerami na nasze wesele 7
września w Wieliczce i wpłaciliśmy zaliczkę 1 500 zł. Cztery dni przed
terminem dostaliśmy SMS, że "jednak nie dadzą rady przyjechać", z
obietnicą zwrotu zaliczki w ciągu tygodnia.

Minęło sześć tygodni. Jeżeli pieniądze nie wrócą na moje konto do końca
miesiąca, zgłaszam sprawę do miejskiego rzecznika konsumentów i do
UOKiK, a potem do sądu.

Joanna Lis"""),
("pl", "b139-wino-podwojne-obciazenie-chargeback", "Krzysztof Baran <krzysztof.baran@example.pl>", "zamowienie 66032 dwa razy pobrane", "billing", "high",
"""Dzien dobry,
za zamowienie 66032 (6 butelek wina) pobraliscie z karty dwa razy po
389 zl tego samego dnia. Pisalem w poniedzialek i w srode, zero
odpowiedzi. Jesli do piatku jedna kwota nie wroci, zglaszam chargeback w
banku.
K. Baran"""),
("pl", "b139-catering-kierownik-faktura", "Monika Witkowska <monika.witkowska@example.pl>", "Faktura za 40 zestawów - proszę o kontakt kierownika", "billing", "high",
"""Dzień dobry,

na fakturze za środowe szkolenie mamy 40 zestawów obiadowych (1 720 zł),
a dostarczono 28. Dwie osoby z biura liczyły pojemniki, kierowca
powiedział tylko, że "tyle mu wydali".

Dwa razy dzwoniłam na infolinię i nic. Proszę, żeby skontaktował się ze
mną dziś kierownik działu cateringu i żeby wystawiono korektę na 12
zestawów.

Monika Witkowska
Office Manager"""),
("pl", "b139-kod-rabatowy-nie-zadzialal", "Dominika Wrobel <dominika.wrobel@example.pl>", "kod rabatowy", "billing", "",
"""Dzien dobry, wpisalam kod START20 z newslettera, ale przy platnosci nic
nie odjelo i zaplacilam pelne 249 zl za pakiet koktajli. Czy mozecie
oddac roznice? Zamowienie 40913. Dziekuje"""),
("pl", "b139-re-zwrot-pokal-kiedy", "Grzegorz Kowal <grzegorz.kowal@example.pl>", "Re: Zgłoszenie zwrotu ZW-2207", "billing", "",
"""Dzień dobry, kurier odebrał paczkę z pokalami we wtorek. Kiedy mogę się
spodziewać zwrotu 89 zł? Na koncie jeszcze nic nie ma.

Grzegorz

> Dzień dobry,
>
> przykro nam, że dwa pokale z zestawu degustacyjnego dotarły
> wyszczerbione. Kurier odbierze paczkę we wtorek. Po otrzymaniu zwrotu
> w magazynie przelejemy pieniądze na rachunek, z którego dokonano
> płatności.
>
> Pozdrawiamy
> Biuro Obsługi Klienta"""),
("pl", "b139-raty-wino-wesele", "Natalia Kaczmarek <natalia.kaczmarek@example.pl>", "Wino na wesele - płatność", "billing", "",
"""Dzień dobry,

planujemy zamówić u Państwa ok. 80 butelek wina na wesele w lipcu. Czy
da się rozłożyć płatność na raty, albo zapłacić zaliczkę teraz, a resztę
przy dostawie? I czy przy takiej ilości jest jakiś rabat?

Pozdrawiam
Natalia"""),
("pl", "b139-nie-chodzi-o-ekspres-cena", "Ewa Dudek <ewa.dudek@example.pl>", "abonament", "billing", "",
"""Dzień dobry, z ekspresem i kapsułkami wszystko w porządku, nie o to
chodzi. Mój abonament kosztował 99 zł, a w tym miesiącu pobrano 119 zł i
nie dostałam żadnej informacji o zmianie. To pomyłka czy podwyżka? Jeśli
podwyżka, to proszę przejść na mniejszy pakiet."""),
("pl", "b139-mniejsza-paczka-piw", "Łukasz Pietrzak <lukasz.pietrzak@example.pl>", "12 -> 6", "billing", "",
"""Hej, od następnej dostawy zmieńcie mi paczkę z 12 piw na 6. Żona
stwierdziła, że w piwnicy zaczyna się robić hurtownia :) Dzięki!
Łukasz"""),
("pl", "b139-blik-subskrypcja", "Zofia Kamińska <zofia.kaminska@example.pl>", "Płatność", "billing", "",
"""Dzień dobry,

czy subskrypcję na pieczywo bezglutenowe można opłacać BLIK-iem albo
zwykłym przelewem co miesiąc? Nie mam karty kredytowej, a na stronie
widzę tylko płatność kartą.

Z poważaniem
Zofia Kamińska"""),
("pl", "b139-bon-podarunkowy-waznosc", "Jadwiga Nowicka <jadwiga.nowicka@example.pl>", "Bon", "billing", "",
"""Szanowni Państwo,

dostałam od wnuczki Państwa bon podarunkowy na 150 zł do cukierni, ale
zauważyłam, że termin ważności minął w zeszłym tygodniu, bo leżał w
szufladzie. Czy można go jeszcze przedłużyć albo wykorzystać?

Z wyrazami szacunku
Jadwiga Nowicka"""),
("pl", "b139-aplikacja-logowanie-petla", "Bartosz Jasiński <bartosz.jasinski@example.pl>", "Aplikacja", "technical", "",
"""Aplikacja nie pozwala mi się zalogować. Wpisuję maila i hasło, kręci
się kółko i wraca do ekranu logowania, bez żadnego komunikatu. iPhone,
aplikacja przeinstalowana. Na stronie loguję się normalnie."""),
("pl", "b139-ekspres-cieknie-pod-spodem", "Renata Głowacka <renata.glowacka@example.pl>", "Kałuża pod ekspresem", "technical", "",
"""Dzień dobry,

przy każdej kawie pod ekspresem zbiera się woda. Nie z tacki, tylko
gdzieś spod spodu. Jak ekspres stoi wyłączony, nic nie cieknie. Zbiornik
nie jest pęknięty. Ekspres ma pół roku.

Co mogę zrobić?

Renata"""),
("pl", "b139-orzechy-w-ciastku-bez-orzechow", "Marta Szewczyk <marta.szewczyk@example.pl>", "Muffinki z dostawy z 12.10", "technical", "high",
"""Dzień dobry,

piszę spokojnie, ale sprawa jest ważna. W paczce z 12.10 były muffinki
czekoladowe oznaczone jako "bez orzechów". Mój syn ma alergię na
orzechy laskowe i po kilku kęsach dostał wysypki i obrzęku warg. Na
szczęście skończyło się na leku antyhistaminowym. Po przekrojeniu
pozostałych muffinek widać w środku kawałki orzechów.

Pozostałe zachowałam. Proszę sprawdzić tę partię, zanim trafi do innych
dzieci.

Marta Szewczyk"""),
("pl", "b139-butelki-wybuchaja-piwnica", "Adam Urbański <adam.urbanski@example.pl>", "porter", "technical", "high",
"""Czesc,
daje znac, ze butelki portera baltyckiego z ostatniej paczki pekaja. W
nocy jedna huknela w piwnicy, rano druga, szklo wszedzie. Pozostale
dwie maja wybrzuszone kapsle, wynioslem je w skrzynce na dzialke. Nikomu
nic sie nie stalo, ale pewnie cala partia tak ma.
Adam"""),
("pl", "b139-restauracja-ekspres-stanal", "Kawiarnia Pod Zegarem <kontakt@podzegarem.example>", "ekspres", "technical", "high",
"""Dzień dobry,

od otwarcia o 8:00 dzierżawiony od Was ekspres kolbowy nie grzeje i nie
leci z niego nic. Klienci wychodzą, robimy tylko herbatę i kawę z
kawiarki na zapleczu. Za godzinę przychodzi wycieczka, która ma u nas
zamówione śniadanie z kawą dla 30 osób.

Potrzebny serwisant dzisiaj.

Kamil, Kawiarnia Pod Zegarem, Kraków
601 555 273"""),
("pl", "b139-kegerator-iskrzy-gniazdko", "Sławomir Cieślak <slawomir.cieslak@example.pl>", "Domowy nalewak", "technical", "high",
"""Dzień dobry,

nalewak z chłodzeniem, który kupiłem w lutym, zaczął iskrzyć przy
wtyczce, a z tyłu obudowy czuć było spaleniznę. Wyłączyłem go z
gniazdka, wtyczka jest lekko nadtopiona. Stał w kuchni, obok szafki z
drewna.

Nie będę go już włączał. Piszę, bo może inni mają ten sam problem.

Sławomir Cieślak"""),
("pl", "b139-nie-chce-zwrotu-reset-hasla", "Karolina Mróz <karolina.mroz@example.pl>", "Nie chcę zwrotu", "technical", "",
"""Dzień dobry, od razu zaznaczam, że nie chcę żadnego zwrotu pieniędzy,
koktajle są świetne. Chodzi o to, że zapomniałam hasła, a mail do
resetu w ogóle nie przychodzi, w spamie też nie ma. Próbowałam 4 razy.
Karolina"""),
("pl", "b139-koszyk-sie-nie-laduje", "Tadeusz Wojcik <tadeusz.wojcik@example.pl>", "koszyk", "technical", "",
"""Dzien dobry, na Panstwa stronie po kliknieciu w koszyk strona laduje sie
w nieskonczonosc. Probowalem na Chrome i Firefox, na telefonie to samo.
Chce zamowic chleb na niedziele."""),
("pl", "b139-spieniacz-nie-grzeje", "Halina Borkowska <halina.borkowska@example.pl>", "Spieniacz", "technical", "",
"""Szanowni Państwo,

spieniacz mleka z zestawu "Barista" robi piankę, ale mleko zostaje
zimne. Lampka świeci normalnie. Próbowałam obu przycisków. Proszę o
radę.

Halina Borkowska"""),
("pl", "b139-dzien-dobry-apka-sie-zamyka", "Oliwia Krawczyk <oliwia.krawczyk@example.pl>", "Dzień dobry", "technical", "",
"""Dzień dobry,

to nie jest sprawa płatności. Za każdym razem, gdy klikam w aplikacji
"pomiń dostawę", aplikacja się zamyka. Samsung, Android 14. W przyszłym
tygodniu wyjeżdżam i muszę pominąć dostawę.

Oliwia"""),
("pl", "b139-link-sledzenia-404", "Damian Czarnecki <damian.czarnecki@example.pl>", "Zamówienie 90217", "technical", "",
"""Link do śledzenia przesyłki z maila pokazuje błąd 404. Sprawdzałem na
telefonie i na komputerze. Naprawicie go albo podacie numer przesyłki?"""),
("pl", "b139-waga-nie-synchronizuje", "Iwona Sadowska <iwona.sadowska@example.pl>", "Waga z programu", "technical", "",
"""Dzień dobry,

waga, która przyszła z programem koktajli, przestała wysyłać pomiary do
aplikacji. Bluetooth włączony, aplikacja ją widzi, ale zostaje na
"synchronizacja..." i nic. Od niedzieli.

Iwona"""),
("pl", "b139-kapsulki-zacinaja-sie", "Robert Michalski <robert.michalski@example.pl>", "kapsułki się blokują", "technical", "",
"""Od tygodnia kapsułki z nowej dostawy zacinają się w ekspresie - dźwignia
nie chce się domknąć i trzeba je wyciągać nożem. Starymi kapsułkami ekspres
działa normalnie. Zmieniliście coś w kapsułkach?"""),
("pl", "b139-podziekowanie-tort-bezglutenowy", "Aleksandra Zając <aleksandra.zajac@example.pl>", "Dziękujemy!", "general", "",
"""Dzień dobry!

Chciałam bardzo podziękować za tort na komunię Julki. Ma celiakię i
pierwszy raz na rodzinnej uroczystości jadła to samo co wszyscy. Nikt
nie zauważył, że tort jest bezglutenowy, goście dopytywali, skąd jest.

Ukłony dla pań z cukierni na Ochocie!
Ola"""),
("pl", "b139-zgubiony-szalik-degustacja", "Wojciech Laskowski <wojciech.laskowski@example.pl>", "Zostawiony szalik", "general", "",
"""Dzień dobry,

byłem w czwartek na degustacji win gruzińskich w sklepie na Mokotowie i
chyba zostawiłem na krześle przy oknie szary wełniany szalik. Jeśli się
znalazł, czy mogą go Państwo dla mnie odłożyć? Wpadnę w sobotę.

Pozdrawiam
Wojciech Laskowski"""),
("pl", "b139-zostawic-u-sasiadki", "Barbara Kowalczyk <barbara.kowalczyk@example.pl>", "Dostawy", "general", "",
"""Dzien dobry, prosze przekazac kurierowi, zeby jak mnie nie ma zostawial
paczke u sasiadki pod 5 (pani Krysia, wie o tym), a nie na wycieraczce,
bo raz juz zginela. Dziekuje. B. Kowalczyk"""),
("pl", "b139-zmiana-nazwiska-po-slubie", "Patrycja Nowak-Górecka <patrycja.gorecka@example.pl>", "Zmiana nazwiska", "general", "",
"""Dzień dobry,

po ślubie zmieniłam nazwisko z Górecka na Nowak-Górecka. Proszę o
aktualizację danych na moim koncie (ten sam mail). Adres się nie zmienia.

Dziękuję,
Patrycja"""),
("pl", "b139-rodo-kopia-danych", "Tomasz Malinowski <tomasz.malinowski@example.pl>", "Wniosek RODO", "general", "",
"""Szanowni Państwo,

na podstawie art. 15 RODO proszę o przesłanie kopii wszystkich moich
danych osobowych przetwarzanych przez Państwa firmę, wraz z informacją,
komu zostały udostępnione. Konto jest zarejestrowane na ten adres email.

Z poważaniem
Tomasz Malinowski"""),
("pl", "b139-sponsoring-druzyna-siatkowki", "UKS Orlik Sanok <uks.orlik@example.pl>", "Sponsoring - UKS Orlik", "general", "",
"""Dzień dobry,

jestem trenerem młodzieżowej drużyny siatkówki UKS Orlik z Sanoka.
Szukamy sponsora nowych strojów na sezon. Kilku rodziców to wielcy fani
Waszej kawy i zasugerowali, żeby do Was napisać.

Możemy zaproponować logo na koszulkach, baner na hali i wpisy na
naszym Facebooku. Z kim mogę porozmawiać?

Marek Domański
604 555 119"""),
("pl", "b139-godziny-wigilia", "Elżbieta Wróbel <elzbieta.wrobel@example.pl>", "Wigilia", "general", "",
"""Do której w Wigilię będzie otwarta piekarnia na Podgórzu? Chcę odebrać
chleb i makowiec."""),
("pl", "b139-kurier-nakrzyczal-kierownik", "Anna Borowska <anna.borowska@example.pl>", "Zachowanie Waszego kuriera - proszę o przekazanie przełożonemu", "general", "high",
"""Piszę w sprawie kierowcy, który dziś przywiózł koktajle mojemu tacie
(82 lata, Łódź, Bałuty). Tata chodzi o balkoniku i nie zdążył szybko
otworzyć, a kierowca na niego nakrzyczał, przeklinał i rzucił karton na
wycieraczkę. Sąsiadka wszystko słyszała.

Nie chcę gotowej formułki z przeprosinami. Proszę o przekazanie sprawy
kierownikowi i telefon od kogoś z przełożonych, co zrobicie z tym
człowiekiem.

Anna Borowska
605 555 840"""),
("pl", "b139-stopien-schodow-sklep", "Jerzy Kubiak <jerzy.kubiak@example.pl>", "Schody do piwnicy w sklepie na Jeżycach", "general", "high",
"""Dzień dobry,

wczoraj w Państwa sklepie z winem na Jeżycach schodziłem do piwnicy z
czerwonymi winami. Trzeci stopień od dołu jest obluzowany i przechyla się
do przodu. Utrzymałem się tylko dzięki poręczy. Sprzedawca powiedział, że
tak jest "od jakiegoś czasu".

Mnie nic się nie stało, ale starsza osoba może tam zlecieć głową w dół.
Warto zamknąć te schody do czasu naprawy.

Jerzy Kubiak"""),
("pl", "b139-pytanie-osobna-kuchnia", "Ilona Stępień <ilona.stepien@example.pl>", "Pytanie", "general", "",
"""Dzień dobry, czy Wasze wypieki bezglutenowe robione są w osobnej
kuchni, czy w tej samej co zwykłe pieczywo? Czy macie certyfikat
przekreślonego kłosa? Pytam, bo córka ma celiakię i bardzo reaguje na
śladowe ilości."""),
("pl", "b139-zabojcze-ipa-pochwala", "Kuba Sikorski <kuba.sikorski@example.pl>", "ta IPA", "general", "",
"""Panowie, ta "Mglista Zabójczyni" z ostatniej paczki to jest petarda,
zabójczo dobra. Szwagra prawie zabiło, jak mu powiedziałem, że ma 7,2%.
Będzie jeszcze w stałej ofercie, czy to była jednorazowa warka?"""),
("pl", "b139-re-degustacja-w-biurze", "Justyna Pawlak <justyna.pawlak@example.pl>", "Re: Degustacje dla firm", "general", "",
"""Dziękuję za ofertę. Jeszcze jedno pytanie: czy sommelier może
poprowadzić degustację u nas w biurze we Wrocławiu, czy musi być w
Państwa sklepie? I ile to mniej więcej trwa? Będzie nas ok. 25 osób.

Justyna

> Dzień dobry,
>
> w załączniku przesyłamy opis naszych degustacji dla firm (wina
> polskie, wina musujące, wino i sery). Pozostajemy do dyspozycji.
>
> Zespół Winiarni Pod Dębem"""),
("pl", "b139-obsluga-food-truck-prawnik", "Dariusz Olszewski <dariusz.olszewski@example.pl>", "Piknik firmowy 15.06 - obsługa food trucka", "general", "high",
"""Na naszym pikniku firmowym 15.06 obsługa Waszego food trucka
zachowywała się skandalicznie - jeden z pracowników wyzywał naszą
pracownicę od "grubasek", kiedy poprosiła o wersję bez bułki, a drugi
to nagrywał telefonem i się śmiał.

Oczekuję pisemnych wyjaśnień od właściciela firmy w ciągu 7 dni. W
przeciwnym razie sprawę przekazujemy naszemu prawnikowi.

Dariusz Olszewski
Dyrektor HR"""),
]
