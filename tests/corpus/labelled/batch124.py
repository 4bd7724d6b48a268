# batch124.py -- labelled mails held out of the tree until the rules it
# measures are final: kept apart from gen.py so that nothing is tuned or
# trained on them until they are wired in.  Mostly consumer software and
# devices -- antivirus, password managers, PDF and office software, photo
# editing apps, printer ink subscriptions, smart TV app stores, game
# consoles' online services.  New situations for the failure classes --
# escalation demands that keep their topic, legal threats and chargebacks,
# negations, Greeklish, subjects that say nothing or something else,
# replies quoting an earlier mail, paid plans ended or paused in other
# words, outages of a business told by their consequences, safety hazards
# told calmly, praise, payment questions -- and everyday mail of all three
# queues.  Same tuple format as batch12.py.
M += [
# ---------------- English ----------------
("en", "b124-av-renewal-triple-price", "Graham Whitley <g.whitley@example.co.uk>", "Renewal price", "billing", "",
"""Hello,

Last year I paid 34.99 for ShieldGuard Total Security, which your website
called an introductory offer. This morning 89.99 went out of my account
for the renewal and there was no reminder beforehand that I can find.

I'm happy to keep the product, it does the job, but not at nearly three
times the price. Your website is offering it to new customers at 39.99
right now. Can you put me on that and refund the difference?

Regards,
Graham Whitley"""),
("en", "b124-family-vault-husband-died", "Margaret Ellison <m.ellison@example.co.uk>", "My husband's account", "billing", "",
"""Dear Sir or Madam,

My husband Derek died in February. He set up the family plan on your
password keeper for the two of us and our son, and the payment is still
being taken from his bank card, which the bank will be closing shortly.

I do not understand all of it I'm afraid. Our son Andrew says I should
just have a single one of my own and he will have his own. Could you
tell me what I need to do so that the payment on Derek's card stops and
I am not left without my passwords?

Yours faithfully,
Margaret Ellison (Mrs)"""),
("en", "b124-ink-printer-carked-it", "Shane Doherty <shane.doherty@example.com.au>", "ink", "billing", "",
"""G'day, our printer finally carked it last weekend and we're not getting
another one, the kids do everything on their laptops now anyway. Can you
stop sending cartridges and stop the $7.99 a month please. Cheers, Shane"""),
("en", "b124-pdf-vat-invoice-galway", "Siobhan Keane <siobhan@corribsurvey.example>", "Invoice for order PT-448210", "billing", "",
"""Hi there,

We bought 5 licences of PaperTrail PDF Pro last week (order PT-448210,
EUR 545.00 in total) on my colleague's card. The receipt that came
through has no company name or VAT number on it, so our accountant won't
accept it.

Could you issue a proper VAT invoice to:

Corrib Survey Partners Ltd
Unit 4, Ballybrit Business Park
Galway H91 XK20
VAT IE 9876543T

Many thanks,
Siobhan Keane
Office Manager"""),
("en", "b124-console-sub-twice-dispute", "Tyler Brooks <tbrooks88@example.com>", "charged TWICE", "billing", "high",
"""You charged my card $79.99 twice on the 3rd for the same 12 month
Arcadia Online membership. One account, one membership, two charges. I
already used the chat and got told to "wait 5-7 business days", that was
two weeks ago.

If the second charge isn't back on my card by Friday I'm disputing it
with my bank, and honestly I'll dispute both and you can sort it out
with them.

Tyler"""),
("en", "b124-photo-app-student-rate", "Ananya Kulkarni <ananya.k@example.in>", "Student concession", "billing", "",
"""Dear Team,

I am a second year BFA student at a college in Pune and I use the
trial of LumaForge on my laptop. Kindly let me know if there is any
student concession on the yearly plan, as Rs 3,999 is difficult for me.
I can share my college ID card if required.

Thanks and regards,
Ananya"""),
("en", "b124-tv-store-kids-coins", "Karen Whitfield <karen.whitfield@example.com.au>", "Purchases on the TV", "billing", "",
"""Hi,

Nothing wrong with the TV itself, it's working fine. The problem is my
two boys worked out that the game on the TV app store lets them buy
"gem packs" with the card saved on the account, no PIN asked. Six lots
of $14.99 on Saturday morning while I was at netball.

I've now set a PIN. Is there any chance of getting those six purchases
refunded? They're 7 and 9, they didn't understand it was real money.

Karen"""),
("en", "b124-office-sub-freeze-camino", "Hugh Penrose <hugh.penrose@example.co.uk>", "Freezing my subscription", "billing", "",
"""Hello,

From 1 May I'm off on a six-month sabbatical - walking the Camino and
then some time in New Zealand - and I'm deliberately not taking the
laptop. Is it possible to freeze my WordCraft 365 subscription while I'm
away and start it again in November, rather than cancelling and losing
my settings? I'd rather not pay 9.99 a month for something sitting in a
drawer.

Best,
Hugh"""),
("en", "b124-re-renewal-paypal", "Deborah Mills <debmills@example.com>", "Re: Your SafeNest renewal is coming up", "billing", "",
"""Can I pay this one by PayPal instead? The card you have on file has
expired and I'd rather not put a new card in.

Deb

On Mon, 4 Mar, SafeNest Billing <billing@safenest.example> wrote:
> Hi Deborah,
> Your SafeNest Premium plan renews on 18 March for $35.88.
> Please make sure your payment details are up to date to avoid
> any interruption to your protection."""),
("en", "b124-av-charging-after-cancel-small-claims", "Colin Ferris <colin.ferris@example.co.uk>", "Unauthorised payments - final notice", "billing", "high",
"""To whom it may concern,

I cancelled my ShieldGuard subscription on 12 June last year. I have the
cancellation confirmation email, reference SG-CN-220931. Despite this
you have continued to take 6.99 every month since, eight payments in
total, 55.92.

I have written to you three times. This is the last time. If the 55.92
is not refunded in full within 14 days I will issue a claim through the
small claims court without further notice, and I will be asking for my
costs as well.

Colin Ferris
14 Harrow Road, Leicester"""),
("en", "b124-ink-refund-supervisor", "Aoife Brennan <aoife.brennan@example.ie>", "Refund - want a supervisor", "billing", "high",
"""This is my fourth email. In January your agent agreed to refund three
months of the ink plan (EUR 29.97) that were taken after I'd cancelled.
It never arrived. Every time I ring I get someone new who can't see the
notes and tells me to email.

I want this passed to a supervisor or team leader, someone who can
actually authorise a refund, and I want them to contact me. Not another
auto-reply.

Aoife Brennan
087 555 0142"""),
("en", "b124-hello-gift-card-zero-balance", "Ryan Patel <ryan.patel@example.co.uk>", "Hello", "billing", "",
"""Hello, I redeemed a 50 pound PlayHub gift card on my son's account
yesterday. It said "code redeemed successfully" but the wallet still shows
0.00 and the card is now marked as used. The receipt from the shop is
attached. Where has the money gone?"""),
("en", "b124-no-refund-monthly-to-annual", "Jasmine Ortiz <jas.ortiz@example.com>", "Switching plans", "billing", "",
"""Hey! I don't want a refund or anything, I love the app. I've been on
the monthly plan ($12.99) since spring and I'd like to move to yearly
since it works out cheaper. Will you take off what I already paid this
month, or do I have to wait until the month runs out?"""),
("en", "b124-instalments-50-seat-licence", "Rajesh Menon <rajesh.menon@kalpana-logistics.example>", "Payment terms for 3 year licence", "billing", "",
"""Dear Sir/Madam,

We are evaluating OfficeDesk Business for 50 users across our Kochi and
Chennai offices. The 3 year licence quote comes to Rs 8,40,000 plus GST.

Kindly confirm whether this can be paid in quarterly instalments instead
of one upfront payment, and whether payment by NEFT against a proforma
invoice is accepted. Our finance team needs this before raising the PO.

Regards,
Rajesh Menon
Purchase Manager, Kalpana Logistics Pvt Ltd"""),
("en", "b124-av-update-payroll-quarantined", "Practice Manager <office@hartleyandco-accounts.example>", "Your update this morning", "technical", "high",
"""Hello,

Since your definitions update went on overnight, every PC in the office
(12 of them) quarantines our payroll program the moment anyone opens it.
We've tried restoring it from quarantine and it's removed again within a
minute.

We have 140 clients' payrolls to submit to HMRC by Friday and nobody
here can do any of it. I've sent two of the staff home. Please can
someone call me on 01632 960 448 as soon as you see this.

Julie Hartley
Hartley & Co Accountants"""),
("en", "b124-pwd-extension-no-autofill", "Megan Schultz <megan.schultz@example.com>", "autofill stopped", "technical", "",
"""Since the browser extension updated on Tuesday it doesn't autofill
anything anymore. The little key icon shows up in the field, I click it,
and nothing happens. Desktop app works fine, it's just Chrome on my Mac.
Already tried removing and reinstalling the extension."""),
("en", "b124-urgent-vault-lost-phone", "Declan Murphy <declan.murphy@example.ie>", "URGENT!!! locked out", "technical", "",
"""Lost my phone on the train Saturday and the authenticator was on it.
Now your app wants the 6 digit code every time and I can't get into my
vault. I have the email address and master password. How do I get back
in?? All my passwords are in there"""),
("en", "b124-not-billing-console-online", "Marcus Green <marcus.green@example.com>", "Online play", "technical", "",
"""This isn't a billing question, my membership is paid up through
December. Since Tuesday evening I can't join any online match at all. It
sits on "connecting to session" for a minute and then gives error
NX-2207. My internet is fine, Netflix and everything else works, and the
network test on the console passes.

Already restarted the router and the console, signed out and back in.
Anything else I can try?

Marcus"""),
("en", "b124-tv-app-store-spinning", "Bev Lawson <bev.lawson@example.com.au>", "App store", "technical", "",
"""Hi, the app store on our Sentra smart TV just sits on a spinning circle
and never loads. Been like it for 3 days. The apps we already had still
work. Model is S55-Q7, we've unplugged it at the wall for a few minutes
like the forum said. No change."""),
("en", "b124-ink-cartridge-not-recognised", "Harold Finch <harold.finch@example.co.uk>", "New cartridges", "technical", "",
"""Dear Sirs,

The cartridges that came in this month's parcel are not recognised by
my printer. The little screen says "cartridge problem - black" and it
will not print at all. I have taken them out and put them back three
times as my granddaughter showed me, and the orange tape is off.

The old cartridges work if I put them back in, but they are empty.

Yours faithfully,
H. Finch"""),
("en", "b124-controller-battery-swollen", "Naomi Clarke <naomi.clarke@example.com>", "Controller", "technical", "high",
"""Hi,

Not sure how much of a big deal this is, but one of our Arcadia
controllers has started to bulge - the back panel has lifted away from
the body by a few millimetres and it was quite hot after charging last
night, even though nobody had used it. I've unplugged it and put it on
the patio on a plate for now.

What should I do with it, and is it safe to charge the other two
controllers with the same cable?

Naomi"""),
("en", "b124-pdf-crash-large-files", "Vikram Sethi <vikram.sethi@example.in>", "Software crashing", "technical", "",
"""Dear Support,

PaperTrail PDF is closing down without any message whenever I open a
file above approx 80 MB. These are scanned drawings from our site
office. Smaller files are opening fine. Windows 11, 16 GB RAM, version
12.4. I have done repair install also. Please advise.

Vikram Sethi"""),
("en", "b124-photo-export-washed-out", "Lauren Beck <lauren.beck@example.com>", "Exports look washed out", "technical", "",
"""Every photo I export from LumaForge looks flat and washed out compared
to what I see in the editor - like someone turned the saturation down
20%. Happens with JPG and PNG. It only started after the last update. I
shoot weddings so this is a problem for me. Any setting I'm missing?"""),
("en", "b124-office-too-many-devices", "Neil Adair <neil.adair@example.co.uk>", "Activation", "technical", "",
"""My laptop had to be wiped and Windows reinstalled. Now WordCraft won't
activate - "this licence is in use on the maximum number of devices". It
was only ever on this laptop and my old desktop which has gone to the
tip. How do I free up the licence?"""),
("en", "b124-console-psu-crackling", "Brian Lyons <brian.lyons@example.ie>", "Console power lead", "technical", "high",
"""Hello there,

My grandson's Arcadia console (he is 11 and I look after him after
school) has started making a crackling noise from where the power lead
goes into the back. Yesterday there was a smell like burning plastic in
the room and the plug was very warm to the touch. I've switched it off
at the wall and told him it's off limits for now, which he is not happy
about.

Could you tell me whether it should go back to you to be looked at?

Brian Lyons"""),
("en", "b124-dental-vault-down", "Reception <reception@parkviewdental.example>", "Can't get into anything", "technical", "high",
"""Hi,

Since about 8 this morning none of the six of us at the practice can
sign in to our team vault - it just says "organisation unavailable". All
our logins for the booking system, the lab portal and the card machine
are stored in there.

We're ringing patients from the paper day list to check who's coming
in, we can't take card payments, and we can't order anything from the
lab. Please help as soon as possible, we have a full list this
afternoon.

Sophie
Parkview Dental, Leeds"""),
("en", "b124-order-installer-error", "Ben Ashworth <ben.ashworth@example.co.uk>", "Order 40417", "technical", "",
"""Installer stops at 74% with error 0x80070643 every time. Windows 10, nothing else installed apart from Office."""),
("en", "b124-thanks-daniel-mums-printer", "Louise Harper <louise.harper@example.co.uk>", "Thank you to Daniel", "general", "",
"""Hi,

Just a quick note to say thank you to Daniel on your phone line, who
spent nearly 40 minutes on Wednesday talking my mum (82) through getting
her printer back on the wifi. He was so patient and never once made her
feel silly. She rang me afterwards really pleased with herself.

Please pass it on to him and his manager.

Louise"""),
("en", "b124-sar-ignored-ico", "Paul Whitmore <paul.whitmore@example.co.uk>", "Subject access request - second request", "general", "high",
"""On 2 April I made a subject access request under UK GDPR for all the
personal data SafeNest holds about me, including call recordings and any
data shared with third parties. I have had no acknowledgement and the
one-month deadline has passed.

If I do not receive the data within 7 days I will be lodging a complaint
with the Information Commissioner's Office.

Paul Whitmore
Account email: paul.whitmore@example.co.uk"""),
("en", "b124-ink-leave-with-neighbour", "Gillian Shaw <gillian.shaw@example.co.uk>", "Deliveries", "general", "",
"""Hello, I'm out at work most days so could your courier please leave my
ink parcels with my neighbour at number 12 (Mr Okafor) rather than taking
them back to the depot? He's fine with it. Thanks, Gillian, 14 Elm Close"""),
("en", "b124-rude-agent-supervisor", "Donna Reyes <donna.reyes@example.com>", "Your phone agent", "general", "high",
"""I called your support line today at about 2:15pm Eastern. The agent,
who gave his name as Kyle, sighed at me, talked over me, and when I
asked him to repeat something he said "ma'am, I'm not going to explain
this a third time" and hung up on me.

I am 67 years old and I have been a customer for nine years. I want a
supervisor to call me back and I want to know what is going to be done
about the way I was spoken to.

Donna Reyes
(555) 014-3398"""),
("en", "b124-question-chromebook", "Imogen Tate <imogen.tate@example.com>", "Question", "general", "",
"""Does ShieldGuard work on a Chromebook, or is it only Windows and Mac?
Thinking of getting one for my daughter for uni."""),
("en", "b124-esports-club-sponsorship", "Mr A. Jenkins <a.jenkins@ravensworth-academy.example>", "Sponsorship enquiry - school esports club", "general", "",
"""Dear Arcadia team,

I run the esports club at Ravensworth Academy in Gateshead. We have
about 30 students aged 12 to 17, many of whom don't take part in any
other after-school activity, and we've just qualified for the regional
finals of the British schools league for the first time.

We're looking for a sponsor to help with travel and team shirts. Is
this something Arcadia ever supports, and if so who should I speak to?

Kind regards,
Alan Jenkins
Computing Department"""),
("en", "b124-dublin-tournament-age", "Cian O'Neill <cian.oneill@example.ie>", "Tournament in Dublin", "general", "",
"""Hi, is the Arcadia Cup qualifier in Dublin next month open to under 16s?
My lad is 15 and mad keen. Do parents need to be there the whole time?"""),
("en", "b124-lost-jacket-nec-stand", "Hannah Lewis <hannah.lewis@example.co.uk>", "Left my jacket at your stand", "general", "",
"""Hi,

I was at your stand at the games show at the NEC on Saturday and think I
left my jacket on the back of one of the gaming chairs near the VR demo.
It's a green North Face one with a bus pass in the pocket. Did anyone
hand it in?

Thanks,
Hannah"""),
("en", "b124-experience-store-floor-cable", "Mia Robertson <mia.robertson@example.com.au>", "Kids area at Chadstone", "general", "high",
"""Hi,

I was at your experience store at Chadstone on Sunday with my daughter.
In the kids' console area there's a thick power cable running across
the floor between two of the demo stations, covered with a strip of tape
that's coming up. Two kids tripped on it while we were there, one
landed face first. A staff member saw it and just shrugged.

Someone is going to get properly hurt. Please get it fixed.

Mia"""),
("en", "b124-update-absolutely-killing-it", "Jake Morrison <jake.morrison@example.com>", "your update is killing it", "general", "",
"""Not a complaint for once! The new LumaForge update is absolutely killing
it. The auto-mask tool saved me about three hours on a shoot last
weekend. Whoever built that, buy them a beer."""),
("en", "b124-easter-phone-hours", "Sandra Coleman <sandra.coleman@example.co.uk>", "Easter", "general", "",
"""Is your phone line open over the Easter weekend, Good Friday and Easter
Monday? Thanks"""),
("en", "b124-expo-staff-laughed", "Eimear Walsh <eimear.walsh@example.ie>", "Staff at your stand", "general", "",
"""Hello,

I was at your stand at the Dublin Comic Con with my son (10) last
Saturday. He asked one of your staff a question about the new console,
a fairly basic one I'll admit, and the two lads on the stand laughed at
him and one said "Google it, little man". He was mortified and didn't
want to go near any other stands after that.

I don't need anything from you, but I thought you should know how your
people are treating kids at these events.

Eimear Walsh"""),
("en", "b124-delete-free-account", "Arjun Bhatia <arjun.bhatia@example.in>", "Delete my account", "general", "",
"""Hello,

I had created a free account on your PDF converter website in 2021 for
one-time use. I don't need it now. Please delete my account and all data
related to it, and confirm on this mail once done.

Regards,
Arjun"""),
# ---------------- Greek (and Greeklish) ----------------
("el", "b124-antivirus-dipli-xreosi", "Αντώνης Σταματόπουλος <a.stamatopoulos@example.gr>", "Διπλή χρέωση ανανέωσης", "billing", "",
"""Καλησπέρα σας,

Στις 11 του μήνα η κάρτα μου χρεώθηκε δύο φορές από 49,90 € για την
ανανέωση του ShieldGuard Total Security. Έχω μία μόνο συνδρομή, σε έναν
υπολογιστή. Σας επισυνάπτω την κίνηση της κάρτας.

Παρακαλώ να επιστραφεί η δεύτερη χρέωση.

Ευχαριστώ,
Αντώνης Σταματόπουλος"""),
("el", "b124-gl-melania-pateras-efyge", "Eleni Koutsou <eleni.koutsou@example.gr>", "Syndromh melaniwn", "billing", "",
"""Kalhspera sas,

o pateras mou efyge apo th zwh ton Ianouario. Eixe th syndromh gia ta
melania tou ektypwth kai synexizei na xrewnetai 8,90 to mhna sthn karta
tou. O ektypwths einai sto xwrio kai den ton xrhsimopoiei kaneis pia.

Mporeite na th stamathsete? An xreiazeste kapoio xarti (lhksiarxikh
praksh klp) pite mou ti na steilw.

Eyxaristw,
Elenh Koutsou"""),
("el", "b124-timologio-afm-pdf", "Λογιστήριο <logistirio@kyma-meletes.example>", "Τιμολογιο αντι για αποδειξη", "billing", "",
"""Καλημερα,

Στις 5/3 αγορασαμε 3 αδειες PaperTrail PDF (παραγγελια PT-502117,
327,00 ευρω) και εκδοθηκε αποδειξη λιανικης. Χρειαζομαστε τιμολογιο με
τα στοιχεια της εταιρειας:

ΚΥΜΑ ΜΕΛΕΤΕΣ Ο.Ε.
ΑΦΜ 998877665, ΔΟΥ Πατρων
Ζαιμη 42, 26221 Πατρα

Μπορειτε να ακυρωσετε την αποδειξη και να εκδωσετε τιμολογιο;

Ευχαριστουμε,
Ματινα Ρηγα"""),
("el", "b124-gl-konsola-fantaros", "Vasilis Pappas <vpappas@example.gr>", "Arcadia Online", "billing", "",
"""geia sas, o gios mou pige fantaros sth Rodo kai den 8a paizei gia
kamia xronia. H syndromh tou Arcadia Online ananewnetai aytomata ton
allo mhna me th dikh mou karta (59,99). Kleiste thn na mhn ksanaxrewsei
tipota. To account na meinei omws, na to vrei otan gyrisei.

Vasilis"""),
("el", "b124-foititiki-ekptosi-foto", "Ιφιγένεια Λαζαρίδου <ifigeneia.laz@example.gr>", "Φοιτητική τιμή;", "billing", "",
"""Γεια σας! Σπουδάζω γραφιστική στα Ιωάννινα και χρησιμοποιώ τη δοκιμαστική
έκδοση του LumaForge. Υπάρχει φοιτητική έκπτωση στο ετήσιο πακέτο; Τα
119 € είναι λίγο βαριά για φοιτητική τσέπη. Μπορώ να στείλω πάσο ή
βεβαίωση σπουδών."""),
("el", "b124-tv-agnosti-miniaia-xreosi", "Σταυρούλα Μπέκα <s.beka@example.gr>", "Χρέωση 3,99", "billing", "",
"""Καλημέρα. Εδώ και τρεις μήνες βλέπω στην κάρτα μου χρέωση 3,99 € με
περιγραφή «SENTRA TV STORE». Δεν θυμάμαι να έχω γραφτεί σε κάτι από την
τηλεόραση. Μπορείτε να μου πείτε τι είναι αυτή η συνδρομή και να τη
σταματήσετε; Αν δεν τη χρησιμοποίησα ποτέ θα ήθελα και τα χρήματα
πίσω."""),
("el", "b124-business-25-xristes-doseis", "Νίκος Τσιρίγος <n.tsirigos@aigaio-travel.example>", "Business πακέτο 25 χρηστών", "billing", "",
"""Καλησπέρα,

Ενδιαφερόμαστε για το SafeNest Business για 25 χρήστες (ταξιδιωτικό
γραφείο, Χανιά). Με βάση τον τιμοκατάλογο βγαίνει 1.080 € τον χρόνο.

Θα θέλαμε να ξέρουμε:
- αν μπορεί η ετήσια συνδρομή να πληρωθεί σε τρεις δόσεις,
- αν δέχεστε τραπεζική κατάθεση αντί για κάρτα,
- αν η τιμή περιλαμβάνει ΦΠΑ.

Ευχαριστώ,
Νίκος Τσιρίγος
Aigaio Travel"""),
("el", "b124-gl-re-ananeosi-karta", "Kostas Dimou <kdimou@example.gr>", "Re: H syndromh sas ananewnetai syntoma", "billing", "",
"""H karta pou exete lhgei ton allo mhna. Mporw na valw kainourgia h
prepei na perimenw na apotyxei h plhrwmh? Den vriskw pou allazei sto
site.

Kostas

> Agaphte pelath,
> h syndromh SafeNest Premium 3 etwn ananewnetai stis 28/4 me poso
> 89,00 EUR. H plhrwmh 8a ginei me thn karta pou exete dhlwsei.
> Omada SafeNest"""),
("el", "b124-synigoros-katanaloti-office", "Μαρία Κωνσταντινίδου <m.konstantinidou@example.gr>", "Επιστροφή χρημάτων – τελευταία ενημέρωση πριν τον Συνήγορο του Καταναλωτή", "billing", "high",
"""Κύριοι,

Στις 2 Φεβρουαρίου αγόρασα την ετήσια συνδρομή WordCraft 365 Family
(99 €) και στις 6 Φεβρουαρίου, δηλαδή μέσα στις 14 ημέρες, ζήτησα
υπαναχώρηση με email, το οποίο έχω. Από τότε έχω λάβει τρεις
αυτοματοποιημένες απαντήσεις και καμία επιστροφή.

Αν τα χρήματα δεν επιστραφούν μέσα σε δέκα ημέρες, θα υποβάλω καταγγελία
στον Συνήγορο του Καταναλωτή και στη Γενική Γραμματεία Εμπορίου.

Μαρία Κωνσταντινίδου
Θεσσαλονίκη"""),
("el", "b124-gl-chargeback-foto-app", "Thanos Karras <thanos.k@example.gr>", "XREWSH META THN AKYRWSH", "billing", "high",
"""Akyrwsa to LumaForge Pro stis 20/1, exw to email epivevaiwshs. Stis
20/2 me xrewsate PALI 11,99. Kai stis 20/3 ksana.

Exw hdh milhsei me thn trapeza mou. An mexri th Deytera den exoun
epistrafei kai ta dyo posa kanw amfisvhthsh xrewshs (chargeback) kai
gia ta dyo. Den 8a to synexisw allo me mails.

Thanos"""),
("el", "b124-pdf-dyo-fores-proistamenos", "Γιώργος Αλεξίου <g.alexiou@example.gr>", "Διπλη αγορα αδειας - θελω προισταμενο", "billing", "high",
"""Καλησπερα,

Απο λαθος αγορασα δυο φορες την ιδια αδεια PaperTrail PDF Pro (149 ευρω
η καθε μια) μεσα σε πεντε λεπτα, γιατι η πρωτη πληρωμη φαινοταν οτι
απετυχε. Ζητησα επιστροφη για τη μια πριν απο τρεις εβδομαδες και ακομα
περιμενω. Στο τηλεφωνο μου λενε συνεχεια «το προωθησαμε».

Θελω να μιλησω με προισταμενο η υπευθυνο του τμηματος, οχι με αλλον
εκπροσωπο. Τηλ. 697 000 4412.

Γιωργος Αλεξιου"""),
("el", "b124-docarta-idi-exargyromeni", "Δανάη Φραγκιαδάκη <danai.fr@example.gr>", "Δωροκάρτα 20 €", "billing", "",
"""Γεια σας, πήρα δωροκάρτα PlayHub των 20 € από σούπερ μάρκετ για τα
γενέθλια του ανιψιού μου. Όταν πήγε να βάλει τον κωδικό λέει «ο κωδικός
έχει ήδη εξαργυρωθεί». Την ξύσαμε εκείνη τη στιγμή, δεν την έχει δει
κανείς άλλος. Έχω την απόδειξη αγοράς. Τι μπορούμε να κάνουμε;"""),
("el", "b124-den-thelo-epistrofi-oikogeneiako", "Χαράλαμπος Νικολάου <ch.nikolaou@example.com.cy>", "Αλλαγή πακέτου", "billing", "",
"""Καλημέρα σας,

Δεν θέλω επιστροφή χρημάτων, είμαι πολύ ευχαριστημένος. Έχω το ατομικό
πακέτο του SafeNest (35,88 € τον χρόνο) και θέλω να περάσω στο
οικογενειακό για να μπουν και η σύζυγος και τα δύο παιδιά. Πόσο θα μου
κοστίσει η διαφορά για τους μήνες που απομένουν;

Χαράλαμπος
Λεμεσός"""),
("el", "b124-gl-pausi-melania-kalokairi", "Popi Marinaki <popi.marinaki@example.gr>", "kalokairi", "billing", "",
"""kalhmera! apo Iounio mexri telh Septemvriou 8a eimaste sto xwrio sthn
Kriti kai to spiti sthn A8hna 8a einai kleisto. ginetai na pagwsei h
syndromh melaniwn gia ayto to diasthma, na mhn erxontai pakseta kai na mh
xrewnomai? meta na ksekinhsei pali kanonika. eyxaristw polu!!"""),
("el", "b124-antivirus-argei-pc", "Ευάγγελος Ράπτης <vaggelis.raptis@example.gr>", "Πολύ αργός υπολογιστής", "technical", "",
"""Από τότε που εγκατέστησα το ShieldGuard ο υπολογιστής έχει γίνει
απελπιστικά αργός. Στη Διαχείριση εργασιών βλέπω τη διεργασία «SGService»
στο 90-100% του επεξεργαστή σχεδόν όλη την ώρα, ακόμα κι όταν δεν τρέχει
σάρωση. Windows 10, i5, 8 GB μνήμη. Υπάρχει κάποια ρύθμιση;"""),
("el", "b124-gl-firefox-epektasi", "Mixalis Tzanis <m.tzanis@example.gr>", "epektash firefox", "technical", "",
"""H epektash SafeNest den emfanizetai pleon ston Firefox meta thn
teleytaia enhmerwsh tou browser. Sto about:addons leei "energh" alla
den yparxei eikonidio kai den symplhrwnei tipota. Se Chrome douleyei
kanonika. Linux Mint 21."""),
("el", "b124-tv-store-sfalma-105", "Ανδρέας Γκίκας <andreas.gkikas@example.gr>", "Σφαλμα 105", "technical", "",
"""Καλησπερα. Οταν ανοιγω το καταστημα εφαρμογων στην τηλεοραση Sentra
βγαζει «Σφαλμα 105 - Δεν ηταν δυνατη η συνδεση με τον διακομιστη».
Το ιντερνετ δουλευει κανονικα, το YouTube παιζει. Εκανα επαναφορα
ρυθμισεων δικτυου. Μοντελο S43-F2."""),
("el", "b124-gl-konsola-den-einai-plirwmi", "Giorgos Lampris <glampris@example.gr>", "online", "technical", "",
"""Oxi, den einai thema plhrwmhs, h syndromh einai plhrwmenh mexri ton
Oktwvrio (to elegksa). Apla apo thn Kyriakh den mpainw se kanena online
paixnidi, vgazei "NW-3021 H syndesh me to Arcadia Online diakophke".
Router to ekana restart, kalwdio to valame kateu8eian. Ti allo na kanw?"""),
("el", "b124-fysigio-trexei-melani", "Κατερίνα Σαββίδου <katerina.savvidou@example.gr>", "Μελάνι παντού", "technical", "",
"""Καλημέρα σας,

Το μαύρο φυσίγγιο από το τελευταίο δέμα της συνδρομής τρέχει μελάνι.
Μόλις το έβαλα στον εκτυπωτή λέρωσε τη θήκη, τον κύλινδρο και τα
πρώτα χαρτιά. Τα προηγούμενα ήταν μια χαρά. Μπορείτε να μου πείτε τι
να κάνω; Να συνεχίσω να το χρησιμοποιώ;

Κατερίνα"""),
("el", "b124-gl-foto-app-kleinei-iphone", "Dimitra Vlachou <dim.vlachou@example.gr>", "LumaForge iphone", "technical", "",
"""Geia, h efarmogh sto iPhone 13 kleinei monh ths otan pataw "Ejagwgh"
se fwtografies apo th mhxanh (RAW). Oi fwtografies apo to kinhto
vgainoun kanonika. To ekana delete kai ksana egkatastash, tipota."""),
("el", "b124-pdf-psifiaki-ypografi", "Παναγιώτης Ζέρβας <p.zervas@example.gr>", "Ψηφιακή υπογραφή", "technical", "",
"""Καλησπέρα,

Υπογράφω έγγραφα με το PaperTrail PDF χρησιμοποιώντας την ψηφιακή
υπογραφή μου (USB token). Από την τελευταία ενημέρωση, όταν ο
παραλήπτης ανοίγει το αρχείο, βγαίνει «Η υπογραφή δεν είναι έγκυρη -
το έγγραφο έχει τροποποιηθεί». Δεν αλλάζω τίποτα μετά την υπογραφή. Με
την έκδοση 11 δούλευε κανονικά.

Π. Ζέρβας, δικηγόρος"""),
("el", "b124-logistiko-mydata-antivirus", "Λογιστικό Γραφείο Μαυρίδη <info@mavridis-logistiki.example>", "Δεν φεύγει τίποτα προς ΑΑΔΕ", "technical", "high",
"""Καλημέρα,

Από χθες το απόγευμα, μετά την ενημέρωση του ShieldGuard Business, το
πρόγραμμα διαβίβασης στο myDATA και η πρόσβαση στο Taxisnet μπλοκάρονται
σε όλους τους υπολογιστές του γραφείου («μη ασφαλής σύνδεση -
αποκλείστηκε»).

Έχουμε προθεσμία αύριο για ΦΠΑ και παραστατικά για πάνω από 60
πελάτες και αυτή τη στιγμή δεν μπορούμε να υποβάλουμε τίποτα. Οι
υπάλληλοι κάθονται. Παρακαλώ καλέστε στο 2310 000 567.

Σωτήρης Μαυρίδης"""),
("el", "b124-fortistis-xeiristiriou-elose", "Ευτυχία Δημάκη <eftychia.dimaki@example.gr>", "Βάση φόρτισης χειριστηρίων", "technical", "high",
"""Καλησπέρα σας,

Σας γράφω για τη βάση φόρτισης των χειριστηρίων Arcadia που αγοράσαμε
τα Χριστούγεννα. Χθες το βράδυ, ενώ φόρτιζε, το πλαστικό γύρω από την
υποδοχή του ενός χειριστηρίου έλιωσε λίγο και μύριζε καμένο. Την
αποσυνδέσαμε αμέσως και δεν την ξαναχρησιμοποιήσαμε.

Πώς προχωράμε; Να τη στείλω κάπου για έλεγχο;

Ευτυχία Δημάκη
Λάρισα"""),
("el", "b124-gl-ektypotis-spithes", "Takis Mourtzos <takis.mourtzos@example.gr>", "ektypwths", "technical", "high",
"""Kalhmera. O ektypwths pou mas hr8e me th syndromh vgazei spi8es sto
shmeio pou mpainei to kalwdio revmatos sto pisw meros, to eida xtes
vrady me ta matia mou, kai mirizei kamena. Ton evgala apo thn prisa. Ti
kanoume? Na ton steilw pisw?

Takis, Kalamata"""),
("el", "b124-eshop-sso-kanenas-den-mpainei", "Διαχείριση <admin@kalathaki-eshop.example>", "Οι υπαλληλοι δεν μπαινουν πουθενα", "technical", "high",
"""Γεια σας,

Απο τις 9 το πρωι το single sign-on του SafeNest Business δεν δουλευει,
βγαζει «Invalid SAML response». Οι 40 υπαλληλοι μας δεν μπορουν να
μπουν ουτε στο διαχειριστικο του e-shop, ουτε στο συστημα αποθηκης,
ουτε στις κουριερ.

Εχουμε 300 παραγγελιες που περιμενουν να φυγουν σημερα και δεν
μπορουμε να εκτυπωσουμε ουτε ενα voucher. Παρακαλω αμεση βοηθεια.

Στελιος Ραπτακης
IT, kalathaki.example"""),
("el", "b124-erotisi-email-epanaforas", "Ουρανία Πετράκη <ourania.petraki@example.gr>", "Ερώτηση", "technical", "",
"""Καλημέρα, πατάω «Ξέχασα τον κωδικό» στο Arcadia Online αλλά το email
επαναφοράς δεν έρχεται ποτέ, ούτε στα ανεπιθύμητα. Το δοκίμασα πέντε
φορές από χθες."""),
("el", "b124-gl-word-mi-adeiodotimeno", "Lefteris Stathis <lefteris.stathis@example.gr>", "WordCraft", "technical", "",
"""kalhspera, to WordCraft mou vgazei kokkinh mpara "mh adeiodothmeno
proion" kai den me afhnei na epeksergastw arxeia, mono anagnwsh. Sto
logariasmo mou sto site h adeia fainetai energh mexri to 2026. Exw
kanei aposyndesh kai syndesh, tipota. Windows 11."""),
("el", "b124-efxaristo-kyria-anna", "Αικατερίνη Βασιλείου <aik.vasileiou@example.gr>", "Ένα μεγάλο ευχαριστώ", "general", "",
"""Αγαπητοί κύριοι,

Είμαι 74 ετών και δεν τα πάω καλά με τους υπολογιστές. Την Τρίτη
τηλεφώνησα στην εξυπηρέτησή σας και μίλησα με την κυρία Άννα, η οποία με
υπομονή αγγέλου μου έδειξε βήμα βήμα πώς να βρίσκω τους κωδικούς μου
στο κινητό. Δεν με έκανε ούτε μία στιγμή να νιώσω χαζή.

Θα ήθελα να το ξέρουν οι προϊστάμενοί της.

Με εκτίμηση,
Αικατερίνη Βασιλείου
Βόλος"""),
("el", "b124-gl-orario-pasxa", "Nefeli Andreou <nefeli.andreou@example.gr>", "wrario", "general", "",
"""Geia sas, 8a leitourgei h thlefwnikh ejyphrethsh to Megalo Savvato kai
th Deytera tou Pasxa? Eyxaristw"""),
("el", "b124-gdpr-apdpx-apeili", "Ιάκωβος Μελάς <iakovos.melas@example.gr>", "Αίτημα πρόσβασης στα δεδομένα μου (2η φορά)", "general", "high",
"""Κύριοι,

Στις 10 Μαρτίου υπέβαλα αίτημα πρόσβασης βάσει του άρθρου 15 του ΓΚΠΔ
για όλα τα προσωπικά δεδομένα που τηρείτε για μένα, συμπεριλαμβανομένων
των ηχογραφήσεων κλήσεων. Η προθεσμία του ενός μήνα έχει παρέλθει χωρίς
καμία απάντηση.

Εάν δεν λάβω τα δεδομένα εντός επτά ημερών, θα υποβάλω καταγγελία στην
Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα.

Ιάκωβος Μελάς"""),
("el", "b124-allagi-eponymou-gamos", "Ραλλου Χατζη <rallou.chatzi@example.gr>", "Αλλαγη επωνυμου", "general", "",
"""Καλημερα σας, παντρευτηκα προσφατα και θελω να αλλαξει το επωνυμο στο
λογαριασμο μου απο Ζαχαριου σε Χατζη. Το email μενει το ιδιο. Τι
χρειαζεστε απο μενα; Ευχαριστω, Ραλλου"""),
("el", "b124-gl-xorigia-esports-larisa", "Syllogos Goneon 4ou GEL <syllogos.4gel@example.gr>", "Xorhgia", "general", "",
"""Kalhspera sas,

eimaste o Syllogos Gonewn tou 4ou Lykeiou Larisas. Ta paidia ftiaksane
omada e-sports kai perasan sto panellhnio sxolikou prwta8lhmatos sthn
A8hna ton Maio. Psaxnoume xorhgo gia ta eishthria kai tis mplouzes
ths omadas. 8a mporouse h Arcadia na voh8hsei me kapoio tropo? Se poion
na apey8yn8oume?

Me ektimhsh,
Fwtinh Galani, proedros"""),
("el", "b124-agenis-ypallilos-diefthyntis", "Σπύρος Θεοδωρόπουλος <spyros.theod@example.gr>", "Συμπεριφορά υπαλλήλου σας", "general", "high",
"""Κύριοι,

Σήμερα στις 11:40 πήρα τηλέφωνο την εξυπηρέτηση πελατών για μια απλή
ερώτηση. Ο υπάλληλος που απάντησε (είπε το όνομα Μάριος) μου μίλησε
ειρωνικά, μου είπε «αν δεν ξέρετε να χρησιμοποιείτε υπολογιστή μην
αγοράζετε» και μου έκλεισε το τηλέφωνο.

Ζητώ να με καλέσει ο διευθυντής του τμήματος εξυπηρέτησης. Τέτοια
συμπεριφορά δεν την έχω ξαναδεί.

Σπύρος Θεοδωρόπουλος
694 000 3371"""),
("el", "b124-katastima-gyalino-rafi", "Ζωή Παπαδάκη <zoi.papadaki@example.gr>", "Κατάστημα Τσιμισκή", "general", "high",
"""Καλησπέρα σας,

Χθες ήμουν με τα παιδιά στο κατάστημά σας στην Τσιμισκή. Στον χώρο με
τις κονσόλες επίδειξης, ένα γυάλινο ράφι στον τοίχο κρέμεται από τη
μία μεριά και κουνιέται όταν το ακουμπάς, ακριβώς στο ύψος του
κεφαλιού ενός παιδιού. Το είπα σε υπάλληλο και μου είπε «το ξέρουμε».

Αν πέσει θα χτυπήσει κάποιο παιδί. Παρακαλώ να το κοιτάξετε άμεσα.

Ζωή Παπαδάκη"""),
("el", "b124-xechasa-tablet-peiraias", "Ηλίας Κουρής <ilias.kouris@example.gr>", "Ξέχασα το τάμπλετ μου", "general", "",
"""Καλημέρα, την Πέμπτη το πρωί ήρθα στο σημείο εξυπηρέτησης στον Πειραιά
(Ηρώων Πολυτεχνείου) και νομίζω ότι ξέχασα πάνω στον πάγκο ένα τάμπλετ
σε μπλε θήκη. Μήπως το βρήκε κάποιος; Μπορώ να περάσω να το πάρω."""),
("el", "b124-gl-linux-yposthrizetai", "Spyridoula K. <spyridoula.k@example.gr>", "Linux", "general", "",
"""Kalhmera, yparxei ekdosh tou ShieldGuard gia Linux (Ubuntu) h mono gia
Windows kai Mac? To skeftomai gia to grafeio."""),
("el", "b124-tournoua-athina-eggrafi", "Άρης Μανωλάκης <aris.manolakis@example.gr>", "Τουρνουά Αθήνας", "general", "",
"""Γεια σας, είδα ότι στις 18 Μαΐου κάνετε τουρνουά Arcadia στο Γκάζι.
Οι εγγραφές γίνονται μόνο online; Μπορεί να δηλώσει ομάδα δύο ατόμων
ή μόνο ατομικά; Ευχαριστώ."""),
("el", "b124-paradosi-thyroros", "Χρυσάνθη Λιάπη <chrysanthi.liapi@example.gr>", "Παραδοση μελανιων", "general", "",
"""Καλημερα, τις καθημερινες λειπω στη δουλεια. Μπορει ο κουριερ να
αφηνει τα μελανια στον θυρωρο της πολυκατοικιας (κ. Στελιο, ισογειο);
Διευθυνση Πατησιων 210, Αθηνα. Ευχαριστω."""),
("el", "b124-gl-fovero-update-skotwsate", "Panos Ntelis <panos.ntelis@example.gr>", "respect", "general", "",
"""Re paidia to kainourgio update tou LumaForge einai trela! To
aytomato kopsimo fontou to skotwsate, ekana se 10 lepta douleia pou
mou epairne mia wra. Mpravo sthn omada."""),
("el", "b124-parapono-ypallilos-peripteras", "Ελπίδα Καλογεράκη <elpida.kalogeraki@example.gr>", "Περίπτερο στο Mall", "general", "",
"""Καλησπέρα,

Το Σάββατο πέρασα από το περίπτερό σας στο Mall για να ρωτήσω για τη
συνδρομή των μελανιών. Οι δύο κοπέλες που ήταν εκεί μιλούσαν στο κινητό
και με άφησαν να περιμένω πάνω από δέκα λεπτά χωρίς να με κοιτάξουν.
Όταν τελικά ρώτησα, η απάντηση ήταν «δείτε το στο site».

Απλώς για να το ξέρετε. Δεν είναι αυτή η εικόνα που θέλετε να δίνετε.

Ελπίδα Καλογεράκη"""),
# ---------------- Spanish ----------------
("es", "b124-antivirus-renovacion-sin-aviso", "Jordi Puigvert <jordi.puigvert@example.es>", "Renovación automática", "billing", "",
"""Buenos días:

El día 14 me cargasteis 79,99 € por la renovación de ShieldGuard Total
Security. El año pasado pagué 29,99 € y en ningún momento recibí un
aviso de que el precio iba a subir tanto ni de que se renovaría solo.

No quiero seguir con el producto a ese precio. Os pido que anuléis la
renovación y me devolváis el importe.

Un saludo,
Jordi Puigvert
Girona"""),
("es", "b124-tinta-hija-termino-prepa", "Guadalupe Ramírez <lupita.ramirez@example.com.mx>", "cartuchos", "billing", "",
"""Buenas tardes, mi hija ya terminó la prepa y se fue a estudiar a
Guadalajara, se llevó su laptop y aquí ya nadie imprime nada. Les pido
de favor que ya no me manden cartuchos ni me cobren los 189 pesos al
mes. Muchas gracias.

Lupita Ramírez"""),
("es", "b124-cobro-en-dolares-pesos", "Facundo Bianchi <facu.bianchi@example.com.ar>", "Pago en pesos?", "billing", "",
"""Hola, que tal. Tengo el plan anual de LumaForge y me lo cobran en
dolares, USD 119. Con los impuestos que me agrega la tarjeta termino
pagando casi el doble en pesos. Hay alguna forma de pagarlo en pesos
argentinos, con Mercado Pago o transferencia? Vi que otros programas
tienen precio regional. Gracias!

Facundo"""),
("es", "b124-factura-autonomo-nif", "Marta Llorente <marta.llorente@example.es>", "Factura con mis datos", "billing", "",
"""Hola,

Soy autónoma (traductora) y compré PaperTrail PDF Pro el día 3 (pedido
PT-611048, 149 €). Necesito una factura completa con mis datos para
poder deducirla, no el recibo que me llegó por correo:

Marta Llorente Sanz
NIF 12345678Z
C/ San Vicente Ferrer 21, 3.º B
28004 Madrid

Gracias de antemano,
Marta"""),
("es", "b124-cuotas-tarjeta-colombia", "Andrés Felipe Rojas <andresf.rojas@example.com.co>", "Pago a cuotas", "billing", "",
"""Buenas noches, quisiera saber si el plan anual de LumaForge (460.000
pesos) se puede pagar a cuotas con tarjeta de crédito, como a 3 o 6
cuotas. En la página solo me sale pago de contado. Quedo atento,
gracias."""),
("es", "b124-doble-cargo-membresia-profeco", "Rodrigo Salazar <rodrigo.salazar@example.com.mx>", "Cobro doble Arcadia Online", "billing", "high",
"""Buenas tardes.

El 2 de este mes me cobraron dos veces la membresía anual de Arcadia
Online, 699 MXN cada una, en la misma tarjeta y en la misma cuenta. Ya
levanté el reporte con ustedes (folio AO-7731904) hace 15 días y nadie
me ha contestado.

Si no me reembolsan el cargo duplicado esta semana, voy a poner una queja
formal ante la Profeco con todos los comprobantes.

Rodrigo Salazar
Puebla"""),
("es", "b124-gestor-plan-familiar-madre-fallecio", "Inmaculada Ortega <inma.ortega@example.es>", "Plan familiar - mi madre", "billing", "",
"""Hola,

Mi madre, que estaba incluida en nuestro plan familiar de SafeNest,
falleció el mes pasado. Ahora quedamos solo mi marido y yo, así que nos
basta con un plan para dos o incluso con dos individuales si sale más
barato. ¿Podéis cambiarnos el plan y decirme cuánto pagaríamos? El cargo
es de 59,88 € al año y se renueva en junio.

Gracias,
Inma"""),
("es", "b124-reintegro-prometido-supervisor", "Valeria Quiroga <vale.quiroga@example.com.ar>", "Reintegro - quiero hablar con un supervisor", "billing", "high",
"""Hola.

El 5 de marzo me confirmaron por chat el reintegro de los USD 35,88 del
SafeNest que me cobraron despues de dar de baja la cuenta. Me dijeron
10 dias habiles. Ya pasaron cinco semanas. Llame tres veces, cada vez me
atiende alguien distinto que no ve nada de lo anterior.

No quiero hablar con otro operador. Quiero que me contacte un supervisor
o alguien con autoridad para resolverlo, hoy.

Valeria Quiroga
+54 9 11 5555-0193"""),
("es", "b124-cobro-tras-baja-contracargo", "Sergio Navarro <sergio.navarro@example.es>", "Cobro después de darme de baja", "billing", "high",
"""Me di de baja de WordCraft 365 el 28 de enero (tengo el correo de
confirmación) y el 1 de febrero me cobrasteis 10 € igualmente, y el 1 de
marzo otros 10 €.

O me devolvéis los 20 € esta semana o pido la devolución de los cargos
a mi banco. Vosotros veréis.

Sergio"""),
("es", "b124-tarjeta-regalo-tv-sin-saldo", "Catalina Muñoz <cata.munoz@example.cl>", "Tarjeta de regalo", "billing", "",
"""Hola, me regalaron una tarjeta de 20.000 pesos para la tienda de
aplicaciones de la tele Sentra. Puse el código, me salió "canjeado con
éxito" pero el saldo sigue en cero. Tengo foto de la tarjeta y del
mensaje. ¿Me pueden cargar el saldo?

Catalina"""),
("es", "b124-no-quiero-devolucion-anual", "Álvaro Domínguez <alvaro.dominguez@example.es>", "Paso a anual", "billing", "",
"""Buenas, no quiero que me devolváis nada, tranquilos. Llevo un año con
la cuota mensual de LumaForge (11,99 €) y quiero pasarme al plan anual
que sale más barato. ¿Se me descuenta lo que ya he pagado este mes o
tengo que esperar a que termine?"""),
("es", "b124-pausar-suscripcion-campo", "Heriberto Cázares <heriberto.cazares@example.com.mx>", "Suscripcion", "billing", "",
"""Buen dia, por motivo de trabajo me voy tres meses a un rancho en la
sierra de Chihuahua y alla no hay ni luz casi, mucho menos internet.
Se puede pausar mi suscripcion de WordCraft esos tres meses para no
pagar los 129 pesos mensuales, y luego la reactivo? No la quiero
cancelar porque tengo ahi mis plantillas.

Saludos
Heriberto Cázares"""),
("es", "b124-re-pedido-factura-duplicado", "Pilar Gallego <pilar.gallego@example.es>", "RE: Su pedido PT-598803 ha sido confirmado", "billing", "",
"""Buenas tardes,

Nuestra gestoría ha perdido la factura de este pedido. ¿Me podrían
enviar un duplicado a esta dirección? Gracias.

Pilar Gallego
Administración - Gallego Reformas S.L.

-----Mensaje original-----
De: PaperTrail <pedidos@papertrail.example>
Enviado: lunes, 8 de enero de 2024 10:02
Asunto: Su pedido PT-598803 ha sido confirmado

Gracias por su compra.
2 x PaperTrail PDF Pro - licencia perpetua    298,00 EUR
IVA 21%                                         62,58 EUR
Total                                          360,58 EUR"""),
("es", "b124-precio-ong-descuento", "Fundación Raíces <info@fundacionraices.example>", "Precio para ONG", "billing", "",
"""Estimados/as:

Somos una fundación pequeña de Sevilla que trabaja con jóvenes en
riesgo de exclusión. Necesitamos licencias de WordCraft para los 12
ordenadores de nuestra aula. ¿Tienen precios especiales o descuentos
para entidades sin ánimo de lucro? Podemos enviar los estatutos y el
certificado de inscripción.

Muchas gracias,
Rocío Benítez
Coordinadora"""),
("es", "b124-antivirus-bloquea-impresora-red", "Tomás Iglesias <tomas.iglesias@example.es>", "No imprime desde que instalé el antivirus", "technical", "",
"""Hola:

Desde que instalé ShieldGuard, ningún ordenador de casa puede imprimir
en la impresora de red (una HP conectada por wifi). Si desactivo el
cortafuegos de ShieldGuard vuelve a funcionar. He intentado añadir la IP
de la impresora como excepción pero no sé si lo estoy haciendo bien.

Tomás"""),
("es", "b124-gestor-no-sincroniza-celular", "Ximena Orozco <ximena.orozco@example.com.mx>", "no se sincroniza", "technical", "",
"""Hola! Las contraseñas que guardo en la compu no aparecen en el celular
y al revés. Las dos apps dicen "sincronizado hace 3 días". Ya cerré
sesión y volví a entrar en los dos. Android 14 y Windows. Que hago?"""),
("es", "b124-tv-store-espacio-insuficiente", "Gustavo Ferreyra <gustavo.ferreyra@example.com.ar>", "No me deja instalar apps", "technical", "",
"""Buenas, en la tele Sentra quiero instalar una app de futbol y me dice
"espacio insuficiente", pero en configuracion dice que tengo 3,2 GB
libres y la app pesa 80 MB. Borre dos apps que no usaba y sigue igual.
Modelo S50-Q5."""),
("es", "b124-no-es-el-cobro-consola-online", "Iker Zubizarreta <iker.zubi@example.es>", "No puedo jugar online", "technical", "",
"""Aclaro antes de nada: no es por el cobro, eso está bien y la membresía
sale activa hasta diciembre.

El problema es que desde el sábado no puedo entrar en ninguna partida
online. Se queda en "buscando jugadores" y a los dos minutos sale el
error NX-4410. El test de conexión de la consola dice NAT tipo B y todo
correcto. Ya he reiniciado el router y la consola.

¿Alguna idea?
Iker"""),
("es", "b124-ocr-no-reconoce-tildes", "Paola Restrepo <paola.restrepo@example.com.co>", "OCR", "technical", "",
"""Buenos días, cuando paso documentos escaneados por el reconocimiento
de texto de PaperTrail, todas las palabras con tilde y las eñes salen
mal ("informaci?n", "a?o"). Tengo el idioma puesto en español. ¿Hay algo
que deba configurar? Gracias."""),
("es", "b124-filtro-ia-se-queda-cargando", "Nerea Castaño <nerea.castano@example.es>", "Filtro IA", "technical", "",
"""hola, el filtro de retoque con IA de LumaForge se queda en "procesando"
indefinidamente, he llegado a dejarlo 20 minutos. el resto de
herramientas va bien. macbook air m1, ultima version."""),
("es", "b124-despacho-cfdi-cuarentena", "Despacho Contable Herrera <contacto@herreracontadores.example>", "No podemos timbrar", "technical", "high",
"""Buenos días,

Desde la actualización de ShieldGuard Business de anoche, el programa
con el que timbramos los CFDI se va a cuarentena en las 9 computadoras
del despacho. Lo restauramos y a los pocos segundos lo vuelve a
bloquear.

Llevamos toda la mañana sin poder emitir una sola factura. Tenemos
clientes esperando en recepción y mañana vence el pago provisional de
varios. Les pido que nos llamen al 33 5555 0472 en cuanto lean esto.

C.P. Mauricio Herrera"""),
("es", "b124-mando-hinchado-olor", "Begoña Arrieta <begona.arrieta@example.es>", "Mando de la consola", "technical", "high",
"""Hola, buenas.

Os escribo por uno de los mandos de la Arcadia. Esta mañana he visto
que la carcasa está abombada, como si algo dentro se hubiera hinchado,
y mientras cargaba olía un poco a quemado. Lo he desenchufado y lo he
dejado en el balcón, sobre una baldosa, por si acaso.

¿Qué hago con él? ¿Me lo cambiáis?

Begoña"""),
("es", "b124-impresora-chispazo-enchufar", "Norma Giménez <norma.gimenez@example.com.ar>", "La impresora del plan", "technical", "high",
"""Hola. Les cuento que la impresora que vino con el plan de tinta hizo
un chispazo cuando la enchufe esta manana y quedo olor a plastico
quemado en la pieza. En la parte de atras, donde entra el cable, hay
una marca negra. No la volvi a enchufar. Que hago?

Norma Gimenez
Rosario"""),
("es", "b124-academia-licencias-examen", "Academia Lumen <secretaria@academialumen.example>", "Licencias desactivadas", "technical", "high",
"""Buenos días:

Esta mañana, sin previo aviso, todas las licencias de WordCraft de
nuestra aula (30 equipos) aparecen como "producto sin licencia" y solo
permiten leer documentos.

A las 10:00 teníamos el examen oficial de ofimática de 30 alumnos y lo
hemos tenido que aplazar. A las 16:00 tenemos otro grupo. Necesitamos
que alguien lo revise urgentemente.

Secretaría - Academia Lumen, Valladolid
983 000 214"""),
("es", "b124-hola-codigo-2fa", "Camila Vargas <camila.vargas@example.cl>", "Hola", "technical", "",
"""Hola, no me llega el código de verificación por SMS para entrar a
SafeNest. Le di a reenviar como diez veces. El número está bien, termina
en 4471. ¿Cómo entro?"""),
("es", "b124-raw-se-cierra-app", "Joaquín Peña <joaquin.pena@example.cl>", "Se cierra al abrir RAW", "technical", "",
"""Buenas, LumaForge se cierra sin mensaje de error cada vez que abro un
archivo RAW de mi Fujifilm X-T30. Los JPG los abre sin problema. Windows
11, versión 8.2. Ya reinstalé."""),
("es", "b124-pedido-enlace-caducado", "Luis Ballesteros <luis.ballesteros@example.es>", "Pedido 55810", "technical", "",
"""El enlace para restablecer la contraseña dice "enlace caducado" nada más abrirlo, incluso recién recibido. Lo he pedido tres veces."""),
("es", "b124-gracias-tecnico-rafa", "Montserrat Vidal <montse.vidal@example.es>", "Agradecimiento", "general", "",
"""Buenas tardes,

Solo quería dar las gracias a Rafa, del servicio técnico por teléfono.
Me ayudó a recuperar todas las fotos de la boda de mi hijo, que creía
perdidas, y tuvo una paciencia infinita conmigo. Hacía tiempo que no me
atendían tan bien en ningún sitio.

Un abrazo,
Montse Vidal"""),
("es", "b124-horario-semana-santa", "Jesús Medina <jesus.medina@example.com.mx>", "horario", "general", "",
"""Buen día, ¿qué horario tiene el soporte por teléfono el jueves y viernes santo? Gracias"""),
("es", "b124-rgpd-aepd-sin-respuesta", "Elena Carrasco <elena.carrasco@example.es>", "Derecho de acceso - sin respuesta", "general", "high",
"""Estimados señores:

El pasado 4 de marzo ejercí mi derecho de acceso (art. 15 RGPD)
solicitando copia de todos los datos personales que SafeNest trata
sobre mí. Ha transcurrido más de un mes sin respuesta alguna.

Si en el plazo de diez días no recibo la información, presentaré una
reclamación ante la Agencia Española de Protección de Datos.

Atentamente,
Elena Carrasco Ruiz
DNI 00000000T"""),
("es", "b124-cambio-domicilio-cartuchos", "Martín Sosa <martin.sosa@example.com.ar>", "Cambio de direccion", "general", "",
"""Hola, me mude. A partir del proximo envio los cartuchos me los tienen
que mandar a: Av. Colon 1450, 5 B, Cordoba capital (CP 5000). El resto
de los datos queda igual. Gracias."""),
("es", "b124-patrocinio-torneo-benefico", "Asociación Zaragoza Juega <hola@zaragozajuega.example>", "Propuesta de patrocinio", "general", "",
"""Hola, equipo de Arcadia:

Desde la Asociación Zaragoza Juega organizamos el 15 de junio un torneo
benéfico de videojuegos a favor del banco de alimentos. Esperamos unas
200 personas. ¿Estaríais interesados en patrocinar el evento o en ceder
alguna consola como premio? Os mandamos el dosier si queréis.

Gracias y un saludo,
Irene Lasheras"""),
("es", "b124-trato-agente-quiero-jefe", "Luz Marina Ospina <luzmarina.ospina@example.com.co>", "Pésima atención", "general", "high",
"""Buenas tardes.

Hoy llamé a la línea de atención y la señorita que me atendió me habló
de mala manera, me dijo que "eso lo sabe cualquiera" y me colgó cuando
le pedí que me repitiera las instrucciones. Tengo 70 años y no tengo
por qué aguantar ese trato.

Exijo hablar con el jefe o la persona encargada del servicio al
cliente. Espero su llamada al 300 555 0128.

Luz Marina Ospina"""),
("es", "b124-chamarra-olvidada-expo", "Diego Cervantes <diego.cervantes@example.com.mx>", "Objeto olvidado", "general", "",
"""Que tal, el domingo estuve en su stand de la expo de videojuegos en el
World Trade Center y se me quedó una chamarra negra de mezclilla en una
de las sillas de la zona de pruebas. Traía en la bolsa unas llaves con
un llavero del Cruz Azul. ¿Alguien la entregó?"""),
("es", "b124-escalon-roto-tienda-valencia", "Ferran Soler <ferran.soler@example.es>", "Tienda de Valencia", "general", "high",
"""Hola,

El sábado estuve en vuestra tienda de la calle Colón en Valencia. El
escalón que baja a la zona de consolas de prueba tiene el borde roto y
suelto, y vi a una señora mayor tropezar y casi caerse. Se lo dije a un
dependiente y me dijo que ya lo sabían desde hace semanas.

Antes de que alguien se rompa algo, arregladlo o poned al menos un
aviso.

Ferran Soler"""),
("es", "b124-antivirus-sirve-mac", "Ignacio Fuentes <ignacio.fuentes@example.cl>", "Consulta", "general", "",
"""Hola, ¿el ShieldGuard funciona en Mac o solo en Windows? Y si compro
la licencia de 3 equipos, ¿puedo mezclar un Mac y dos PC?"""),
("es", "b124-la-nueva-version-es-una-bomba", "Lucía Herrero <lucia.herrero@example.es>", "Enhorabuena", "general", "",
"""No os escribo para quejarme, al contrario: la nueva versión de
LumaForge es una bomba. La herramienta de quitar objetos me ha salvado
un reportaje entero. ¡Enhorabuena al equipo!"""),
("es", "b124-repartidor-maleducado", "Silvina Acosta <silvina.acosta@example.com.ar>", "El repartidor", "general", "",
"""Hola, les escribo porque el repartidor que trajo los cartuchos ayer
fue muy maleducado. Toco el timbre una vez, cuando baje (vivo en un
tercero sin ascensor) me grito que lo habia hecho esperar y me tiro la
caja. No pido nada, solo que lo sepan."""),
("es", "b124-taller-fotografia-madrid", "Beatriz Molina <beatriz.molina@example.es>", "Taller en Madrid", "general", "",
"""Hola, he visto en Instagram que vais a hacer un taller gratuito de
edición con LumaForge en Madrid. ¿Cuándo es exactamente y dónde hay que
apuntarse? ¿Hace falta llevar portátil?

Bea"""),
("es", "b124-entregar-con-vigilante", "Gabriela Nava <gaby.nava@example.com.mx>", "Entrega de cartuchos", "general", "",
"""Hola, vivo en un fraccionamiento cerrado y al repartidor no lo dejan
pasar. Por favor que dejen los paquetes con el vigilante de la caseta
de la entrada, ya le avisé. Calle Fresnos 32, Fracc. Los Álamos,
Querétaro. Gracias!"""),
# ---------------- Polish ----------------
("pl", "b124-antywirus-odnowienie-199", "Krzysztof Wąsik <k.wasik@example.pl>", "Automatyczne odnowienie", "billing", "",
"""Dzień dobry,

wczoraj z mojej karty zeszło 199 zł za odnowienie ShieldGuard Total
Security na kolejny rok. Rok temu płaciłem 69 zł i nikt mnie nie
poinformował, że cena tak wzrośnie ani że odnowienie jest automatyczne.

Nie chcę przedłużać licencji w tej cenie. Proszę o anulowanie
odnowienia i zwrot 199 zł na kartę.

Z poważaniem
Krzysztof Wąsik"""),
("pl", "b124-tusze-przeszlismy-na-e-faktury", "Biuro Nieruchomości Dom <biuro@dom-nieruchomosci.example>", "Abonament na tusze", "billing", "",
"""Dzień dobry,

od stycznia całe biuro przeszło na dokumenty elektroniczne i praktycznie
nic już nie drukujemy - drukarka stoi wyłączona od dwóch miesięcy, a
kartridże przychodzą i leżą w szafie. Prosimy o zakończenie abonamentu
(29,99 zł miesięcznie) z najbliższym terminem.

Pozdrawiam
Agnieszka Lis"""),
("pl", "b124-faktura-vat-nip-pdf", "Tomasz Górecki <tomasz.gorecki@example.pl>", "Faktura na firme", "billing", "",
"""Dzien dobry,

kupilem licencje PaperTrail PDF Pro (zamowienie PT-703355, 599 zl), ale
przy zakupie nie zaznaczylem, ze chce fakture na firme. Prosze o
wystawienie faktury VAT na dane:

Gorecki Projekt Tomasz Gorecki
NIP 5260000000
ul. Dluga 14/3, 31-147 Krakow

Dziekuje
Tomasz Gorecki"""),
("pl", "b124-przelew-termin-14-dni", "Księgowość <ksiegowosc@stalbud-opole.example>", "Płatność przelewem", "billing", "",
"""Dzień dobry,

planujemy zakup pakietu WordCraft Business dla 18 stanowisk. Czy mogą
Państwo wystawić fakturę proforma i czy możliwa jest płatność
przelewem z terminem 14 dni? Nasza firma nie płaci kartą za zakupy
powyżej 5000 zł.

Z poważaniem
Ewa Kostrzewa
Stalbud Opole Sp. z o.o."""),
("pl", "b124-podwojne-obciazenie-chargeback", "Mateusz Kaczmarek <mati.kaczmarek@example.pl>", "dwa razy pobrane", "billing", "high",
"""Pobraliscie mi dwa razy po 239 zl za roczny Arcadia Online, 5 marca,
ta sama karta, to samo konto. Zglaszalem to na czacie 10 dni temu i
dalej cisza.

Jak do piatku nie bedzie zwrotu drugiej platnosci to skladam w banku
reklamacje transakcji i niech bank to wyjasnia.

Mateusz"""),
("pl", "b124-syn-na-studiach-wlasne-konto", "Dorota Pawlak <dorota.pawlak@example.pl>", "Plan rodzinny", "billing", "",
"""Dzień dobry,

syn wyjechał na studia do Wrocławia i założył sobie własne konto
SafeNest, córka też ma już swoje. Zostałam sama w planie rodzinnym za
119 zł rocznie, który nie ma już sensu. Czy mogą Państwo przenieść mnie
na plan indywidualny i rozliczyć różnicę?

Pozdrawiam serdecznie
Dorota Pawlak"""),
("pl", "b124-odstapienie-rzecznik-uokik", "Jolanta Wrona <jolanta.wrona@example.pl>", "Odstąpienie od umowy - brak zwrotu", "billing", "high",
"""Szanowni Państwo,

8 lutego kupiłam roczną subskrypcję LumaForge (399 zł), a 11 lutego,
w ustawowym terminie 14 dni, złożyłam oświadczenie o odstąpieniu od
umowy. Do dziś nie otrzymałam zwrotu, a na moje dwa maile przyszły
tylko automatyczne odpowiedzi.

Jeżeli w ciągu 7 dni pieniądze nie wrócą na moje konto, zwrócę się do
miejskiego rzecznika konsumentów i złożę skargę do UOKiK.

Jolanta Wrona
Lublin"""),
("pl", "b124-dwie-licencje-przelozony", "Rafał Szymański <rafal.szymanski@example.pl>", "Prosze o kontakt przelozonego", "billing", "high",
"""Dzien dobry,

przez blad na stronie (platnosc wisiala, wiec kliknalem jeszcze raz)
kupilem dwa razy ta sama licencje PaperTrail PDF Pro po 599 zl. Zwrot
jednej zglaszam od trzech tygodni, dzwonilem cztery razy i za kazdym
razem slysze, ze "sprawa jest w toku".

Nie chce juz rozmawiac z infolinia. Prosze, zeby skontaktowal sie ze mna
przelozony albo kierownik dzialu, ktory moze ten zwrot zatwierdzic.
Tel. 601 000 388.

Rafal Szymanski"""),
("pl", "b124-kod-doladowania-portfel", "Kacper Nowicki <kacper.nowicki@example.pl>", "Kod 100 zł", "billing", "",
"""Hej, kupiłem w Żabce kod doładowania PlayHub za 100 zł. Wpisałem go na
konsoli, pokazało "kod zrealizowany", ale w portfelu dalej jest 0,00 zł.
Mam paragon i zdjęcie kodu. Gdzie są moje pieniądze?"""),
("pl", "b124-nie-chce-zwrotu-rabat-lojalnosciowy", "Halina Grabowska <halina.grabowska@example.pl>", "Przedłużenie", "billing", "",
"""Dzień dobry,

nie chodzi mi o żaden zwrot, jestem zadowolona z programu. Za miesiąc
kończy mi się trzyletnia licencja ShieldGuard i chciałam zapytać, czy
dla stałych klientów jest jakiś rabat przy przedłużeniu. Na stronie
widzę cenę 249 zł, a nowi klienci mają 129 zł.

Pozdrawiam
Halina Grabowska"""),
("pl", "b124-zawieszenie-tuszy-remont", "Paweł Zieliński <pawel.zielinski@example.pl>", "Zawieszenie", "billing", "",
"""Czesc, robimy generalny remont mieszkania i przez jakies 4 miesiace
mieszkamy u tesciow, drukarka jest spakowana w kartonie. Da sie zawiesic
abonament na tusze na ten czas, zeby nic nie przychodzilo i nie bylo
pobierane? Potem chcemy wrocic.

Pawel"""),
("pl", "b124-odp-zamowienie-blik", "Beata Michalak <beata.michalak@example.pl>", "Odp: Twoje zamówienie czeka na płatność", "billing", "",
"""Dzień dobry, czy mogę zapłacić BLIK-iem? Nie mam karty kredytowej, a
przy płatności widzę tylko kartę i PayPal.

Beata

W dniu 12.04 PaperTrail <sklep@papertrail.example> napisał(a):
> Dziękujemy za zamówienie PT-718204.
> Zamówienie zostanie zrealizowane po zaksięgowaniu płatności
> w kwocie 199,00 zł.
> Link do płatności jest ważny 72 godziny."""),
("pl", "b124-dziecko-kupilo-w-grze-tv", "Monika Sadowska <monika.sadowska@example.pl>", "Zakupy na telewizorze", "billing", "",
"""Dzień dobry,

telewizor działa bez zarzutu, chodzi o płatności. Moja 8-letnia córka w
grze ze sklepu aplikacji Sentra kupiła pięć razy "pakiet kryształów" po
49,99 zł - karta była zapisana na koncie i nie było żadnego PIN-u.
Razem prawie 250 zł.

PIN już ustawiłam. Czy jest możliwość zwrotu tych zakupów? Nie zdawała
sobie sprawy, że to prawdziwe pieniądze.

Monika Sadowska"""),
("pl", "b124-licencje-dla-szkoly", "Sekretariat SP 12 <sekretariat@sp12-rzeszow.example>", "Licencje edukacyjne", "billing", "",
"""Dzień dobry,

czy oferują Państwo licencje edukacyjne WordCraft dla szkół
podstawowych? Potrzebujemy 25 stanowisk do pracowni informatycznej.
Prosimy o cennik i informację, czy możliwa jest faktura z odroczonym
terminem płatności.

Sekretariat Szkoły Podstawowej nr 12 w Rzeszowie"""),
("pl", "b124-antywirus-blokuje-strone-banku", "Zbigniew Kowalczyk <zbigniew.kowalczyk@example.pl>", "Nie moge wejsc do banku", "technical", "",
"""Od wczoraj ShieldGuard blokuje mi strone mojego banku, wyskakuje
czerwone okno "strona niebezpieczna, polaczenie zablokowane". Na
telefonie bank dziala normalnie. Jak to odblokowac? Nie jestem dobry w
komputerach, prosze prosto napisac.

Zbigniew Kowalczyk"""),
("pl", "b124-menedzer-nie-wypelnia-chrome", "Natalia Olszewska <natalia.olszewska@example.pl>", "autouzupełnianie", "technical", "",
"""Cześć, od aktualizacji SafeNest w Chrome nie wypełnia mi haseł. Ikonka
w polu logowania jest, klikam i nic. W aplikacji na telefonie wszystko
działa. Windows 11, reinstalowałam rozszerzenie."""),
("pl", "b124-aplikacja-tv-nie-startuje", "Jerzy Baran <jerzy.baran@example.pl>", "Aplikacja w telewizorze", "technical", "",
"""Dzień dobry, po ostatniej aktualizacji telewizora Sentra aplikacja do
oglądania telewizji nie uruchamia się - pokazuje się logo na sekundę i
wraca do menu. Odinstalowałem i zainstalowałem ją ponownie ze sklepu,
bez zmian. Model S55-Q7."""),
("pl", "b124-to-nie-platnosc-logowanie-konsola", "Dawid Lewandowski <dawid.lewandowski@example.pl>", "Nie moge sie zalogowac", "technical", "",
"""To nie jest sprawa platnosci, abonament mam oplacony do wrzesnia.
Od niedzieli konsola nie chce mnie zalogowac do Arcadia Online, wyskakuje
blad AC-1102 "nie mozna zweryfikowac konta". Na stronie na komputerze
loguje sie bez problemu tym samym haslem. Restart konsoli i routera nic
nie dal."""),
("pl", "b124-biuro-rachunkowe-podpis-jpk", "Biuro Rachunkowe Bilans <biuro@bilans-torun.example>", "Podpisane pliki sa odrzucane", "technical", "high",
"""Dzień dobry,

od poniedziałkowej aktualizacji PaperTrail PDF wszystkie dokumenty
podpisywane u nas kwalifikowanym podpisem są odrzucane przez urząd z
komunikatem o nieprawidłowym podpisie. Dotyczy to wszystkich 5
stanowisk.

Do 25. musimy złożyć deklaracje i pliki JPK za ponad 60 klientów, a w
tej chwili żadnego nie jesteśmy w stanie wysłać. Prosimy o pilny
kontakt: 56 000 41 22.

Anna Michalska
Biuro Rachunkowe Bilans, Toruń"""),
("pl", "b124-kiosk-foto-klienci-odchodza", "Foto Studio Kadr <kontakt@fotokadr.example>", "Kiosk nie dziala", "technical", "high",
"""Dzien dobry,

od rana nasz kiosk do zamawiania odbitek (LumaForge Kiosk) wyswietla
tylko "Brak polaczenia z serwerem licencji" i nie da sie nic zamowic.
Mamy dwa kioski w dwoch punktach i oba stoja.

Jest sobota przed komunia, kolejka klientow, a my odsylamy ludzi z
kwitkiem. Prosze o natychmiastowy kontakt.

Grzegorz Wojcik
Foto Studio Kadr, Bialystok"""),
("pl", "b124-zasilacz-konsoli-iskrzy", "Stanisław Jasiński <stanislaw.jasinski@example.pl>", "Konsola wnuka", "technical", "high",
"""Dzień dobry,

piszę w sprawie konsoli Arcadia mojego wnuka. Przy wkładaniu wtyczki
kabla zasilającego do konsoli z tyłu coś zaiskrzyło, a wczoraj poczułem
zapach spalenizny i obudowa w tym miejscu była bardzo ciepła. Wyjąłem
wtyczkę z gniazdka i konsola stoi odłączona.

Proszę o informację, jak ją oddać do sprawdzenia.

Stanisław Jasiński"""),
("pl", "b124-ladowarka-pada-przypalona", "Karolina Pietrzak <karolina.pietrzak@example.pl>", "Stacja ladowania padow", "technical", "high",
"""Hej, stacja ladujaca do padow od Arcadii nagrzewa sie tak, ze nie
mozna jej dotknac, a na wtyczce w gniazdku jest przypalony slad. Od
wczoraj jej nie uzywamy. Co mam z nia zrobic, wyslac do was?

Karolina"""),
("pl", "b124-wklad-nierozpoznany", "Irena Dąbrowska <irena.dabrowska@example.pl>", "Drukarka nie drukuje", "technical", "",
"""Szanowni Państwo,

kolorowy wkład z ostatniej paczki nie jest rozpoznawany przez drukarkę -
na ekranie pojawia się "Nieznany wkład atramentowy". Wyjmowałam go i
wkładałam kilka razy, folia zdjęta. Poprzednie działały.

Z wyrazami szacunku
Irena Dąbrowska"""),
("pl", "b124-eksport-jpg-rozmazany", "Bartek Zając <bartek.zajac@example.pl>", "eksport", "technical", "",
"""Po eksporcie do JPG zdjęcia z LumaForge są rozmyte i mają artefakty,
nawet przy jakości 100%. W podglądzie w programie wyglądają ostro.
Wcześniej tak nie było, zaczęło się po wersji 8.3."""),
("pl", "b124-pytanie-mail-reset-hasla", "Wiktoria Sobczak <wiktoria.sobczak@example.pl>", "Pytanie", "technical", "",
"""Dzień dobry, klikam "nie pamiętam hasła" w SafeNest, ale mail z linkiem
nie przychodzi, sprawdzałam też spam. Próbowałam od wczoraj kilka razy."""),
("pl", "b124-excel-zawiesza-plik", "Marek Wróbel <marek.wrobel@example.pl>", "Arkusz sie zawiesza", "technical", "",
"""Dzien dobry, arkusz WordCraft zawiesza sie przy otwieraniu jednego
pliku z rozliczeniem wspolnoty (ok. 4 MB), trzeba go zamykac przez
menedzer zadan. Inne pliki otwiera. Plik otwiera sie u sasiada na
starszej wersji. Co moge zrobic?"""),
("pl", "b124-wyskakujace-okienka-tablet-mamy", "Elżbieta Kubiak <elzbieta.kubiak@example.pl>", "Tablet mamy", "technical", "",
"""Dzień dobry,

mama (79 lat) ma na tablecie Państwa antywirusa. Od tygodnia co chwilę
wyskakują jej okienka z reklamami i "Twój telefon jest zainfekowany,
kliknij tutaj". ShieldGuard pokazuje, że wszystko jest w porządku.
Mama się boi, że ktoś jej ukradnie pieniądze z konta. Co robić?

Elżbieta Kubiak"""),
("pl", "b124-podziekowania-pani-marta", "Wanda Kołodziej <wanda.kolodziej@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

chciałam bardzo podziękować Pani Marcie z infolinii, która w piątek
cierpliwie pomogła mi przenieść zdjęcia wnuków na nowy komputer. Jestem
osobą starszą i zwykle boję się dzwonić w takich sprawach, a tu czułam
się jak u kogoś z rodziny.

Proszę przekazać jej i jej przełożonym moje podziękowania.

Wanda Kołodziej"""),
("pl", "b124-infolinia-wigilia", "Przemek Duda <przemek.duda@example.pl>", "Godziny infolinii", "general", "",
"""Czy infolinia działa w Wigilię i między świętami? Dzięki"""),
("pl", "b124-rodo-uodo-skarga", "Adam Czarnecki <adam.czarnecki@example.pl>", "Żądanie dostępu do danych - ponownie", "general", "high",
"""Szanowni Państwo,

1 marca wysłałem żądanie dostępu do moich danych osobowych na podstawie
art. 15 RODO, w tym do nagrań rozmów z infolinią. Ustawowy termin
miesiąca minął, a ja nie dostałem nawet potwierdzenia.

Jeśli w ciągu 7 dni nie otrzymam danych, złożę skargę do Prezesa Urzędu
Ochrony Danych Osobowych.

Adam Czarnecki"""),
("pl", "b124-zmiana-nazwiska-konto", "Julia Malinowska <julia.malinowska@example.pl>", "Zmiana nazwiska", "general", "",
"""Dzien dobry, po slubie zmienilam nazwisko z Adamczyk na Malinowska.
Prosze o zmiane w danych konta, email zostaje ten sam. Pozdrawiam,
Julia"""),
("pl", "b124-sponsoring-turniej-szkolny", "Samorząd Uczniowski ZSE <samorzad@zse-rzeszow.example>", "Sponsoring turnieju", "general", "",
"""Dzień dobry,

jesteśmy samorządem uczniowskim Zespołu Szkół Elektronicznych w
Rzeszowie. W maju organizujemy szkolny turniej e-sportowy dla ok. 120
uczniów i szukamy sponsora nagród. Czy Arcadia mogłaby nas wesprzeć, na
przykład kodami do Arcadia Online albo gadżetami? Do kogo możemy się
zwrócić?

Z pozdrowieniami
Oliwia Baran, przewodnicząca"""),
("pl", "b124-skarga-konsultant-kierownik", "Henryk Wilk <henryk.wilk@example.pl>", "Skarga na konsultanta", "general", "high",
"""Dzien dobry,

dzisiaj ok. godz. 10 dzwonilem na infolinie. Konsultant, ktory przedstawil
sie jako Patryk, rozmawial ze mna lekcewazaco, smial sie z moich pytan i
powiedzial, ze "w moim wieku to lepiej nie kupowac programow". Potem sie
rozlaczyl.

Zadam rozmowy z kierownikiem dzialu obslugi klienta. Prosze o telefon:
502 000 917.

Henryk Wilk"""),
("pl", "b124-sluchawki-targi-poznan", "Oskar Lis <oskar.lis@example.pl>", "Zgubione słuchawki", "general", "",
"""Cześć, w sobotę byłem na Waszym stoisku na targach gier w Poznaniu i
zostawiłem chyba przy stanowisku z wyścigami białe słuchawki w etui z
naklejką Lecha. Ktoś je może oddał? Mogę odebrać albo zapłacić za
wysyłkę."""),
("pl", "b124-salon-gdansk-polka-chwieje", "Aleksandra Nowak <ola.nowak@example.pl>", "Salon w Gdańsku", "general", "high",
"""Dzień dobry,

wczoraj byłam z synem w Waszym salonie w Galerii Bałtyckiej. Szklana
półka z konsolami pokazowymi w strefie dla dzieci jest przekrzywiona i
mocno się chwieje, a dzieci się o nią opierają, grając. Powiedziałam o
tym pracownikowi, ale wzruszył ramionami.

Jeśli ta półka spadnie, komuś stanie się krzywda. Proszę o pilną
reakcję.

Aleksandra Nowak"""),
("pl", "b124-antywirus-android-tv", "Michał Stępień <michal.stepien@example.pl>", "Android TV", "general", "",
"""Czy ShieldGuard da się zainstalować na telewizorze z Android TV, czy
tylko na telefonie i komputerze? Pytam przed zakupem pakietu
rodzinnego."""),
("pl", "b124-zabojczo-szybka-pochwala", "Igor Sikora <igor.sikora@example.pl>", "brawo", "general", "",
"""Nowa wersja LumaForge jest zabójczo szybka, katalog 3000 zdjęć
otworzył się w kilka sekund. Dawno nie byłem tak pozytywnie zaskoczony
aktualizacją. Dzięki!"""),
("pl", "b124-warsztaty-krakow", "Zuzanna Kwiatkowska <zuzanna.kwiatkowska@example.pl>", "Warsztaty", "general", "",
"""Dzień dobry, czy w tym roku też będą warsztaty z obróbki zdjęć w
Krakowie? W zeszłym roku byłam w Nowohuckim Centrum Kultury i było
super. Gdzie śledzić zapisy?"""),
("pl", "b124-paczkomat-zamiast-kuriera", "Robert Majewski <robert.majewski@example.pl>", "Dostawa tuszy", "general", "",
"""Dzien dobry, prosze o wysylanie tuszy do paczkomatu KRA01M zamiast
kurierem, bo kurier zawsze przyjezdza jak jestem w pracy. Adres i
reszta danych bez zmian. Dziekuje."""),
("pl", "b124-serwisant-spoznil-sie", "Teresa Jaworska <teresa.jaworska@example.pl>", "Wizyta serwisanta", "general", "",
"""Dzień dobry,

w czwartek miał przyjść serwisant między 8 a 12. Przyszedł o 15, nie
zadzwonił, że się spóźni, a w drzwiach powiedział, że "ma ważniejsze
sprawy niż jedna drukarka". Wzięłam przez to wolne w pracy na darmo.

Nie oczekuję niczego, ale uważam, że powinni Państwo o tym wiedzieć.

Teresa Jaworska"""),
]
