# batch130.py -- labelled mails
# held out of the tree until the rules it measures are final:
# kept apart from gen.py and from the learned model so that nothing is
# tuned or trained on them.  Businesses drawn mostly from
# writing and publishing -- self-publishing platforms, literary agencies,
# audiobook narrators, book fairs, writing courses, newsletter platforms
# and blog hosting.  Covers the failure classes in new situations --
# escalation demands and legal threats / chargebacks that keep their
# topic, negations, subjects that say nothing or something else, replies
# quoting an earlier mail, paid plans ended or paused in other words,
# business outages told only by their consequences, safety hazards told
# calmly, praise, payment questions, Greeklish -- and everyday mail of all
# three queues.  Same tuple format as batch12.py:
# (lang, slug, from, subject, queue, priority, body).
M += [
# ---------------- English ----------------
("en", "b130-en-royalties-march-missing", "Hannah Pryce <hannah.pryce@example.co.uk>", "March royalties", "billing", "",
"""Hi there,

My royalty statement for March says 214.62 GBP earned across paperback
and ebook, and the payout date was the 28th of May. Nothing has arrived
in my account yet. My bank details haven't changed since the last
payment in April, which came through fine.

Could you check whether it was sent?

Thanks,
Hannah Pryce
(author account HP-20931)"""),
("en", "b130-en-isbn-pack-twice", "Declan Moriarty <declan.moriarty@example.ie>", "ISBNs", "billing", "",
"""Hello, I bought the pack of 10 ISBNs on Friday evening and the page
timed out, so I clicked pay again. Now I've two charges of 89 EUR on my
card but only one pack showing in my account. Can you refund the second
one please? Declan"""),
("en", "b130-en-newsletter-drop-to-free", "Priya Venkatesan <priya.v@example.in>", "Change of plan", "billing", "",
"""Dear Team,

Kindly move my newsletter account from the Growth plan to the free plan
from the next billing cycle. My list has come down to about 600 readers
after I cleaned it, so I do not require the higher tier any more.

Please also confirm that my archive of past issues will remain visible
on the free plan.

Regards,
Priya Venkatesan
Chennai"""),
("en", "b130-en-blog-husband-passed", "Margaret Doyle <margaret.doyle@example.co.uk>", "My husband's website", "billing", "",
"""Dear Sir or Madam,

My husband Brian wrote a little blog about the canals of the Midlands
for many years, which he paid for with you each year. Brian died in
February. I have just had an email saying it will renew on the 3rd of
next month for 72 pounds.

I don't want that to happen, but I should very much like his writing to
stay up for the grandchildren if that can be done without paying. I am
not good with computers, so please explain simply.

Yours faithfully,
Margaret Doyle"""),
("en", "b130-en-course-instalments-inr", "Rohan Kulkarni <rohan.kulkarni@example.in>", "Query regarding fees", "billing", "",
"""Hello,

I am interested in the 10-week Novel Writing Foundation course starting
in July. The fee shown is INR 18,500. Is there an option to pay in two
or three instalments? Also, will GST be charged over and above this
amount or is it included?

Thanks and regards,
Rohan"""),
("en", "b130-en-bookfair-stand-small-claims", "Siobhan Keane <siobhan@inkwellpress.example>", "Stand fee - Dublin fair", "billing", "high",
"""To whom it concerns,

Inkwell Press booked and paid in full for a 3m stand at the autumn fair
(invoice DBF-1187, 1,450 EUR). On the 9th of September you emailed all
exhibitors to say the fair was cancelled due to the venue. We were
promised refunds "within 30 days". That was ten weeks ago.

I have written three times and had no reply beyond an automated
acknowledgement. If the full 1,450 EUR is not back in our account by the
end of this month I will be filing with the Small Claims Procedure and
passing the correspondence to the Competition and Consumer Protection
Commission.

Siobhan Keane
Managing Editor, Inkwell Press"""),
("en", "b130-en-narrator-never-delivered-dispute", "Tyler Brooks <tyler.brooks@example.com>", "Audiobook production - paid, nothing delivered", "billing", "high",
"""I paid $1,200 through your marketplace on April 2 for a narrator to
record my 64,000-word thriller. The deadline for the first 15 minutes
was April 20. Nothing. The narrator's profile now says "unavailable" and
my messages go unanswered. Your support chat tells me funds are "held
pending completion" but nobody can tell me when I'll see them.

I'm done waiting. If I don't have a refund or a firm date by Friday I'm
filing a dispute with my credit card company.

Tyler Brooks
Austin, TX"""),
("en", "b130-en-critique-fee-manager", "Gareth Lloyd <gareth.lloyd@example.co.uk>", "Complaint - charged for a 'free' manuscript review", "billing", "high",
"""Good afternoon,

At your open evening in Cardiff I was told in person that agency clients
get their first round of manuscript notes free. I signed with you in
March. Today I received an invoice for 350 GBP for "editorial
assessment".

I've phoned the office twice and been told the junior who spoke to me
"shouldn't have said that". That isn't my problem. I would like a
partner or the head of the agency to ring me, not another assistant,
because as it stands I'm not paying it.

Gareth Lloyd
07700 900 215"""),
("en", "b130-en-print-invoice-company", "Accounts <accounts@harbourlightbooks.example>", "Invoice needed for order 55107", "billing", "",
"""Hi,

Could you send us a proper VAT invoice for print order 55107 (200 copies
of "Salt Roads")? The order confirmation doesn't show our company name
or VAT number, and our accountant won't accept it.

Harbour Light Books Ltd
VAT GB 123 4567 89
Unit 3, Quay Street, Falmouth TR11 3HH

Many thanks,
Jess Penhale"""),
("en", "b130-en-hello-renewal-higher", "Owen Fitzgerald <owen.fitz@example.ie>", "Hello", "billing", "",
"""Hello,

Not cancelling or anything, I'm happy with the hosting. Just noticed the
renewal for my blog went through at 118 EUR this year when it was 96
last year. I didn't see any email about a price change. Is that right,
and is there a cheaper option if I pay for two years?

Owen"""),
("en", "b130-en-re-discount-code-course", "Lauren Mitchell <lauren.mitchell@example.com>", "Re: Your 20% code for Short Story Intensive", "billing", "",
"""Hi Anna, thanks for this - but the code didn't work, the checkout said
"code not valid for this product" so I went ahead and paid the full
$340 because I didn't want to lose my place. Can the 20% ($68) be
refunded to my card?

Lauren

On Tue, Jun 11, Anna from Write Well <hello@writewell.example> wrote:
> Hi Lauren,
> Lovely to chat at the webinar! As promised, here's 20% off the Short
> Story Intensive: use SUMMER20 at checkout before the end of the week.
> Warmly, Anna"""),
("en", "b130-en-author-copies-wrong-size", "Brenda Holt <brenda.holt@example.com.au>", "Author copies", "billing", "",
"""Hi, my fault this one - I ordered 40 author copies of my poetry
collection in the 6x9 size when I meant the smaller 5x8 for the market
stalls. They're still in the boxes. Can I send them back and swap them
for the 5x8, and what will the postage cost me? I'm in Ballarat.

Cheers,
Bren"""),
("en", "b130-en-newsletter-hibernate", "Callum Fraser <callum@thebothypost.example>", "going quiet for a bit", "billing", "",
"""Hiya,

I'm taking the newsletter into hibernation from July to September - new
baby arriving and I won't be writing anything except nappy rotas. I
don't want to lose the list or the paid subscribers' settings, but I
also don't want to be paying for the Pro plan while it's sitting there
doing nothing.

Is there a way to freeze it and pick it back up in October?

Callum
The Bothy Post"""),
("en", "b130-en-marketing-package-gst", "Kylie Nguyen <kylie.nguyen@example.com.au>", "Launch package price", "billing", "",
"""Hey team, quick one. The Launch Essentials package on your site is
listed at 499. Is that AUD and does it include GST? I'm registered for
GST so I'll need a tax invoice either way. Ta, Kylie"""),
("en", "b130-en-epub-validation-error", "Ananya Bose <ananya.bose@example.in>", "Upload failing", "technical", "",
"""Hello,

Each time I upload my EPUB for "The Monsoon Ledger" the platform stops
at 80% and shows "Validation failed: error RSC-005". The same file opens
fine in two different e-readers on my laptop. I have tried three times
today and once yesterday.

Kindly advise what I must change.

Ananya Bose"""),
("en", "b130-en-cover-spine-rejected", "Matt Harrington <matt.harrington@example.com>", "cover keeps getting rejected", "technical", "",
"""My paperback cover PDF keeps getting rejected with "spine width does
not match page count". The book is 312 pages on cream paper and I used
your own cover calculator, which gave 0.78 in. I've re-exported it
four times. Is the calculator out of date?

Matt"""),
("en", "b130-en-preview-boxes-accents", "Zofia Green <zofia.green@example.co.uk>", "Ebook preview", "technical", "",
"""Hello,

In the online preview of my ebook every Polish name comes out with
little boxes where the accented letters should be - Łódź shows as a
box, then "ód", then another box. The Word file and the PDF look fine.
Is it the font I've embedded, or something on your side?

Zofia"""),
("en", "b130-en-2fa-code-never-comes", "Dwayne Carter <dwayne.carter@example.com>", "CANT LOG IN", "technical", "",
"""I'VE TRIED FIVE TIMES. The login page says a code has been sent to my
phone and no code ever arrives. Same number as always. I can't get into
my dashboard to check anything. Is there some other way to get in?

Dwayne"""),
("en", "b130-en-not-billing-sales-zero", "Nicola Shaw <nicola.shaw@example.co.uk>", "Sales report", "technical", "",
"""Hi,

This isn't a payment query, I'm sure the money side is fine. It's the
reporting page: since Tuesday the sales dashboard shows zero for every
title, every day, including the two I know sold at my library talk.
Tried Chrome and Firefox, logged out and in. Just blank bars.

Nicola"""),
("en", "b130-en-newsletter-issue-reached-nobody", "Sam Okafor <sam@lagoslettersweekly.example>", "Sunday issue", "technical", "high",
"""Hi,

Our Sunday issue shows as "sent" in the dashboard at 07:00 but as far as
we can tell it reached nobody. Open rate 0%, no bounces, no replies, and
I've had dozens of paid subscribers emailing and messaging to ask if
we've stopped. I also sent it to three test addresses of my own on
different providers and none of them has it.

We have two sponsors in this issue whose slots are paid for by date, and
the Monday issue goes out tomorrow to 14,000 people. We need to know
what's going on before then.

Sam Okafor
Editor, Lagos Letters Weekly"""),
("en", "b130-en-shop-blog-503-launch", "Rachel Turner <rachel@foxgloveandfern.example>", "site down", "technical", "high",
"""Our site (the blog and the little shop on it, both hosted with you)
has been giving "503 Service Unavailable" since about 9 this morning.

Today is the publication day for our debut novel. We've had a piece in
the Guardian books newsletter pointing people to our pre-order page and
every one of those clicks is landing on an error. Our phone has been
going all morning with people asking how to buy the book.

Please, someone look at this today.

Rachel Turner
Foxglove & Fern Press"""),
("en", "b130-en-fair-stand-heater-sparks", "Ian Whitlock <ian.whitlock@example.co.uk>", "Stand C14", "technical", "high",
"""Hello,

Just so you're aware, the small panel heater supplied on our stand (C14,
Hall 2) gave off a couple of sparks from the back when we switched it
on this morning and there was a faint burning smell afterwards. We've
unplugged it and left it on the floor behind the table with a note on
it so no one turns it on again.

It would be good if someone from the venue electrics could check it and
the socket before tomorrow, and let us know if we should expect a
replacement.

Regards,
Ian Whitlock
Kestrel Books"""),
("en", "b130-en-no-refund-app-crashes", "Deborah Cline <deb.cline@example.com>", "I don't want my money back", "technical", "",
"""Please don't send me a refund form again, I don't want a refund. I want
to listen to the audiobook I bought! The app closes itself about ten
seconds after I press play, every time, on chapter 7 of "The Orchard
House". Other books play fine. I've deleted and re-downloaded the
book twice. iPhone 12, latest update.

Deborah"""),
("en", "b130-en-booth-mic-shock", "Liam O'Connor <liam.oconnor@example.ie>", "Booth 3", "technical", "high",
"""Hi folks,

Recording in Booth 3 this afternoon I got a sharp little shock off the
metal mic stand when I touched it at the same time as the desk lamp.
Happened twice, so it wasn't static. I've finished for the day and put
a sign on the door, but you'll want an electrician to look at it before
anyone else goes in. Nothing damaged as far as I can tell, just my
pride.

Liam
(narrating "The Long Field", booked through Friday)"""),
("en", "b130-en-course-videos-buffer", "Eileen Walsh <eileen.walsh@example.co.uk>", "The lessons", "technical", "",
"""Dear Course Team,

I am 78 and very much enjoying your memoir writing course, but since the
second week the lesson videos stop every few seconds with a little
circle going round. The radio programmes on my laptop play perfectly
well, so I do not think it is my internet. My grandson has had a look
and he cannot see the problem either.

Is there a way to have the lessons written down instead, or to make the
videos behave?

With thanks,
Eileen Walsh"""),
("en", "b130-en-agency-upload-error", "Jordan Hayes <jordan.hayes@example.com>", "Submission form", "technical", "",
"""Hi,

Your submissions form won't take my sample chapters. I attach the .docx
(214 KB, well under your 2 MB limit), click submit, and the page reloads
with everything cleared and "An unexpected error occurred" at the top.
Tried as a PDF too. Is the form down, or should I send the submission
by email instead?

Jordan Hayes"""),
("en", "b130-en-misprint-third-time-supervisor", "Graham Blackwood <graham.blackwood@example.co.uk>", "Print order 58302 - third faulty batch", "technical", "high",
"""This is the third batch of my local history book that has arrived
with pages 97 to 128 bound in upside down and in the wrong order. The
first time I was told it was a one-off. The second time I was sent a
reprint which was exactly the same. Today's box of 50 is the same
again.

I have a launch at the town museum on the 22nd. I want this looked at
by a supervisor or someone who runs production, not another ticket
number and a reprint from the same faulty file.

Graham Blackwood"""),
("en", "b130-en-fair-sunday-hours", "Tom Rafferty <tom.rafferty@example.ie>", "sunday", "general", "",
"""Whats the opening time on the Sunday of the book fair and is the last
entry earlier than closing? Bringing my mam up from Cork. Thanks"""),
("en", "b130-en-thanks-tutor-maeve", "Sunita Rao <sunita.rao@example.co.uk>", "A thank you for Maeve", "general", "",
"""Hello,

I finished the Writing for Children evening course last week and wanted
to say how much I valued Maeve's feedback. She was honest without ever
being unkind, and she made a room full of nervous adults feel like
actual writers. I've just sent my picture book to two agents, which I'd
never have had the nerve to do in January.

Please pass on my thanks.

Sunita"""),
("en", "b130-en-lost-notebook-workshop", "Peter Ashby <peter.ashby@example.com>", "Left my notebook", "general", "",
"""Hi, I think I left a green hardback notebook in the Saturday
poetry workshop at the Leeds venue - second row, near the window. It's
got about two years of drafts in it, so it matters a lot more than it
looks. Has anyone handed it in? Happy to collect. Peter"""),
("en", "b130-en-pen-name-change", "Alice Hartley <alice.hartley@example.co.uk>", "Author name on my account", "general", "",
"""Hello,

I've decided to publish my romance titles under a pen name, Alice Rose,
rather than my own. Could you change the author name displayed on my
public profile? My legal name for contracts and tax should stay as it
is.

Thank you,
Alice Hartley"""),
("en", "b130-en-data-access-request", "Michael Osei <michael.osei@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under the UK GDPR I am requesting a copy of all personal data you hold
about me, including my submission history and any notes made by your
readers on my manuscripts, together with details of who it has been
shared with.

My account email is the one I am writing from. I look forward to your
reply within one month.

Michael Osei"""),
("en", "b130-en-sponsor-poetry-slam", "Jade Morrison <jade@northsidewords.example>", "Poetry slam - sponsorship?", "general", "",
"""Hi there,

I run Northside Words, a monthly poetry slam for 16-25 year olds in
Glasgow. We're planning a bigger final in October at the Tramway and
looking for a couple of local sponsors - could be a prize, a workshop,
or just your logo on the programme in return for help with the venue.

Would your writing school be interested? Happy to send more details.

Jade Morrison"""),
("en", "b130-en-agency-simultaneous-subs", "Carla Jenkins <carla.jenkins@example.com>", "Question", "general", "",
"""Hi, do you accept simultaneous submissions, and if I get an offer
elsewhere while you still have my full manuscript, how should I let you
know? Also, do you represent upmarket women's fiction or only literary?
Thanks, Carla"""),
("en", "b130-en-signing-staff-rude-manager", "Patricia Nolan <patricia.nolan@example.ie>", "Your staff at the Galway signing", "general", "high",
"""I'm writing about the way my daughter was treated at the signing at
your Galway stand on Saturday.

She is 14 and had queued for over an hour with her copy. When she got to
the front, the woman managing the queue told her loudly that "children
should be with an adult" and moved her out of the line in front of
everyone, though I was standing three feet away. She came away in tears
and didn't get her book signed.

I want the fair manager or whoever is in charge of your staff to contact
me. An apology to her would be a start.

Patricia Nolan"""),
("en", "b130-en-hall-cable-trip", "Deepak Malhotra <deepak.m@example.com>", "Hall B", "general", "high",
"""Hi,

Mentioning this before someone gets hurt: in Hall B near the café there's
a thick cable run across the walkway under a rubber strip that has come
loose at one end, and it lifts a good few centimetres. I watched an
older gentleman catch his foot on it and only just save himself, and
there are a lot of pushchairs going through there.

Could someone tape it down or reroute it today?

Deepak"""),
("en", "b130-en-narrator-accent-question", "Fiona McBride <fiona.mcbride@example.co.uk>", "Narrators", "general", "",
"""Hello, my novel is set in the Outer Hebrides and the dialogue is full
of Scots and a bit of Gaelic. Do you have narrators on your books who
can do a convincing island accent, and can I hear samples before I
choose? Not ready to book yet, just finding out. Fiona"""),
("en", "b130-en-newsletter-charity-rules", "Graham Fisher <graham.fisher@example.org>", "Using your platform for a charity", "general", "",
"""Good morning,

We are a small registered charity supporting adult literacy in
Sheffield. Is there anything in your terms that would stop us running
our fortnightly newsletter on your platform, for example rules about
fundraising appeals or links to donation pages? And do you do anything
for charities generally?

Regards,
Graham Fisher
Trustee, Read On Sheffield"""),
("en", "b130-en-order-leave-at-reception", "Anil Sharma <anil.sharma@example.in>", "Order 48213", "general", "",
"""Hi,

For order 48213 (author copies), please ask the courier to leave the
boxes with security at the reception of Tower B, Prestige Tech Park,
Bengaluru. I am in meetings the whole day and cannot come down. The
guard's name is Ravi and he is expecting it.

Thanks,
Anil"""),
("en", "b130-en-killer-opening-contest", "Shannon Reilly <shannon.reilly@example.com.au>", "Killer opening lines", "general", "",
"""G'day! I'm dying to enter the "Killer First Line" crime competition but
the page doesn't say if the line has to come from a finished book or
can be a stand-alone. Also is it open to Aussies or UK only? My
opener is an absolute murder weapon, I promise.

Shannon"""),
# ---------------- Greek (and Greeklish) ----------------
("el", "b130-el-gl-newsletter-pio-fthino-paketo", "Nikos Triantafyllou <nikos.tria@example.gr>", "allagh paketou", "billing", "",
"""Kalhspera sas,
exw to paketo Plus sto newsletter (19e to mhna) alla pleon oi
syndromhtes mou einai kamia 700ari kai den xreiazomai ta extra. Mporeite
na me gyrisete sto vasiko apo ton epomeno mhna? Ta palia teuxh 8a
menoun sto arxeio etsi?
Eyxaristw,
Nikos"""),
("el", "b130-el-pnevmatika-dikaiomata-trimino", "Αθηνά Λαζαρίδου <athina.lazaridou@example.gr>", "Πνευματικά δικαιώματα α' τριμήνου", "billing", "",
"""Καλημέρα σας,

Σύμφωνα με την κατάσταση που ανέβηκε στον λογαριασμό μου, τα πνευματικά
δικαιώματα για το πρώτο τρίμηνο από τις πωλήσεις του ηλεκτρονικού
βιβλίου είναι 183,40€, με ημερομηνία πληρωμής 15 Μαΐου. Μέχρι σήμερα δεν
έχει γίνει καμία κατάθεση. Το IBAN μου είναι το ίδιο με την προηγούμενη
φορά.

Θα ήθελα να μου πείτε πότε θα γίνει η πληρωμή.

Με εκτίμηση,
Αθηνά Λαζαρίδου"""),
("el", "b130-el-diplh-xrewsh-ergastiri-xwris-tonous", "Γιωργος Μαυριδης <g.mavridis@example.gr>", "διπλη χρεωση", "billing", "",
"""Καλησπερα,

γραφτηκα στο εργαστηρι δημιουργικης γραφης της Πεμπτης (120 ευρω) και
απο την καρτα μου βλεπω δυο φορες τη χρεωση, στις 3 και στις 4 του μηνα.
Μια θεση εχω κλεισει, μια θελω να πληρωσω. Παρακαλω επιστρεψτε τη μια.

Γιωργος"""),
("el", "b130-el-gl-ekleisa-to-vivliopwleio", "Vaso Karagianni <vaso.k@example.gr>", "to biblio-pwleio", "billing", "",
"""Kalhmera,
meta apo 22 xronia katevasa ta rolla sto vivliopwleio sto Nafplio
teleutaia mera tou Maiou. To blog kai to site tou magaziou den exoun
pleon logo na yparxoun, opote mhn ta ananewsete ton Iouli. An mporw na
parw ena antigrafo apo ta arthra prin svhsoun 8a to h8ela, einai
anamnhseis.
Vaso"""),
("el", "b130-el-timologio-ekdotikos-afm", "Λογιστήριο Εκδόσεις Αλκυών <logistirio@alkyon-ekdoseis.example>", "Τιμολόγιο για την παραγγελία 30418", "billing", "",
"""Καλημέρα,

Για την παραγγελία εκτύπωσης 30418 (150 αντίτυπα) μας στείλατε απόδειξη
λιανικής. Χρειαζόμαστε τιμολόγιο με τα στοιχεία της εταιρείας:

ΑΛΚΥΩΝ ΕΚΔΟΤΙΚΗ Μ.Ι.Κ.Ε.
ΑΦΜ 801234567, ΔΟΥ Α' Πειραιά
Ακτή Μιαούλη 41, Πειραιάς

Ευχαριστούμε,
Μαρία Σταθοπούλου"""),
("el", "b130-el-gl-doseis-epimeleia", "Thodoris P. <thodoris.p@example.gr>", "epimeleia keimenou", "billing", "",
"""Geia sas, to paketo epimeleias gia to my8istorhma mou vgainei 640e
symfwna me thn prosfora pou mou steilate. Ginetai na to plhrwsw se 4
doseis me th pistwtikh? H prepei olo mazi prin 3ekinhsei o epimelhths?
Thodwrhs"""),
("el", "b130-el-ekthesi-vivliou-periptero-synigoros", "Εκδόσεις Πλώρη <info@plori-ekdoseis.example>", "Επιστροφή χρημάτων για περίπτερο - ακυρωμένη έκθεση", "billing", "high",
"""Κύριοι,

Οι Εκδόσεις Πλώρη πλήρωσαν στις 12 Φεβρουαρίου 980,00€ για περίπτερο
στην Έκθεση Βιβλίου της Καλαμάτας (τιμολόγιο 2024/118). Στις 30 Απριλίου
μας ενημερώσατε ότι η έκθεση δεν θα γίνει και ότι η επιστροφή θα
ολοκληρωθεί μέσα σε τέσσερις εβδομάδες.

Έχουν περάσει δύο μήνες. Σε τρία email δεν έχουμε λάβει απάντηση. Αν το
ποσό δεν επιστραφεί μέχρι τις 20 του μήνα, θα απευθυνθούμε στον Συνήγορο
του Καταναλωτή και στον δικηγόρο μας.

Για τις Εκδόσεις Πλώρη,
Σταύρος Κοντός"""),
("el", "b130-el-gl-afigisi-den-paradothike-trapeza", "Marilena Z. <marilena.z@example.gr>", "audiobook", "billing", "high",
"""Plhrwsa 850e sthn platforma sas ton Martio gia na hxografhsei o
afhghths to mythistorhma mou. Eprepe na exw ta prwta kefalaia mexri
tis 15 Apriliou. Den exw tipota, o afhghths den apantaei, kai to chat
sas mou leei "ta xrhmata einai desmeumena". Den 8a perimenw allo. An
mexri thn Paraskeuh den exw epistrofh, kanw amfisvhthsh xrewshs sthn
trapeza mou.
Marilena Zerva"""),
("el", "b130-el-isbn-xreosi-proistamenos", "Παντελής Ρήγας <p.rigas@example.gr>", "Χρέωση ISBN", "billing", "high",
"""Καλησπέρα,

Στο πακέτο αυτοέκδοσης που αγόρασα (290€) γράφει ξεκάθαρα ότι
περιλαμβάνεται ISBN. Μου ήρθε τώρα ξεχωριστή χρέωση 45€ για "απόδοση
ISBN". Το έχω πει δύο φορές στο τηλέφωνο και μου απαντούν ότι "έτσι
βγαίνει το σύστημα".

Δεν θέλω να το ξανασυζητήσω με το τηλεφωνικό κέντρο. Ζητώ να με καλέσει
ο προϊστάμενος του τμήματος ή κάποιος υπεύθυνος στο 6937 000 552.

Παντελής Ρήγας"""),
("el", "b130-el-dwroepitagi-seminario", "Ελένη Καραβία <eleni.karavia@example.gr>", "Δωροεπιταγή για σεμινάριο", "billing", "",
"""Καλημέρα,

Θα ήθελα να κάνω δώρο στην αδελφή μου το σεμινάριο ποίησης που ξεκινά
τον Οκτώβριο. Υπάρχει δωροεπιταγή που μπορώ να αγοράσω τώρα και να
την εξαργυρώσει εκείνη όταν ανοίξουν οι εγγραφές; Αν ναι, πόσο ισχύει;

Ευχαριστώ,
Ελένη"""),
("el", "b130-el-re-foititiki-ekptosi", "Ιάσονας Δρόσος <iasonas.drosos@example.gr>", "Re: Εγγραφή στο Εργαστήρι Διηγήματος", "billing", "",
"""Καλησπέρα και ευχαριστώ για την απάντηση. Είμαι φοιτητής στη
Φιλοσοφική Θεσσαλονίκης, ισχύει κάποια έκπτωση για φοιτητές; Αν ναι,
τι χρειάζεστε να σας στείλω (πάσο;)

Ιάσονας

Στις 18/6, η Γραμματεία <grammateia@logografos.example> έγραψε:
> Αγαπητέ κύριε Δρόσο,
> Οι εγγραφές για το Εργαστήρι Διηγήματος είναι ανοιχτές έως 5 Ιουλίου.
> Το κόστος είναι 180€ για 10 συναντήσεις.
> Με εκτίμηση, Γραμματεία"""),
("el", "b130-el-epistrofi-antitypa-ekthesi", "Χρύσα Μελετίου <chrysa.meletiou@example.gr>", "Αντίτυπα", "billing", "",
"""Καλησπέρα σας,

Είχα παραγγείλει 60 αντίτυπα της συλλογής μου για τις παρουσιάσεις του
καλοκαιριού. Έμειναν 20 κλειστά στο κουτί τους. Γίνεται να σας τα
επιστρέψω και να μου πιστώσετε την αξία τους, ή τουλάχιστον να τα
αλλάξω με αντίτυπα του δεύτερου βιβλίου που βγαίνει τον Σεπτέμβριο;

Χρύσα Μελετίου"""),
("el", "b130-el-gl-pagwma-blog-xeimwnas", "Stelios Vamvakas <stelios.vamv@example.gr>", "pagwma", "billing", "",
"""Kalhspera, to blog me tis ptiseis paragliding den exei nohma to
xeimwna, den petaw apo Noemvrh mexri Marth. Mporw na pagwsw th
syndromh gia autous tous mhnes kai na krathsw to domain, xwris na
plhrwnw to plhres paketo? Stelios"""),
("el", "b130-el-timi-diorthosis-xwris-tonous", "Κατερινα Ζαχου <k.zachou@example.gr>", "Τιμη για διορθωση", "billing", "",
"""Καλησπερα σας,

τελειωσα ενα βιβλιο με συνταγες και ιστοριες της γιαγιας μου, περιπου
300 σελιδες Α4. Ποσο κοστιζει η γλωσσικη διορθωση και η σελιδοποιηση
για τυπωμα; Χρεωνετε ανα σελιδα ή ανα λεξη;

Ευχαριστω πολυ,
Κατερινα"""),
("el", "b130-el-gl-link-kwdikou-lhgmeno", "Panos G. <panos.g@example.gr>", "kwdikos", "technical", "",
"""Kalhmera, zhtaw na allaksw kwdiko kai to link pou erxetai sto mail
mou leei "to link exei lhksei" akoma kai an to paththsw amesws. To
ekana 4 fores. Den mporw na mpw kapws allios? Panos"""),
("el", "b130-el-tonoi-xanontai-ebook", "Σοφία Ανδρέου <sofia.andreou@example.gr>", "Οι τόνοι στο ηλεκτρονικό βιβλίο", "technical", "",
"""Καλησπέρα σας,

Στην προεπισκόπηση του ebook μου όλα τα τονισμένα φωνήεντα εμφανίζονται
ως ερωτηματικά: "Ο δρ?μος για τη Σ?μη" κ.λπ. Στο αρχείο Word και στο PDF
είναι όλα σωστά. Χρησιμοποίησα τη γραμματοσειρά που προτείνετε στον
οδηγό σας.

Τι πρέπει να αλλάξω;

Σοφία Ανδρέου"""),
("el", "b130-el-exofyllo-aporriptetai", "Άρης Κωνσταντίνου <aris.konst@example.gr>", "Εξώφυλλο", "technical", "",
"""Το PDF του εξωφύλλου για το χαρτόδετο απορρίπτεται συνέχεια με το
μήνυμα "η περιοχή ξάκρισμα (bleed) δεν είναι επαρκής". Έβαλα 3 χιλιοστά
όπως λέει ο οδηγός σας. Το έχω ανεβάσει 5 φορές. Μήπως φταίει κάτι
άλλο;

Άρης"""),
("el", "b130-el-den-afora-xrewsh-efarmogi", "Ρένα Παπαδάκη <rena.papadaki@example.gr>", "Δεν αφορά χρέωση", "technical", "",
"""Καλημέρα. Για να μην με στείλετε πάλι στο λογιστήριο: δεν έχω θέμα με
την πληρωμή, ούτε θέλω τα χρήματα πίσω. Η εφαρμογή των ηχητικών βιβλίων
σταματάει μόνη της την αναπαραγωγή όταν κλειδώνει η οθόνη του κινητού,
σε όλα τα βιβλία. Μέχρι την περασμένη εβδομάδα έπαιζε κανονικά.
Android 14.

Ρένα"""),
("el", "b130-el-gl-newsletter-den-efyge-ekdilosi", "Vivliopwleio Sto Kato Kato <info@stokatokato.example>", "newsletter", "technical", "high",
"""Kalhmera,
to newsletter mas gia th vradia poihshs apopse eixe programmatistei
gia xthes stis 10. Sto dashboard leei "stalthke" alla kaneis apo tous
4.000 syndromhtes den to phre, oute emeis oi idioi sta dika mas mail.
Exoun erthei mono 3 krathseis anti gia 60 pou eixame sthn prohgoumenh,
o poihths erxetai apo Athina kai exoume plhrwsei xwro. Xreiazomaste
na fygei shmera to prwi.
Giannhs, Vivliopwleio Sto Kato Kato"""),
("el", "b130-el-periodiko-blog-ektos", "Περιοδικό Ανάγνωσμα <syntaxi@anagnosma.example>", "Το site μας", "technical", "high",
"""Καλησπέρα,

Από το μεσημέρι το ηλεκτρονικό μας περιοδικό (φιλοξενείται σε εσάς)
βγάζει λευκή σελίδα. Οι 35 συνεργάτες μας δεν μπορούν να ανεβάσουν τα
κείμενα του τεύχους Ιουλίου που κλείνει αύριο, οι αναγνώστες μάς
γράφουν ότι δεν ανοίγει τίποτα, και οι διαφημιζόμενοι ρωτούν γιατί
πλήρωσαν. Δεν αλλάξαμε τίποτα από τη μεριά μας.

Δέσποινα Χατζή
Αρχισυντάκτρια"""),
("el", "b130-el-polyprizo-periptero-kamena", "Μιχάλης Ντόκος <michalis.ntokos@example.gr>", "Περίπτερο 42", "technical", "high",
"""Καλημέρα σας,

Σας ενημερώνω ότι το πολύπριζο που μας δώσατε στο περίπτερο 42 έλιωσε
λίγο στη μία υποδοχή σήμερα το πρωί και μύριζε καμένο πλαστικό. Πάνω
είχαμε μόνο ένα λαπτοπ και ένα φωτιστικό. Το βγάλαμε από την πρίζα και
δεν το χρησιμοποιούμε.

Θα ήταν καλό να το δει ο ηλεκτρολόγος του εκθεσιακού χώρου, μαζί και
την πρίζα στον τοίχο, πριν ανοίξει η έκθεση αύριο.

Ευχαριστώ,
Μιχάλης Ντόκος
Εκδόσεις Ακρίτας"""),
("el", "b130-el-gl-eksetaseis-platforma-pesmenh", "Sxolh Grafhs Logos <info@sxolh-logos.example>", "PLATFORMA", "technical", "high",
"""Kalhspera,
apo tis 5 to apogeuma h platforma ths sxolhs den fortwnei, deixnei mono
"error 500". Se mia wra 42 spoudastes exoun thn telikh aksiologhsh tou
kyklou kai den mporoun na mpoun sthn ai8ousa oute na anevasoun ta
keimena tous. Mas pairnoun olo to apogeuma thlefwno.
Kalhste mas sto 2310 000 418.
Evi Dhmou, grammateia"""),
("el", "b130-el-elattomatika-antitypa-ypeuthynos", "Λεωνίδας Σταμάτης <leonidas.stamatis@example.gr>", "Τρίτη ελαττωματική παρτίδα - παραγγελία 28841", "technical", "high",
"""Κύριοι,

Για τρίτη φορά παραλαμβάνω αντίτυπα του βιβλίου μου με κενές τις
σελίδες 33 έως 48. Την πρώτη φορά μου είπατε ότι ήταν λάθος της
μηχανής. Τη δεύτερη μου στείλατε ανατύπωση με το ίδιο ακριβώς
πρόβλημα. Σήμερα ήρθε η τρίτη.

Η παρουσίαση στον Ιανό είναι σε δέκα μέρες. Θέλω να ασχοληθεί με το
θέμα ο υπεύθυνος παραγωγής, όχι ένα ακόμη αίτημα στην εξυπηρέτηση.

Λεωνίδας Σταμάτης"""),
("el", "b130-el-video-mathimatos-xwris-ixo", "Ευτυχία Μπαλτά <eftychia.balta@example.gr>", "βιντεο μαθηματος", "technical", "",
"""Καλημερα σας,

ειμαι 71 χρονων και παρακολουθω το μαθημα για την αυτοβιογραφια. Απο
το τριτο μαθημα και μετα τα βιντεο παιζουν χωρις ηχο, βλεπω την
καθηγητρια να μιλαει αλλα δεν ακουγεται τιποτα. Τα δυο πρωτα ακουγονται
κανονικα, και τα τραγουδια στο youtube επισης. Τι να κανω;

Ευτυχια Μπαλτα"""),
("el", "b130-el-gl-editor-svinei-keimeno", "Konstantina L. <konstantina.l@example.gr>", "o editor", "technical", "",
"""Geia, ston editor tou blog otan pataw "apo8hkeush" xanetai oti egrapsa
meta thn teleutaia paragrafo me eikona. Exasa 2 fores mia olokliri
kritikh vivliou, twra grafw sto Word kai kanw copy paste. Ginetai
kati? Chrome se Windows.
Kwnstantina"""),
("el", "b130-el-eidopoiiseis-praktoreio", "Άλκης Βλάχος <alkis.vlachos@example.gr>", "Ειδοποιήσεις", "technical", "",
"""Καλησπέρα,

Έστειλα χειρόγραφο μέσω της πύλης σας πριν από έναν μήνα. Στη σελίδα
μου βλέπω ότι υπάρχει "νέο μήνυμα" από τις 2 Ιουνίου, αλλά όταν το
πατάω η σελίδα μένει κενή. Email ειδοποίησης δεν ήρθε ποτέ (ούτε στα
ανεπιθύμητα). Δοκίμασα και από κινητό.

Άλκης Βλάχος"""),
("el", "b130-el-efarmogi-den-katevazei-offline", "Νεφέλη Ιωάννου <nefeli.ioannou@example.gr>", "Λήψη για εκτός σύνδεσης", "technical", "",
"""Γεια σας, πάω διακοπές στη Φολέγανδρο όπου δεν έχει καλό σήμα και
προσπαθώ να κατεβάσω τρία ηχητικά βιβλία για να τα ακούω χωρίς ίντερνετ.
Η λήψη κολλάει στο 99% και μετά ξεκινάει από την αρχή. Έχω ελεύθερο
χώρο 20GB. Φεύγω την Πέμπτη!

Νεφέλη"""),
("el", "b130-el-gl-ores-ekthesis-thessaloniki", "Kostas Ioannidis <kostas.ioan@example.gr>", "wrario", "general", "",
"""Kalhspera, ti wres einai anoixth h ek8esh vivliou to Savvatokyriako?
Kai to Savvato to vrady mexri poso arga? 8a anevoume apo Larisa me ta
paidia. Eyxaristw"""),
("el", "b130-el-eyxaristo-afigitria-patera", "Δέσποινα Αλεξίου <despoina.alexiou@example.gr>", "Ένα μεγάλο ευχαριστώ", "general", "",
"""Καλησπέρα σας,

Ήθελα να ευχαριστήσω την κυρία Ρούσσου για την ανάγνωση των
απομνημονευμάτων του πατέρα μου. Ο πατέρας μου δεν βλέπει πια καλά και
όταν άκουσε τη δική του ιστορία από το πρώτο κεφάλαιο, για το χωριό και
τη μάνα του, έκλαψε. Το ακούει κάθε απόγευμα στη βεράντα.

Σας ευχαριστούμε όλοι, από καρδιάς.

Δέσποινα Αλεξίου"""),
("el", "b130-el-xechasa-gyalia-ergastiri", "Σπύρος Λάμπρου <spyros.lambrou@example.gr>", "Ξέχασα τα γυαλιά μου", "general", "",
"""Καλημέρα, το Σάββατο στο εργαστήρι γραφής στην Κυψέλη ξέχασα πάνω
στο τραπέζι τα γυαλιά πρεσβυωπίας μου, σε μια μπλε θήκη. Τα βρήκε
κανείς; Μπορώ να περάσω την Τετάρτη.
Σπύρος"""),
("el", "b130-el-allagi-dieuthynsis-email", "Αγγελική Φωτίου <angeliki.fotiou@example.gr>", "Αλλαγή στοιχείων", "general", "",
"""Καλησπέρα,

Μετακόμισα από την Πάτρα στα Χανιά. Παρακαλώ αλλάξτε τη διεύθυνση
αλληλογραφίας στον λογαριασμό συγγραφέα μου σε: Κυδωνίας 58, 73135
Χανιά. Και το κινητό μου είναι πλέον 6983 000 271.

Ευχαριστώ,
Αγγελική Φωτίου"""),
("el", "b130-el-diagrafi-dedomenon-xwris-tonous", "Φιλιππος Ρουσσος <f.roussos@example.gr>", "διαγραφη στοιχειων", "general", "",
"""Καλησπερα σας,

ζητω να διαγραψετε ολα τα προσωπικα μου δεδομενα απο τη βαση σας,
συμφωνα με τον GDPR, μαζι με τα χειρογραφα που εχω στειλει για
αξιολογηση το 2022. Παρακαλω επιβεβαιωστε μου γραπτως οταν γινει.

Φιλιππος Ρουσσος"""),
("el", "b130-el-xorigia-festival-paidiki-vivliothiki", "Δημοτική Βιβλιοθήκη Βέροιας <paidiki@vivliothiki-veroias.example>", "Πρόταση χορηγίας", "general", "",
"""Αγαπητοί φίλοι,

Η Παιδική Βιβλιοθήκη του Δήμου Βέροιας οργανώνει τον Σεπτέμβριο
τριήμερο φεστιβάλ ανάγνωσης για παιδιά δημοτικού. Αναζητούμε χορηγούς
για βιβλία-δώρα και για ένα εργαστήρι εικονογράφησης. Θα σας ενδιέφερε
να συμμετάσχετε; Θα χαρούμε να σας στείλουμε το πρόγραμμα.

Με εκτίμηση,
Ουρανία Καλλέργη
Υπεύθυνη Παιδικού Τμήματος"""),
("el", "b130-el-gl-praktoreio-poihsh", "Manos Kyriakidis <manos.kyr@example.gr>", "erwthsh", "general", "",
"""Geia sas, anaparistate kai poihtes h mono pezografous? Exw mia
syllogh 48 poihmatwn kai den 3erw an exei nohma na thn steilw se
praktoreio h kateu8eian se ekdoth. Kai an steilw, posa poihmata 8elete
ws deigma?
Eyxaristw, Manos"""),
("el", "b130-el-ypallilos-parousiasi-diefthyntis", "Ιφιγένεια Μακρή <ifigeneia.makri@example.gr>", "Συμπεριφορά υπαλλήλου στην παρουσίαση", "general", "high",
"""Κύριοι,

Την Πέμπτη στην παρουσίαση του βιβλίου μου στο κατάστημά σας στο
Μαρούσι, ο υπάλληλος που είχε αναλάβει την εκδήλωση μίλησε με απαξίωση
στους καλεσμένους μου, είπε σε μια ηλικιωμένη κυρία να "μη φέρνει
καρέκλες από το καφέ" και έκλεισε τα φώτα ενώ ακόμα υπέγραφα βιβλία,
λέγοντας δυνατά "τελειώνουμε;".

Ήταν εξευτελιστικό για μένα και για τον εκδότη μου. Ζητώ να
επικοινωνήσει μαζί μου ο διευθυντής του καταστήματος.

Ιφιγένεια Μακρή"""),
("el", "b130-el-gl-rafi-kounietai-paidiko", "Anna Chatzi <anna.chatzi@example.gr>", "rafi sto paidiko tmhma", "general", "high",
"""Kalhmera, xthes sto vivliopwleio sas sthn Ermou, sto paidiko tmhma,
to megalo rafi dipla sta poufakia kounietai oloklhro otan to akoumpaei
kaneis, 3ekolhse apo ton toixo apo panw. Ta paidia skarfalwnoun gia na
ftasoun ta panw vivlia. Eipa sthn tamia alla den fanhke na to
shmeiwnei. Prin pesei se kanena paidi, ftia3te to.
Anna"""),
("el", "b130-el-re-katastasi-xeirografou", "Ορέστης Γιαννόπουλος <orestis.g@example.gr>", "Re: Παραλαβή χειρογράφου", "general", "",
"""Καλησπέρα σας,

Πέρασαν οι δώδεκα εβδομάδες που αναφέρετε παρακάτω. Θα ήθελα απλώς να
ρωτήσω αν το χειρόγραφο έχει αξιολογηθεί ή αν πρέπει να περιμένω
ακόμη.

Ορέστης Γιαννόπουλος

Στις 14/3, ο/η Λογοτεχνικό Πρακτορείο Σελίδα <submissions@selida.example> έγραψε:
> Αγαπητέ κύριε Γιαννόπουλε,
> Επιβεβαιώνουμε την παραλαβή του χειρογράφου σας «Οι νύχτες του
> Αυγούστου». Θα λάβετε απάντηση μέσα σε δώδεκα εβδομάδες.
> Με εκτίμηση, Η ομάδα του Πρακτορείου"""),
("el", "b130-el-gl-skylos-stin-ekthesi", "Dimitra K. <dimitra.kos@example.gr>", "Erwthsh", "general", "",
"""Ginetai na er8w sthn ek8esh vivliou me to skylaki mou? Einai mikro,
5 kila, kai 8a einai me loyri. Den 8elw na to afhsw olh mera mono.
Dhmhtra"""),
("el", "b130-el-parousiasi-itan-fwtia", "Λευτέρης Παναγιώτου <lefteris.pan@example.gr>", "Η χθεσινή βραδιά", "general", "",
"""Τι να πω, η χθεσινή βραδιά με τον Μιχαηλίδη ήταν φωτιά! Σκοτώθηκα στα
γέλια με τις ιστορίες του από τα χρόνια στην εφημερίδα. Θα κάνετε κι
άλλες τέτοιες συζητήσεις μέσα στο καλοκαίρι; Αν ναι, γράψτε με στη
λίστα ενημέρωσης.

Λευτέρης"""),
("el", "b130-el-paraggelia-afiste-sto-periptero", "Θανάσης Ρούσσης <thanasis.roussis@example.gr>", "Παραγγελία 41177", "general", "",
"""Καλημέρα,

Για την παραγγελία 41177 (τα 2 κουτιά με τα αντίτυπα), τις καθημερινές
δεν είμαι σπίτι μέχρι τις 7. Μπορεί ο κούριερ να τα αφήσει στο περίπτερο
στη γωνία Αγίου Δημητρίου και Ολύμπου; Ο κ. Στέλιος το ξέρει και θα τα
κρατήσει. Το έχω ξανακάνει με άλλα δέματα.

Ευχαριστώ,
Θανάσης"""),
# ---------------- Spanish ----------------
("es", "b130-es-regalias-trimestre", "Nuria Castells <nuria.castells@example.es>", "Liquidación de regalías", "billing", "",
"""Buenos días:

En el panel figura la liquidación del primer trimestre por 312,75 EUR
(papel y digital), con fecha de pago el 30 de abril. A día de hoy no he
recibido ninguna transferencia. La cuenta es la misma en la que cobré
el trimestre anterior sin problema.

¿Podéis revisar si se ha emitido el pago?

Gracias,
Nuria Castells
Cuenta de autora 20-4471"""),
("es", "b130-es-cobro-doble-taller-mx", "Alejandro Ramirez <alex.ramirez@example.com.mx>", "cobro doble", "billing", "",
"""Buenas tardes, me inscribi al taller de cuento de los jueves y en mi
estado de cuenta aparecen dos cargos de $1,850 MXN el mismo dia. Solo
tengo un lugar inscrito. Les agradeceria que me reembolsen el segundo.
Saludos, Alejandro"""),
("es", "b130-es-newsletter-bajar-plan-ar", "Martina Sosa <martina.sosa@example.com.ar>", "Cambio de plan", "billing", "",
"""Hola, ¿qué tal?

Quiero pasar mi newsletter del plan Pro al gratuito a partir del mes que
viene. Después de limpiar la lista me quedaron unos 800 suscriptores y
no uso nada de lo que trae el Pro. Con el dólar como está, los 15 USD
por mes (que acá me terminan saliendo casi 20.000 pesos con impuestos)
ya no los puedo justificar.

¿Me confirmás que no pierdo el archivo de ediciones anteriores?

Gracias,
Martina"""),
("es", "b130-es-blog-gato-michi", "Inés Herrero <ines.herrero@example.es>", "El blog de Michi", "billing", "",
"""Hola:

Durante seis años he tenido con vosotros un blog sobre mi gato, Michi,
con sus fotos y sus «memorias». Michi murió en abril, con diecinueve
años, y ya no voy a escribir más. Me ha llegado el aviso de que el plan
se renueva el 1 de julio por 84 euros y no quiero que se renueve.

Si se pudiera descargar todo antes de que lo borréis, os lo agradecería
muchísimo.

Inés"""),
("es", "b130-es-factura-editorial-nif", "Administración Ediciones Alborán <admin@edalboran.example>", "Factura pedido 71052", "billing", "",
"""Buenos días,

Para el pedido de impresión 71052 (300 ejemplares) nos habéis enviado
un ticket simplificado. Necesitamos factura completa a nombre de:

Ediciones Alborán S.L.
CIF B-29123456
C/ Larios 14, 29005 Málaga

Un saludo,
Rocío Guerrero
Administración"""),
("es", "b130-es-meses-sin-intereses-curso", "Fernanda Lozano <fer.lozano@example.com.mx>", "Pago del diplomado", "billing", "",
"""Hola, buen día.

Me interesa el diplomado en escritura de guion que empieza en agosto
($14,900 MXN). ¿Aceptan pago a meses sin intereses con tarjeta de
crédito? Y si no, ¿se puede pagar en dos exhibiciones, una al inscribirme
y otra a mitad del curso?

Muchas gracias,
Fernanda Lozano
Guadalajara, Jal."""),
("es", "b130-es-feria-stand-omic", "Librería La Buhardilla <info@labuhardilla.example>", "Devolución de la caseta - feria suspendida", "billing", "high",
"""Buenas tardes:

Abonamos 1.150 EUR el 3 de febrero por una caseta en la feria del libro
de primavera (factura FL-2024-233). El 28 de marzo nos comunicasteis que
la feria se suspendía y que devolveríais el importe «en un plazo de 30
días». Han pasado más de dos meses y nadie contesta a nuestros correos.

Si el 15 de este mes no tenemos el dinero en la cuenta, presentaremos
una reclamación en la OMIC y en Consumo, y no descartamos ir a los
tribunales.

Atentamente,
Jorge Medina
Librería La Buhardilla (Valladolid)"""),
("es", "b130-es-narrador-no-entrego-contracargo", "Camilo Restrepo <camilo.restrepo@example.com.co>", "Audiolibro pagado y no entregado", "billing", "high",
"""Buenas tardes,

El 5 de marzo pagué $3.200.000 COP en su plataforma para la grabación
de mi novela con un narrador. Las primeras muestras debían estar el 25
de marzo. No he recibido nada, el narrador no responde y ustedes me
dicen que el dinero está "retenido hasta la finalización del proyecto".

Si el viernes no tengo el reembolso, voy a desconocer el cargo ante mi
banco y que ellos lo reversen.

Camilo Restrepo
Medellín"""),
("es", "b130-es-lectura-agencia-gerente", "Rodrigo Benítez <rodrigo.benitez@example.com.mx>", "Cobro por informe de lectura", "billing", "high",
"""Buenas tardes:

Cuando firmé con ustedes en enero me dijeron, con todas sus letras, que
el primer informe de lectura no tenía costo para autores de la agencia.
Hoy me llega una factura por $6,500 MXN por "informe editorial". Llamé
dos veces y la asistente me dice que "fue un malentendido".

No voy a pagar eso y no quiero seguir hablando con asistentes. Quiero
que me llame el director de la agencia o el gerente que corresponda.

Rodrigo Benítez
55 0000 4127"""),
("es", "b130-es-newsletter-cobro-tras-baja-defensa", "Gabriela Ferreyra <gabi.ferreyra@example.com.ar>", "ME SIGUEN COBRANDO", "billing", "high",
"""Me di de baja de la suscripción paga al newsletter "Crónicas del Sur"
el 2 de abril, tengo el mail de confirmación. Igual me cobraron
$4.500 en abril, en mayo y en junio.

Quiero los tres cobros devueltos. Si no me responden esta semana hago
la denuncia en Defensa del Consumidor y le pido al banco que los
desconozca.

Gabriela Ferreyra
Rosario"""),
("es", "b130-es-tarjeta-regalo-curso-cl", "Catalina Muñoz <catalina.munoz@example.cl>", "regalo", "billing", "",
"""Hola! Quiero regalarle a mi pololo el curso de novela negra que
empieza en septiembre, pero todavía no abren las inscripciones. ¿Tienen
gift card o algo así por $95.000 que él pueda canjear después? ¿Cuánto
dura la validez? Gracias!! Cata"""),
("es", "b130-es-devolucion-ejemplares-autor", "Héctor Villanueva <hector.villanueva@example.com.pe>", "Ejemplares de autor", "billing", "",
"""Estimados señores:

Hace un mes pedí 80 ejemplares de autor de mi poemario para las
presentaciones en Lima y Arequipa. Me sobraron 30, que siguen
precintados en su caja. ¿Es posible devolverlos y que me abonen su
importe, o cambiarlos por ejemplares del libro nuevo que saldrá en
octubre?

Atentamente,
Héctor Villanueva"""),
("es", "b130-es-pausa-suscripcion-erasmus", "Pablo Ortega <pablo.ortega@example.es>", "me voy a berlin", "billing", "",
"""Hola, me voy de Erasmus a Berlín de septiembre a febrero y el blog
se va a quedar parado, no voy a tener tiempo ni de respirar. Se puede
congelar el plan de pago esos meses sin perder el dominio ni las
entradas? Y luego reactivarlo en marzo? Gracias!"""),
("es", "b130-es-re-presupuesto-correccion-iva", "Lucía Fernández <lucia.fernandez@example.com.ar>", "Re: Presupuesto corrección de estilo", "billing", "",
"""Hola Sebastián, gracias por el presupuesto. Dos preguntas antes de
confirmar: ¿el precio incluye IVA? y ¿puedo pagar la mitad ahora por
transferencia y la otra mitad cuando me entregues el manuscrito
corregido?

Lucía

El lun, 10 jun a las 11:32, Sebastián Paz <sebastian@correctores.example> escribió:
> Hola Lucía:
> Para tu novela de 82.000 palabras, la corrección de estilo sale
> $410.000, con entrega en cinco semanas.
> Abrazo, Sebastián"""),
("es", "b130-es-epub-error-validacion", "Marc Vidal <marc.vidal@example.es>", "No puedo subir el ePub", "technical", "",
"""Hola,

Cada vez que intento subir el ePub de mi novela, la plataforma se queda
en el 90 % y sale «Error de validación: OPF-030». He comprobado el
archivo con dos lectores distintos y se abre bien. Lo he intentado
cuatro veces desde ayer.

¿Qué tengo que corregir?

Marc"""),
("es", "b130-es-portada-sangrado-mx", "Diana Cervantes <diana.cervantes@example.com.mx>", "Portada rechazada", "technical", "",
"""Hola, la portada de mi libro en pasta blanda me la rechaza el sistema
cada vez con "sangrado insuficiente". Le puse 3 mm por lado como dice
la guía y exporté en PDF/X-1a. Ya van seis intentos. ¿Será otra cosa?

Diana"""),
("es", "b130-es-enes-interrogaciones-ebook", "Julián Ospina <julian.ospina@example.com.co>", "Problema con la vista previa", "technical", "",
"""Buenas tardes,

En la vista previa del ebook todas las eñes y las tildes salen como
signos de interrogación: "Espa?a", "coraz?n", "ni?o". En el archivo de
Word se ven perfectas. Usé la fuente que recomiendan en la guía.

Quedo atento,
Julián Ospina"""),
("es", "b130-es-codigo-no-llega-ar", "Sergio Aguirre <sergio.aguirre@example.com.ar>", "NO ME LLEGA EL CODIGO", "technical", "",
"""HACE UNA HORA QUE ESTOY PROBANDO. Pongo usuario y contraseña, me dice
que me mandó un código por SMS y el código no llega nunca. Es el mismo
celular de siempre. No puedo entrar a ver nada. ¿Hay otra forma de
entrar?"""),
("es", "b130-es-no-es-factura-panel-ventas", "Elena Prats <elena.prats@example.es>", "Panel de ventas", "technical", "",
"""Hola,

No os escribo por ningún pago ni factura, eso está bien. Es el panel de
ventas: desde el martes todos mis títulos salen con cero ventas, todos
los días, y sé que vendí varios en la presentación del sábado en
Girona. Lo he mirado en Chrome y en Firefox, he cerrado sesión y he
vuelto a entrar. Nada.

Elena"""),
("es", "b130-es-newsletter-no-llego-patrocinador", "Diego Salinas <diego@cartasdelinterior.example>", "El envío de ayer", "technical", "high",
"""Hola:

El número del jueves figura como «enviado» a las 8:00 en el panel, pero
no le ha llegado a nadie: 0 % de aperturas, ningún rebote, y tengo el
correo lleno de suscriptores de pago preguntando si hemos cerrado. Lo
mandé también a tres direcciones mías de prueba y no ha llegado a
ninguna.

Ese número llevaba dos patrocinios pagados por fecha, y el lunes sale el
siguiente a 9.000 personas. Necesito saber qué pasa antes de eso.

Diego Salinas
Cartas del Interior"""),
("es", "b130-es-revista-hosting-caido-mx", "Revista Tinta Roja <redaccion@tintaroja.example>", "sitio", "technical", "high",
"""Buenos días,

Desde la madrugada nuestra revista literaria, alojada con ustedes,
muestra solo "Error 502". Hoy a mediodía abría la preventa de nuestra
antología y teníamos anuncio en radio y en redes; la gente nos escribe
por WhatsApp que no puede entrar. Los 20 autores de la antología nos
están preguntando qué pasó. No tocamos nada de nuestro lado.

Por favor, revísenlo hoy.

Mariana Téllez
Editora, Tinta Roja (CDMX)"""),
("es", "b130-es-caseta-enchufe-chispas", "Óscar Lorenzo <oscar.lorenzo@example.es>", "Caseta 217", "technical", "high",
"""Buenos días:

Os aviso de que esta mañana, al enchufar el flexo en la regleta que nos
instalasteis en la caseta 217, ha salido un chispazo de la toma de la
pared y se ha quedado oliendo a quemado. Hemos desenchufado todo y
estamos trabajando sin luz eléctrica.

Convendría que el electricista de la feria revisara la toma y la
regleta antes de que nadie vuelva a usarlas, y que nos dijerais si
podemos tener luz por la tarde.

Un saludo,
Óscar Lorenzo
Ediciones del Viento"""),
("es", "b130-es-bateria-grabadora-hinchada", "Valentina Roldán <valentina.roldan@example.com.ar>", "El kit de grabación", "technical", "high",
"""Hola, les cuento por si les pasa con otros narradores: la batería de
la grabadora portátil que venía en el kit que me mandaron se hinchó,
la tapa ya no cierra, y ayer estaba muy caliente aunque la grabadora
estaba apagada. La saqué y la dejé en un frasco de vidrio en el balcón,
lejos de todo. No la voy a volver a usar.

¿Me mandan una nueva o cómo seguimos? Tengo que grabar el libro de
Fuentes esta semana.

Valentina"""),
("es", "b130-es-tinta-desvaida-ejemplares", "Ramón Iglesias <ramon.iglesias@example.es>", "Pedido 70988", "technical", "",
"""Buenas tardes,

Me han llegado los 40 ejemplares del pedido 70988 y en casi la mitad la
tinta de las últimas páginas sale muy clara, casi gris, y en algunas
páginas no se lee bien la última línea. El PDF que subí está bien, lo he
comprobado. ¿Qué hacemos?

Ramón Iglesias"""),
("es", "b130-es-no-quiero-reembolso-app", "Paula Cárdenas <paula.cardenas@example.com.co>", "No quiero reembolso", "technical", "",
"""Buenas, por favor no me vuelvan a mandar el formulario de reembolso:
NO quiero que me devuelvan la plata, quiero escuchar el audiolibro que
compré. La app se cierra sola a los pocos segundos de darle play en el
capítulo 12 de "La casa de las orquídeas". Los otros libros suenan bien.
Ya lo borré y lo descargué dos veces. Samsung A54.

Paula"""),
("es", "b130-es-videos-no-cargan-mayor", "Carmen Ruiz <carmen.ruiz@example.es>", "los videos del curso", "technical", "",
"""Buenos dias,

tengo 76 años y estoy haciendo el curso de escribir memorias, que me
gusta mucho. Desde la segunda semana los videos se paran cada pocos
segundos con una ruedecita dando vueltas. La radio en el ordenador la
oigo perfectamente, asi que no creo que sea el internet. Mi nieta lo ha
mirado y tampoco sabe.

¿Pueden mandarme las clases por escrito, o arreglar los videos?

Muchas gracias,
Carmen Ruiz"""),
("es", "b130-es-formulario-agencia-error-ar", "Tomás Giménez <tomas.gimenez@example.com.ar>", "formulario de envíos", "technical", "",
"""Hola, el formulario para mandar manuscritos no me toma el archivo.
Adjunto el .docx (300 KB), le doy a enviar, la página se recarga vacía
y arriba dice "Ocurrió un error inesperado". Probé con PDF y desde otra
compu. ¿Está caído o lo mando por mail?

Tomás Giménez"""),
("es", "b130-es-horario-feria-bsas", "Florencia Acosta <flor.acosta@example.com.ar>", "Horarios", "general", "",
"""Hola! ¿Hasta qué hora está abierta la Feria los sábados? ¿Y hay
descuento para jubilados en la entrada? Voy con mi abuela desde
Quilmes. Gracias!"""),
("es", "b130-es-gracias-narradora-mx", "Guadalupe Herrera <lupita.herrera@example.com.mx>", "Gracias a la narradora", "general", "",
"""Buenas noches,

Solo quería agradecer a la señora Araceli Montes por la narración de
"Las hijas del maíz". Mi mamá perdió casi toda la vista el año pasado y
ya no podía leer, y ahora cada tarde escucha un capítulo y me lo cuenta
por teléfono como si lo hubiera leído. La voz de Araceli le recuerda a
su tía de Oaxaca.

Muchas gracias de corazón.

Lupita"""),
("es", "b130-es-cuaderno-olvidado-taller", "Íñigo Arrieta <inigo.arrieta@example.es>", "Me dejé un cuaderno", "general", "",
"""Kaixo, creo que el sábado me dejé un cuaderno rojo de tapa dura en el
taller de poesía de Bilbao, en la segunda fila junto a la ventana. Tiene
dos años de borradores y para mí vale mucho más de lo que parece. ¿Lo
ha encontrado alguien? Puedo pasar a recogerlo. Íñigo"""),
("es", "b130-es-seudonimo-perfil-cl", "Francisca Rojas <francisca.rojas@example.cl>", "Nombre de autora", "general", "",
"""Hola,

Voy a publicar mis novelas románticas con seudónimo, "Fran Ilabaca", en
lugar de mi nombre real. ¿Pueden cambiar el nombre que aparece en mi
perfil público? Para contratos y boletas debe seguir mi nombre legal.

Gracias,
Francisca Rojas"""),
("es", "b130-es-aepd-siguen-escribiendo", "Alberto Sanz <alberto.sanz@example.es>", "Protección de datos - última advertencia", "general", "high",
"""A la atención del Delegado de Protección de Datos:

En marzo solicité por escrito la supresión de mis datos de vuestra
plataforma de boletines, y recibí confirmación. Desde entonces sigo
recibiendo correos de tres boletines a los que nunca me suscribí, y uno
de ellos me saluda por mi nombre y menciona mi ciudad.

Exijo saber de dónde han salido mis datos y a quién se han cedido. Si
en diez días no tengo una respuesta completa, presentaré una
reclamación ante la Agencia Española de Protección de Datos.

Alberto Sanz"""),
("es", "b130-es-patrocinio-club-lectura-co", "Colegio San Rafael <biblioteca@colegiosanrafael.example>", "Solicitud de patrocinio", "general", "",
"""Cordial saludo,

Desde la biblioteca del Colegio San Rafael de Bucaramanga estamos
organizando un club de lectura para estudiantes de grado noveno a once,
con un encuentro final con una escritora colombiana en noviembre.
Buscamos patrocinio para libros y para el transporte de la autora.
¿Estarían interesados en apoyarnos? Con gusto les enviamos la
propuesta.

Atentamente,
Liliana Parra
Bibliotecaria"""),
("es", "b130-es-agencia-juvenil-pregunta", "Sara Molina <sara.molina@example.es>", "Pregunta", "general", "",
"""Hola, ¿representáis novela juvenil (a partir de 14 años) o solo
adultos? Y si mando el manuscrito a otras agencias a la vez, ¿tengo que
avisaros? Gracias, Sara"""),
("es", "b130-es-tarima-suelta-carpa-cl", "Matías Fuentes <matias.fuentes@example.cl>", "Escenario de la carpa", "general", "high",
"""Estimados:

Ayer en la carpa de lecturas de la feria, uno de los tablones de la
tarima del escenario está suelto y se levanta al pisarlo por un lado.
Una de las autoras casi se cae al subir y la tuvieron que sujetar. Hoy
hay lectura infantil con niños subiendo a leer.

Por favor, que alguien lo revise antes de las 11.

Matías Fuentes"""),
("es", "b130-es-re-estado-manuscrito-mx", "Andrea Quiroga <andrea.quiroga@example.com.mx>", "Re: Acuse de recibo - manuscrito", "general", "",
"""Buenas tardes:

Ya se cumplieron las diez semanas que mencionan abajo. Solo quería
preguntar si el manuscrito ya fue evaluado o si tengo que esperar un
poco más.

Saludos cordiales,
Andrea Quiroga

El 2 abr 2024, a las 9:15, Agencia Literaria Páginas <envios@paginas.example> escribió:
> Estimada Andrea:
> Confirmamos la recepción de su manuscrito "Lluvia en Xalapa". Le
> responderemos en un plazo de diez semanas.
> Atentamente, el equipo de Páginas"""),
("es", "b130-es-hola-hijo-15-taller", "Beatriz Cano <beatriz.cano@example.es>", "Hola", "general", "",
"""Hola, mi hijo tiene 15 años y escribe muchísimo. ¿Puede apuntarse al
taller de relato de los martes o es solo para adultos? Si no, ¿tenéis
algo para su edad en Zaragoza? Gracias"""),
("es", "b130-es-pedido-conserjeria", "Javier Marín <javier.marin@example.es>", "Pedido 70415", "general", "",
"""Buenas,

Para el pedido 70415 (dos cajas de ejemplares), por favor que el
repartidor las deje en la conserjería del edificio, Paseo de la
Castellana 120, Madrid. El conserje se llama Andrés y ya está avisado.
Yo estoy de viaje hasta el jueves.

Gracias,
Javier"""),
("es", "b130-es-taller-una-bomba-ar", "Nicolás Pereyra <nico.pereyra@example.com.ar>", "el taller del sábado", "general", "",
"""Che, el taller de novela negra del sábado fue una bomba. Me mataron de
risa las anécdotas de la profe y salí con tres ideas para asesinar a mi
protagonista. ¿Van a hacer otro en agosto? Anotame para que me avisen.
Abrazo, Nico"""),
("es", "b130-es-moderadora-desdenosa", "Rebeca Solís <rebeca.solis@example.es>", "Sobre la moderadora del taller online", "general", "",
"""Buenas tardes:

No quiero montar ningún escándalo, pero sí que conste. En la sesión del
miércoles del taller online, la moderadora cortó a dos compañeras mayores
con comentarios como «esto ya lo hemos explicado, hay que estar
atentas» y se rió de una pregunta sobre el micrófono. Se notó mucho
incomodidad en el grupo.

Os lo cuento para que lo tengáis en cuenta.

Rebeca"""),
# ---------------- Polish ----------------
("pl", "b130-pl-tantiemy-ebooki-brak", "Agnieszka Wróbel <agnieszka.wrobel@example.pl>", "Rozliczenie za I kwartał", "billing", "",
"""Dzień dobry,

w panelu autora widnieje rozliczenie za pierwszy kwartał na kwotę
1 284,30 zł (e-booki i audiobook), z terminem wypłaty 30 kwietnia. Do
dziś pieniądze nie wpłynęły. Numer konta się nie zmienił, poprzednia
wypłata przyszła bez problemu.

Proszę o sprawdzenie, czy przelew został zlecony.

Pozdrawiam
Agnieszka Wróbel"""),
("pl", "b130-pl-podwojne-obciazenie-kurs", "Tomasz Kaczmarek <tomasz.kaczmarek@example.pl>", "kurs - dwa razy pobrane", "billing", "",
"""Dzien dobry, zapisalem sie na kurs pisania scenariuszy (690 zl) i z
karty zeszly mi dwie platnosci po 690 zl, jedna po drugiej. Strona sie
zawiesila przy platnosci i kliknalem drugi raz. Mam jedno miejsce na
kursie, prosze o zwrot drugiej kwoty. Tomek"""),
("pl", "b130-pl-newsletter-nizszy-pakiet", "Magdalena Sowa <magda.sowa@example.pl>", "Zmiana pakietu", "billing", "",
"""Dzień dobry,

proszę o przeniesienie mojego newslettera z pakietu Biznes na Start od
kolejnego okresu rozliczeniowego. Po porządkach na liście zostało mi
ok. 900 subskrybentów i nie korzystam z automatyzacji.

Czy archiwum wcześniejszych wydań zostanie widoczne?

Dziękuję,
Magdalena Sowa"""),
("pl", "b130-pl-antykwariat-zamkniety", "Zbigniew Lis <zbigniew.lis@example.pl>", "Strona antykwariatu", "billing", "",
"""Szanowni Państwo,

po trzydziestu latach zamknąłem antykwariat przy Bernardyńskiej i od
czerwca jestem na emeryturze. Strona i blog antykwariatu nie będą już
potrzebne, więc proszę ich nie przedłużać na kolejny rok, bo przyszło
mi przypomnienie o 360 zł.

Gdyby dało się zachować teksty o starych lubelskich drukach w jakimś
pliku, byłbym wdzięczny.

Z poważaniem
Zbigniew Lis"""),
("pl", "b130-pl-faktura-vat-wydawnictwo", "Księgowość Wydawnictwo Brzask <ksiegowosc@brzask.example>", "Faktura do zamówienia 60377", "billing", "",
"""Dzień dobry,

do zamówienia druku nr 60377 (250 egz.) otrzymaliśmy tylko paragon.
Prosimy o wystawienie faktury VAT na dane:

Wydawnictwo Brzask sp. z o.o.
NIP 525-000-12-34
ul. Piotrkowska 101, 90-425 Łódź

Pozdrawiamy
Joanna Pietrzak"""),
("pl", "b130-pl-raty-blik-kurs", "Karolina Mazur <karolina.mazur@example.pl>", "Płatność", "billing", "",
"""Hej, chciałabym zapisać się na roczną szkołę pisania prozy (3 600 zł).
Czy można płacić w ratach miesięcznych? I czy da się zapłacić BLIK-iem,
bo w koszyku widzę tylko kartę i przelew tradycyjny.

Karolina"""),
("pl", "b130-pl-targi-stoisko-pozew", "Wydawnictwo Czarny Kot <biuro@czarnykot.example>", "Zwrot opłaty za stoisko - targi odwołane", "billing", "high",
"""Szanowni Państwo,

Wydawnictwo Czarny Kot opłaciło 4 800 zł za stoisko na jesiennych
targach książki (faktura TK/2024/311). 20 sierpnia poinformowali
Państwo, że targi się nie odbędą, a zwrot nastąpi w ciągu 30 dni.
Minęły prawie trzy miesiące, na maile nikt nie odpowiada.

Jeżeli kwota nie wróci na nasze konto do 15 listopada, sprawa trafi do
naszej kancelarii, a następnie do sądu.

Z poważaniem
Piotr Zawadzki
Prezes zarządu"""),
("pl", "b130-pl-lektor-nie-nagral-chargeback", "Michał Pawlak <michal.pawlak@example.pl>", "Audiobook - zapłacone, brak nagrania", "billing", "high",
"""Dzień dobry,

2 marca zapłaciłem przez Państwa platformę 3 900 zł za nagranie mojej
powieści przez lektora. Pierwsze rozdziały miały być do 25 marca. Nie
dostałem nic, lektor nie odpisuje, a czat mówi tylko, że środki są
"zablokowane do zakończenia projektu".

Jeśli do piątku nie będzie zwrotu, składam w banku reklamację
transakcji (chargeback).

Michał Pawlak"""),
("pl", "b130-pl-isbn-oplata-przelozony", "Grażyna Kowalczyk <grazyna.kowalczyk@example.pl>", "Opłata za ISBN", "billing", "high",
"""Dzień dobry,

w opisie pakietu "Autor Plus" (1 190 zł) stoi czarno na białym, że
numer ISBN jest w cenie. Dziś dostałam osobną fakturę na 120 zł za
"nadanie ISBN". Dwa razy dzwoniłam na infolinię i słyszę, że "tak
nalicza system".

Nie chcę trzeci raz tłumaczyć tego konsultantowi. Proszę, żeby
skontaktował się ze mną przełożony albo kierownik działu, tel.
601 000 734.

Grażyna Kowalczyk"""),
("pl", "b130-pl-kurs-odwolany-rzecznik", "Beata Szymańska <beata.szymanska@example.pl>", "Odwołany kurs - gdzie moje pieniądze", "billing", "high",
"""Zapłaciłam 1 450 zł za weekendowy kurs reportażu w Sopocie. Tydzień
przed terminem dostałam SMS, że kurs odwołany "z przyczyn
organizacyjnych". Od tamtej pory napisałam cztery maile z prośbą o
zwrot i nie dostałam żadnej odpowiedzi.

Daję Państwu czas do końca miesiąca. Potem idę do miejskiego rzecznika
konsumentów i składam skargę do UOKiK.

Beata Szymańska"""),
("pl", "b130-pl-bon-podarunkowy-warsztaty", "Ewa Nowicka <ewa.nowicka@example.pl>", "prezent", "billing", "",
"""Dzien dobry, chcialabym kupic mezowi na urodziny warsztaty pisania
wspomnien, ale zapisy ruszaja dopiero w pazdzierniku. Czy macie bony
podarunkowe np. na 500 zl, ktore bedzie mogl wykorzystac pozniej? Jak
dlugo sa wazne? Ewa"""),
("pl", "b130-pl-re-kod-rabatowy", "Łukasz Zieliński <lukasz.zielinski@example.pl>", "Re: Rabat na kurs powieści", "billing", "",
"""Dzień dobry, dziękuję - niestety kod nie zadziałał ("kod nieważny dla
tego produktu"), a nie chciałem stracić miejsca, więc zapłaciłem pełne
980 zł. Czy mogą Państwo zwrócić 15% (147 zł) na kartę?

Łukasz

W dniu 12.06.2024 o 10:05, Szkoła Pióro <kontakt@szkolapioro.example> pisze:
> Panie Łukaszu,
> zgodnie z obietnicą z webinaru przesyłamy kod PIORO15 na 15% zniżki na
> kurs powieści, ważny do niedzieli.
> Pozdrawiamy, zespół Pióra"""),
("pl", "b130-pl-zwrot-egzemplarzy-autorskich", "Jerzy Kubacki <jerzy.kubacki@example.pl>", "Egzemplarze autorskie", "billing", "",
"""Szanowni Państwo,

zamówiłem 70 egzemplarzy autorskich tomiku na spotkania w bibliotekach.
Zostało mi 25, nadal zafoliowanych w kartonie. Czy mogę je odesłać i
otrzymać zwrot pieniędzy, ewentualnie wymienić je na egzemplarze nowej
książki, która wychodzi we wrześniu?

Z poważaniem
Jerzy Kubacki"""),
("pl", "b130-pl-blog-przerwa-coreczka", "Natalia Dudek <natalia.dudek@example.pl>", "przerwa", "billing", "",
"""Hej! W maju urodziła nam się córeczka i blog z recenzjami kryminałów
musi poczekać, teraz czytam głównie "Kicię Kocię". Czy mogę zawiesić
płatny plan na jakieś pół roku, tak żeby nie stracić domeny ani wpisów,
i nie płacić w tym czasie? Dzięki, Natalia"""),
("pl", "b130-pl-epub-blad-walidacji", "Paweł Grabowski <pawel.grabowski@example.pl>", "Nie mogę wgrać pliku", "technical", "",
"""Dzień dobry,

przy każdej próbie wgrania pliku EPUB pasek dochodzi do 85% i pojawia
się komunikat "Błąd walidacji: NCX-001". Ten sam plik otwiera się
poprawnie w dwóch czytnikach. Próbowałem pięć razy od wczoraj.

Co mam poprawić?

Paweł Grabowski"""),
("pl", "b130-pl-okladka-grzbiet", "Monika Jaworska <monika.jaworska@example.pl>", "okladka odrzucona", "technical", "",
"""Dzien dobry, plik PDF okladki do wersji papierowej ciagle jest
odrzucany z komunikatem "szerokosc grzbietu nie zgadza sie z liczba
stron". Ksiazka ma 248 stron, papier kremowy 80 g, grzbiet policzylam
w Waszym kalkulatorze. Eksportowalam juz 4 razy. Moze kalkulator ma
stare dane?
Monika"""),
("pl", "b130-pl-krzaczki-polskie-znaki", "Krzysztof Wiśniewski <krzysztof.wisniewski@example.pl>", "Podgląd e-booka", "technical", "",
"""Dzień dobry,

w podglądzie e-booka zamiast polskich liter pojawiają się krzaczki:
"ĹĽ" zamiast "ż", "Ä…" zamiast "ą" itd. W pliku źródłowym wszystko jest
w porządku, w PDF też. Fonty osadziłem zgodnie z Waszym poradnikiem.

Krzysztof Wiśniewski"""),
("pl", "b130-pl-kod-sms-nie-dochodzi", "Halina Baran <halina.baran@example.pl>", "Logowanie", "technical", "",
"""Dzień dobry,

od wczoraj nie mogę się zalogować do panelu autora. Po wpisaniu hasła
strona pisze, że wysłała kod SMS, ale żaden kod nie przychodzi. Numer
telefonu ten sam co zawsze, inne SMS-y dostaję normalnie.

Czy jest inny sposób, żeby się zalogować?

Halina Baran"""),
("pl", "b130-pl-nie-platnosc-raport", "Adam Sikorski <adam.sikorski@example.pl>", "Raport sprzedaży", "technical", "",
"""Dzień dobry,

od razu zaznaczam, że nie piszę w sprawie płatności ani faktury, z tym
wszystko jest w porządku. Chodzi o raport sprzedaży: od wtorku pokazuje
zero przy każdym tytule, każdego dnia, a wiem, że sprzedałem kilka
książek na spotkaniu w Toruniu. Chrome, Firefox, wylogowanie - bez
zmian.

Adam Sikorski"""),
("pl", "b130-pl-newsletter-nie-doszedl", "Redakcja Kwartalnika Przecinek <redakcja@przecinek.example>", "Wczorajsza wysyłka", "technical", "high",
"""Dzień dobry,

wczorajsze wydanie newslettera ma w panelu status "wysłano" o 9:00,
ale nie dotarło do nikogo: 0% otwarć, żadnych odbić, za to skrzynka
pełna pytań od płatnych subskrybentów, czy zamknęliśmy pismo. Wysłałem
też na trzy swoje adresy testowe u różnych dostawców - nic.

W tym wydaniu były dwie płatne reklamy z konkretną datą emisji, a w
czwartek wysyłamy zaproszenia na festiwal do 11 000 osób. Musimy
wiedzieć, co się dzieje, zanim to zrobimy.

Marcin Wojciechowski
Kwartalnik Przecinek"""),
("pl", "b130-pl-sklep-wydawnictwa-premiera", "Wydawnictwo Sowa i Pióro <sklep@sowaipioro.example>", "strona", "technical", "high",
"""Dzień dobry,

od rana nasza strona ze sklepem (hosting u Państwa) pokazuje tylko
"Error 503". Dziś jest premiera naszej najważniejszej książki sezonu,
wczoraj była zapowiedź w radiowej Trójce i wszyscy, którzy chcą ją
kupić, trafiają na błąd. Telefon w biurze dzwoni bez przerwy, ludzie
pytają, gdzie można ją zamówić.

Prosimy o pilne sprawdzenie.

Aleksandra Michalska"""),
("pl", "b130-pl-lampa-stoisko-iskrzy", "Robert Kamiński <robert.kaminski@example.pl>", "Stoisko D08", "technical", "high",
"""Dzień dobry,

informuję, że lampa halogenowa zamontowana przez Państwa nad naszym
stoiskiem D08 kilka razy dziś zaiskrzyła przy oprawce, a potem zaczęło
się z niej lekko dymić. Wyłączyliśmy ją i odsunęliśmy książki spod
spodu, pracujemy przy świetle z hali.

Prosiłbym, żeby elektryk targów obejrzał lampę i przewód przed jutrzejszym
otwarciem.

Pozdrawiam
Robert Kamiński
Oficyna Wrzos"""),
("pl", "b130-pl-studio-sluchawki-prad", "Dorota Lewandowska <dorota.lewandowska@example.pl>", "Studio 2", "technical", "high",
"""Dzień dobry,

podczas dzisiejszego nagrania w studiu nr 2 dwa razy kopnął mnie prąd,
kiedy dotknęłam jednocześnie metalowego pulpitu na tekst i obudowy
słuchawek. Nic mi nie jest, ale przerwałam nagranie i wyłączyłam sprzęt.
Zanim ktokolwiek tam wejdzie, dobrze by było, żeby elektryk sprawdził
instalację i sprzęt.

Dorota Lewandowska
(lektorka, nagranie "Sad pod Sandomierzem")"""),
("pl", "b130-pl-kartki-wypadaja-druk", "Wiesław Ostrowski <wieslaw.ostrowski@example.pl>", "Zamówienie 60152", "technical", "",
"""Dzien dobry,

dostalem 60 egzemplarzy z zamowienia 60152 i w wielu z nich po jednym
otwarciu zaczynaja wypadac kartki - klej na grzbiecie w ogole nie
trzyma. Plik byl ten sam co przy poprzednim druku, wtedy bylo dobrze.
Co z tym zrobic?

Wieslaw Ostrowski"""),
("pl", "b130-pl-nie-chce-zwrotu-aplikacja", "Iwona Kołodziej <iwona.kolodziej@example.pl>", "Nie chcę zwrotu pieniędzy", "technical", "",
"""Proszę nie przysyłać mi kolejnego formularza zwrotu, nie chcę zwrotu
pieniędzy. Chcę po prostu wysłuchać audiobooka, który kupiłam.
Aplikacja zawiesza się na rozdziale 9 "Sezonu burz" i po kilku
sekundach się zamyka. Inne książki działają. Usuwałam i pobierałam dwa
razy. Telefon Xiaomi, Android 13.

Iwona"""),
("pl", "b130-pl-kurs-bez-dzwieku-seniorka", "Stanisława Wójcik <stanislawa.wojcik@example.pl>", "lekcje", "technical", "",
"""Szanowni Panstwo,

mam 79 lat i uczestnicze w kursie pisania wspomnien. Od czwartej
lekcji filmy odtwarzaja sie bez dzwieku - widze pania prowadzaca, ale
nic nie slychac. Pierwsze trzy lekcje sa w porzadku, radio w komputerze
tez gra. Wnuczek sprawdzal glosnosc.

Co mam zrobic?

Stanislawa Wojcik"""),
("pl", "b130-pl-formularz-agencji-blad", "Jakub Czerwiński <jakub.czerwinski@example.pl>", "Formularz zgłoszeń", "technical", "",
"""Dzień dobry, formularz zgłoszeń nie przyjmuje mojego pliku. Dodaję
.docx (250 KB), klikam "wyślij", strona się przeładowuje, pola są puste,
a na górze "Wystąpił nieoczekiwany błąd". PDF to samo, z innego
komputera też. Formularz nie działa czy mam wysłać mailem?
Jakub Czerwiński"""),
("pl", "b130-pl-godziny-targow-krakow", "Anna Górecka <anna.gorecka@example.pl>", "godziny", "general", "",
"""Dzien dobry, do ktorej godziny czynne sa targi w niedziele? I czy
ostatnie wejscie jest wczesniej niz zamkniecie? Jedziemy z Tarnowa z
dziecmi. Dziekuje"""),
("pl", "b130-pl-podziekowanie-redaktorce", "Marta Krawczyk <marta.krawczyk@example.pl>", "Podziękowanie dla pani Joanny", "general", "",
"""Dzień dobry,

chciałam bardzo podziękować pani Joannie za redakcję mojej powieści.
Była wymagająca, ale zawsze życzliwa, a jej uwagi do drugiej części
sprawiły, że książka wreszcie "zagrała". Wczoraj trzymałam w ręku
pierwszy egzemplarz i popłakałam się.

Proszę przekazać moje podziękowania.

Marta Krawczyk"""),
("pl", "b130-pl-zgubiony-szalik-targi", "Bogdan Wilk <bogdan.wilk@example.pl>", "Zguba", "general", "",
"""Dzień dobry, w sobotę na targach zostawiłem prawdopodobnie przy
stoisku z komiksami w hali B wełniany szalik w szkocką kratę. Pamiątka
po żonie. Czy ktoś go oddał? Mogę przyjechać w tygodniu.
Bogdan Wilk"""),
("pl", "b130-pl-zmiana-adresu-autora", "Joanna Pietrzyk <joanna.pietrzyk@example.pl>", "Zmiana danych", "general", "",
"""Dzień dobry,

przeprowadziłam się z Poznania do Gdyni. Proszę o zmianę adresu do
korespondencji na moim koncie autorki: ul. Świętojańska 77/4, 81-389
Gdynia. Nowy numer telefonu: 512 000 839.

Dziękuję,
Joanna Pietrzyk"""),
("pl", "b130-pl-rodo-kopia-danych", "Rafał Jankowski <rafal.jankowski@example.pl>", "Wniosek RODO", "general", "",
"""Szanowni Państwo,

na podstawie art. 15 RODO proszę o kopię wszystkich moich danych
osobowych przetwarzanych przez Państwa agencję, w tym historii
zgłoszeń i notatek recenzentów dotyczących moich tekstów, oraz o
informację, komu je udostępniono.

Rafał Jankowski"""),
("pl", "b130-pl-sponsor-konkurs-poetycki", "Szkoła Podstawowa nr 12 <biblioteka@sp12.example>", "Konkurs poetycki - prośba o wsparcie", "general", "",
"""Szanowni Państwo,

biblioteka Szkoły Podstawowej nr 12 w Rzeszowie organizuje w maju
międzyszkolny konkurs poetycki dla klas 4-8. Szukamy sponsorów nagród
(książki, warsztaty z autorem). Czy byliby Państwo zainteresowani
współpracą? Chętnie prześlemy regulamin.

Z wyrazami szacunku
Elżbieta Gajewska
nauczyciel bibliotekarz"""),
("pl", "b130-pl-agencja-reportaz-pytanie", "Olga Borkowska <olga.borkowska@example.pl>", "Pytanie", "general", "",
"""Dzień dobry, czy reprezentują Państwo autorów reportażu i literatury
faktu, czy tylko prozę? Mam gotowy reportaż o zamykanych kopalniach na
Śląsku. Ile rozdziałów wysłać jako próbkę?
Olga Borkowska"""),
("pl", "b130-pl-rekopis-udostepniony-prawnik", "Grzegorz Malinowski <grzegorz.malinowski@example.pl>", "Mój rękopis", "general", "high",
"""Szanowni Państwo,

w styczniu wysłałem do Państwa agencji rękopis powieści "Wiatr od
Helu". W zeszłym tygodniu jeden z autorów z Państwa listy zamieścił na
swoim profilu fragment "nowej książki w pracy" - z moimi postaciami i
dwoma niemal identycznymi akapitami.

Żądam wyjaśnienia, kto miał dostęp do mojego tekstu i komu go
przekazano. Sprawę przekazałem już swojemu prawnikowi, który
skontaktuje się z Państwem, jeśli w ciągu 7 dni nie otrzymam
odpowiedzi.

Grzegorz Malinowski"""),
("pl", "b130-pl-wykladzina-hala-targowa", "Teresa Adamczyk <teresa.adamczyk@example.pl>", "Hala C", "general", "high",
"""Dzien dobry,

w hali C przy wejsciu do strefy dzieciecej wykladzina jest rozdarta i
podwinieta na dlugosci ponad metra, robi sie z niej taki prog. Dzis
widzialam, jak potknela sie o nia starsza pani z laska, na szczescie
ktos ja zlapal. Jutro jest dzien szkol. Prosze to jak najszybciej
zabezpieczyc.

Teresa Adamczyk"""),
("pl", "b130-pl-re-status-rekopisu", "Dominika Wasilewska <dominika.wasilewska@example.pl>", "Re: Potwierdzenie otrzymania rękopisu", "general", "",
"""Dzień dobry,

minęło już dwanaście tygodni, o których Państwo piszą poniżej. Chciałam
tylko zapytać, czy rękopis został już oceniony, czy mam jeszcze czekać.

Pozdrawiam
Dominika Wasilewska

W dniu 11.03.2024 o 14:22, Agencja Literacka Margines <zgloszenia@margines.example> pisze:
> Szanowna Pani,
> potwierdzamy otrzymanie rękopisu "Zimowe jabłka". Odpowiedź
> prześlemy w ciągu dwunastu tygodni.
> Z pozdrowieniami, Agencja Margines"""),
("pl", "b130-pl-pies-na-targach", "Kamil Olszewski <kamil.olszewski@example.pl>", "Pytanie", "general", "",
"""Czesc, mozna wejsc na targi z psem? Maly, spokojny, na smyczy,
ewentualnie w torbie. Nie chce go zostawiac samego na caly dzien.
Kamil"""),
("pl", "b130-pl-zamowienie-u-sasiadki", "Renata Duda <renata.duda@example.pl>", "Zamówienie 33190", "general", "",
"""Dzień dobry,

w sprawie zamówienia 33190 (2 kartony egzemplarzy) - w tygodniu nie ma
mnie w domu do 17:00. Proszę, żeby kurier zostawił paczki u sąsiadki
spod 4, pani Kowalskiej, jest uprzedzona. Zamówienie jest opłacone,
więc nie ma nic do pobrania.

Dziękuję
Renata Duda"""),
("pl", "b130-pl-zabojcze-warsztaty", "Filip Rutkowski <filip.rutkowski@example.pl>", "warsztaty kryminalne", "general", "",
"""Warsztaty z pisania kryminału były po prostu zabójcze! Wyszedłem z
trzema trupami w szufladzie i pomysłem na idealne morderstwo (w
książce, spokojnie). Czy planujecie drugą edycję jesienią? Zapiszcie
mnie na listę powiadomień. Filip"""),
]
