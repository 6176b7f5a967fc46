"""The extractor's version, kept apart so the archive can record it without loading lxml."""

# Bump when a change to extraction can change a record; versions remember which one made them.
# 1.3.1: an event's "时间：" line atop the text stays in the body; code blocks' line-number gutters leave it
# 1.4.0: body: pictures' captions and lists of links leave an article with text of its own
# 1.4.1: a page-title banner's one-line standfirst no longer outweighs the article in the section after it
# 1.4.2: with no <title>, a heading below the text ("Related", "Share this:") is no headline
# 1.4.3: "the page's own site" of the link-list rule is its registrable domain by the Public Suffix List
# 1.4.4: a "Home / News" trail and a "1 views" counter are not an empty article's body
# 1.4.5: a heading saying <title> in other punctuation is the headline; a headline in capitals keeps <title>'s case
# 1.4.6: a marked byline element holding one handle or nickname alone ("koppt", "圆姑娘她爹") is the author,
#        and so is the name after a person icon (fa-user) in the headline's meta line; the date after an icon
#        in the lines under the headline is read as a date near the title
# 1.4.7: a post's only <h1> (in its <article>/<main>) is the headline when neither <title> nor og:title is
#        on the page (MkDocs: <title> from the front matter, the heading from the text)
# 1.4.8: a tag line ("<b>Tags:</b> <a>…</a>, <a>…</a>") leaves the body whole, not only its label
# 1.4.9: a short post's body: the headline's <header> (summary, date and byline line) and a table of contents
#        leave it, and a page whose only long lines are no paragraph lets every line and image vote; the author
#        the page's data names and its meta line prints as the byline is read as written (the site's own
#        name, a name with digits or a role)
# 1.4.10: a generator's zero date (0001-01-01) is no date, and htmldate is not asked to guess one; a label
#         line inside <pre>/<code> is program text and stays in the body; the <h1> that opens an <article>
#         is its headline even when a later <h1> repeats <title>
# 1.4.11: Persian and Japanese pages: the zero-width (non-)joiner stays inside words (Persian spelling),
#         language ja/ko/fa (Japanese was zh), Japanese pages in Tokyo time even under a kanji-only site name,
#         Persian pages in Tehran time with their Solar Hijri dates (1392/10/17, ۱۷ دی ۱۳۹۲) read
# 1.4.12: a UTC meta time whose clock reading the page prints as its date and time (Hexo built on a UTC
#         machine with no timezone set) is that printed reading in the site's zone, not shifted to the next day
# 1.4.13: authors from author-specific signals: a byline's author links, handles too, without the category
#         and tag badges beside them; that byline over an author line atop the text; one handle in the
#         author meta without a generator meta
# 1.4.14: under a <title> that is the site's name alone (a logo linking home or a menu entry says it), the
#         headline is the post's most prominent heading or title-named element (dopetrope's article h2,
#         a Frozen-Flask div.title), and the date line beside it beats the URL's date; a post written as
#         lists alone (no paragraph votes) is read from the block holding its lists, not by trafilatura
# 1.4.15: an element marked as the byline (``span.author``) beside a date in the headline's meta line is read
#         as written when no other rule reads an author ("SwissRN Academy", which holds the site's name)
# 1.4.16: Chinese bylines: a label ("作者") is no name and leaves the name after it, a transliterated foreign
#         name keeps its middle dot and its original in parentheses ("苏·伯克(Sue Burke)"), and a meta author
#         the line after "作者" prints is read as written; an author meta whose article:author is the site's
#         own page for that name is the author ("program team"); a post whose <article> holds only its header
#         has an empty body (rule empty-article), not the "Read more" box around it, and is kept
# 1.4.17: dates in other languages (a month's name in any language dateparser knows: "22 Septembre 2018",
#         "14. März 2019", "1 Agustus 2025"; "10.12.2017" read day first), near the headline only in a short
#         line; "Par Tony le <date>" bylines in any language, and one account's name there ("7Robot"); the name
#         opening the headline's date line ("Ahmad Faz | Dipublikasikan pada …"); a <title> the site's top bar
#         repeats gives way to the post's heading; a one-line post under its date line beats a box titled by
#         its own heading; a flat post keeps its short opening paragraphs
# 1.4.18: a heading saying og:title's words in typeset quotes and dashes (WordPress's curly "“Macho”", "–") is
#         the title as the page shows it; a separator before an empty site name ("Headline -") is no part of
#         og:title; the one <h1> the JSON-LD headline names beats an SEO plugin's rewording in og:title
# 1.4.19: the post's own block where its text is nearly empty or written as fields: the ``<main>`` after the
#         headline when the votes went to the whole page (a PDF in a frame, one link); the headline's block
#         when its other children hold half as much text again as the voted block (a report's subject, downloads
#         and attendees); a link to a file is a download, not the site's recirculation; a line holding only the
#         date read by the headline leaves the text; a list of people naming the author among others is no byline
# 1.4.20: a Chinese CMS's table layout (TRS WCM): the rows after a headline alone in its cell are the lines by
#         the headline; a day with a two-digit year there ("| 19-01-04 |") is read year first on a Chinese or
#         Japanese page; an undated page takes the day its file is named by (``t20200629_239290.html``); a post
#         of one line or one picture under its date line is its text, not the footer the votes went to; the page's
#         one <h1> above a plain line repeating the site's part of a "Site-Section" <title> (a notice's signature)
#         is the title; "Dec 10,2018" (no space after the comma) is a date
# 1.4.21: a link to the site's own author page (/author/<slug>/) in the blocks beside the headline is the byline;
#         votes that went to the page's <header>/<footer>/<nav>/<aside> give way to the headline's post, however
#         short (one link, or empty: an empty post); short lines before a heading headline in the post's block (a
#         link back to the listing, a PDF notice) are not the text; a line holding only a date of another language
#         ("6 de abril de 2020") by the headline leaves the text
# 1.4.22: under a "Site-Section" <title> whose first part the page's chrome (footer, header, a link home,
#         og:site_name) shows as the site's name, the page's one <h1> (outside header, menu and footer, above
#         the text) is the title, before the last rule's <title> first part (TRS WCM portals)
# 1.4.23: the headline and the page's other label lines are no article text when judging whether an author label
#         sits inside the text (JEECMS sets the <h1> and its meta spans in the text's block: a long headline made
#         "作者：…" a credit); the heading before the post's meta line is the title, the meta line being the first
#         label line that is not the breadcrumb's ("Location：…" above the <h1>, JEECMS's English edition); no
#         article_id from a run of digits inside an opaque hex id (Detail-3DE5DB15821772DF.html, a UUID)
# 1.4.24: a class that is a modifier alone ("with-sidebar", "has-sidebar", "no-sidebar") names no sidebar (Drupal's
#         content column ``main-content with-sidebar`` holds the headline); an inline meta line standing on its
#         own among its block's blocks (Drupal's ``span.submitted`` above the text) is a short line by the
#         headline, for its date; a link to a member's profile (``/user/<id>``) in that line is the byline (the
#         first line naming someone, above the text; the comments below it name their own authors); headings up
#         to 320 characters may repeat <title> (a standards agency's news titled with a standard's whole name)
# 1.4.25: a label line in markup that only a class word calls a menu ("en-xl-nav") and that links no page (its
#         <a>s without href, script and mail links) is the page's own: TRS's English post bar "Updated: Dec 10,2018"
#         above the text, so the <h3> over it is the headline and its day the post's (was <title>, the site's name)
# 1.4.26: "信息发布时间" / "信息发布日期" are date labels (a government portal's notices, as "信息来源" is a source
#         label), and a label after nothing but brackets opens its line ("【信息发布时间：…】"); a section's banner
#         repeating a later part of <title> ("Site-Region---常熟分中心") is no headline where a heading sits above
#         the post's meta line (Epoint portals); a vote for the page's wrapper (most of the page's text) gives the
#         headline's own post as the text (a VSB news template inside a <form>)
# 1.4.27: a date label glued to its date is a label ("[发布时间2021年3月11日]"); a line of nothing but a day under a
#         heading is the post's meta line for the title rules; a line repeating <title> that links another page (a
#         menu's entry for the section, <title> "Column——Site") or comes after that meta line (the site's name in
#         the text) is no headline where a heading sits above the meta line; "most of the content" is measured
#         without the headline and meta lines the body drops; short lines before a title-named headline
#         (``div.tit``) leave the text as before an <h1>
# 1.4.28: a post marked up as the page's one <article> whose text the votes missed for a list of other posts beside
#         it (several headings each one link: "Related stories") is that article's text block, or its picture with
#         no text; a block in the page's one <article> is the post for the quality gate, as one by the headline;
#         a cell of a table of data (rows of several filled cells, no table inside, few links) that wins the votes
#         gives way to the block holding the table; a counter line may hold the site's own short "label：value"
#         pairs and bracketed actions ("核发：zly 点击数：978 【收藏本页】"); a trail of links before the headline
#         is no text however long, and the votes going to one are the headline's section's; a link in the text
#         named as the post (its document) keeps its line
# 1.4.29: a day-month-year in numbers by the headline ("por Ana em 05/10/2020") is the post's date, read in the
#         order its own numbers, the page's other numeric dates or the listing's day for the page settle (left to
#         the later rules where nothing does); a byline name may end with a nickname in brackets ("José Filho
#         (Zé)"); og:title in Markdown ("Headline *sub*") names the heading that renders it
# 1.4.30: titles: a heading microdata marks as the headline (itemprop=headline) saying og:title's words typeset
#         is the title, as a JSON-LD headline saying them so was; a heading saying <title>'s whole headline in
#         the theme's capitals beats a text line repeating one part of it; a post whose one <h1> is printed empty
#         has no title (not <title>'s site name), its day read beside the empty heading
# 1.4.31: a page that declares no usable charset and is not UTF-8 is read in the encoding Firefox's detector
#         (chardetng) names, before the GB18030 and windows-1252 fallbacks (undeclared Big5, Shift_JIS, EUC-KR,
#         windows-1251 ... pages were mojibake); a declared label is read by the superset browsers read it by
#         (Shift_JIS as Windows-31J, EUC-KR as UHC, ISO-8859-9 as windows-1254, TIS-620 as windows-874)
# 1.4.32: a page that declares no language and whose title and labels are in Latin letters is in the zone the
#         script of its text tells (a Chinese post titled "git submodule vs git subtree": Hexo's UTC instant is
#         read at +08:00, the day the page prints)
# 1.4.33: titles: under a <title> naming no headline on the page, the line right above the post's labelled meta
#         line that its own style sets apart (a large font, bold, centred: EmpireCMS's <p style="font-size:24px">)
#         is the headline; the "时间：" line under it then dates the page over the address's day
# 1.4.34: a line naming the author that holds a sentence of its own before more text ("Prizes at Jan Peeters.
#         Phone 0470 …") is the text's, not a byline above it
# 1.4.35: a zero-width character (U+200B/C/D, U+FEFF) between two Han or kana characters is no word break and
#         goes (Thai and Khmer keep it as a space); the reporter credited on the last lines of a Chinese text
#         ("记者 刘涛", "（记者 胡晓蓉）") is its author, before an editor's credit; the
#         <h1> that the JSON-LD headline names beats an og:title that no heading repeats; a headline alone in its
#         cell, row and table is read from the outermost such wrapper for the date line after it; a <title>
#         opening with the site's name ends with the headline, no site suffix to cut from og:title; a heading
#         printed as a kicker's and a headline's elements reads as <title> or og:title writes the same words
# 1.4.36: a line set apart by its look above the meta line stands for the heading when the text opens with the
#         site's name that <title> is alone (TRS's <div><font style="FONT-SIZE: 22pt">); a text saying <title>'s
#         last parts together (a site name holding a separator) ranks as the site's name; a <title> part of three
#         Han characters is matched; the short post before the footer is found past a footer's last links, the
#         headline's own markup, label lines between headline and date line, and a <small> date line
# 1.4.37: a date printed as a heading over its value with no colon, the heading saying "published" in a language
#         (Quarto's title block: "Fecha de publicación" over "15 de enero de 2026"; <dt>Publicado el</dt><dd>…</dd>),
#         is a labelled date line: it dates the page over the URL's day and leaves the body (held-out quarto-oles)
# 1.4.38: a post with no line of prose (a picture, one link, nothing) beside a column's widget of short lines (a
#         sidebar's profile card: name, motto, city, "Follow me") is its own block, not the widget's lines
# 1.4.39: body: the headline's module inside a voted wrapper is the post only if it holds most of the wrapper's
#         prose (a story of sibling modules, WDR/MDR), unless the page marks it as its <article>; two halves of
#         a story meet in their <article>; a box of other stories' teasers inside the text (every heading a link
#         to the site's pages, short excerpts) leaves it. Titles: a section's heading repeating <title>'s last
#         part gives way to the <h1> printing og:title. Labels: a meta line opening with labels of the site's own
#         (供稿单位：…, 连载：…) or a day and time alone ("02日14:25 作者：…") is a label line; 执笔人/执笔 label a
#         writer, and a report's last line "执笔人：…" is its authors (signoff); short labels a screen-reader class
#         (sr-only, screen-reader-text, …) hides from sight leave the body
# 1.4.40: JSON-LD in a CDATA section is read; "author" inside a longer word (authorization, authoring) is no byline
#         word, nor an author box's follow button or counters (author-follow, author-views); a label without its name
#         ("作者：") is no author; a title part the author meta names is the writer's, not the site's; a story cut
#         into numbered parts (story-body-1, story-body-2) is kept whole; a word of a prose paragraph linked with a
#         furniture class stays; the page's <h1> repeating <title> inside its <header> is no site bar; the article's
#         JSON-LD datePublished with a time comes before the date metas (not a zone-less one of the meta's minute)
# 1.4.41: body: a block inside a link is all link text and wins no vote (a next-post card that is one <a> holding
#         two <p>: the only paragraphs of a post written as bullet points alone; held-out gatsby-snoop2head)
# 1.4.42: a post that is a table of figures (no cell long enough to vote, no paragraph beside it) is the block
#         holding the first table of data after its headline, where the votes went away from the headline's
#         section to a block with less text than that table (a footer's licence and address lines)
# 1.4.43: body: paragraphs inside a <pre> that holds <p> elements vote (a template that writes the post's HTML in a
#         <pre>: no code block); what the page hides by its own style (display:none: a city picker's drop-down)
#         does not vote unless nothing else does; the headline's own block is the post when the voted column
#         around it holds the column's first and most prose and otherwise only links (a pager, lists of other
#         news). Dates: the line right under the headline that opens with the day and names a column or a source
#         after it, without a sentence ("2017-07-10 某市公交新闻"), is the date line and leaves the body. Titles: a
#         ``<dt>`` is a headline candidate (``dl > dt`` headline, ``dd`` meta). Authors: a labelled author's value
#         opening with a reporter's role ("作者：记者魏玉坤、周圆") is the names without the role. A <title> escaped
#         twice (&amp;quot;) is read decoded where as written it names no headline; a heading or <dt> saying
#         <title>'s words after a short kicker and a colon ("白皮书：…") is the headline
# 1.4.44: held-out session 18 (new generators). Authors: a meta line that gives the day first and the author after
#         it ("Published on May 15, 2017 by Tim Riley", "Veröffentlicht am 3. Mai 2019 von Anna Berg"). Body: a
#         small form's box (a newsletter sign-up: the form and the caption and small print around it) neither
#         votes nor stays in the text; on a page of few paragraphs, the block its list items elect is the text
#         when it holds twice what the paragraphs elected (a changelog written as lists beside the site's
#         one-line notices); a post of sentence lines after a headline band of its own (a "hero" section: menu,
#         headline, one subtitle) is the text, not the band. Dates: htmldate's first of January found by its
#         extensive search is a year alone (a footer's "2014–2016") unless the page writes that day
# 1.4.45: body: a labelled summary box ("导读：…", "摘要：…") above the block holding the text, saying the page's meta
#         description, is the description shown as a standfirst and leaves the body (a paper's "［摘要］" paragraph
#         among the text's own stays); a script's button alone under the text ("加载全部内容", "展开全文") ends it
# 1.4.46: the Japanese date labels 投稿日/公開日 (WordPress's ja "posted on"); an author-page link in the block of the
#         date line the page's date came from (a hero-header theme's meta line atop the text); a footer by its class
#         word inside the post's own markup (<article>, schema.org BlogPosting microdata) is the post's, not site
#         furniture; an author item's own itemprop=name element holds a name whole (a lower-case pen name)
# 1.4.47: authors: a line of nothing but one to three Chinese names (each opening with a common surname, not a
#         heading, bold or link element) under the headline lines atop the text is the writer ("胡平",
#         "赵延东、风笑天"); so are such names alone in brackets closing the text ("…。（常书香 马丹阳 ）", "（袁源）",
#         "（姚峰 上海报道）"); and a name set flush right (align=right, text-align:right), no link, in the text's last
#         lines ("<p style='text-align:right'><strong>Lê Phương</strong></p>")
# 1.4.48: held-out session 19 (Chinese portals). Authors: a byline element holding a credit "role：value"
#         ("供稿：通讯员 林超群", "摄影、报道：王荣伟") gives the writers it names, without the role and the next credit
#         ("… 摄影：吴新望"); a source's credit there ("来源：新华网", "Source: …") names no author. Titles: a heading
#         linking to index.html at the site's top names the site (a mobile header's <h1> above a short headline).
#         Body: closing lines printing the page's own address (a template's reprint notice "…转载联系作者并注明出处：
#         http://…/200.html") leave the text. Text: a zero-width space between a Han character and a dash, curly
#         quote, ellipsis or middle dot goes (no word break there)
# 1.4.49: titles: <title> or og:title saying only the site's name (the header's line that links home, a saved copy's
#         ``../../index.html`` too) is no headline: a post left untitled has none (Blogger); body: ``itemprop`` read as
#         a list of names (``description articleBody``), and the marked body wins over a block of votes holding the
#         whole article item and more beside it; a byline's day in words ("en domingo, julio 25, 2010") is no list
#         of names; validation: a listed page's own date and author keep a post left untitled
# 1.4.50: authors: the author's label in other languages ("Yazar:", "Autor:", "Auteur :", "著者：", "작성자:"; with
#         its colon, not inside a longer word) labels the author as "Author:" does; an account handle in brackets
#         after a name ("Kazuki Okamoto (@kakkun61)") is the person's handle, not part of the name; a by-line printing
#         the author meta's one-word handle whole ("Posted by takenobu.hs on …") names it, host-like or lower-case
# 1.4.51: authors: the name a page's <title> sets before its headline ("Name — Talk ← #4 ← Meetups") that also opens
#         the line right under the headline, a separator after it ("Name @ <a>rannts #4</a>"): a talk's speaker
# 1.4.52: held-out session 19 (English). Dates and bylines: a month word two languages give two months names the
#         one five times as many of dateparser's locales give it ("Mar" March, not Teso's May: "Posted on 16 Mar
#         2019 by …"); authors: a group the JSON-LD names as the author ("The Julia Community") that the headline's
#         meta line prints in its marked byline is the author, before a <meta name="author"> of the site's founders;
#         "et al." closing a list names no one ("al" was a name); a nickname in brackets between a person's names
#         ("Xiu-Zhe (Roger) Luo") is part of the name
# 1.4.53: authors: an author box right under the text, a picture whose alt is the name and a heading of the same box
#         printing that name (held-out hugo-patojad: "<img alt=PatoJAD> <h3>PatoJAD</h3> Arquitecto de Soluciones"),
#         where no byline, label or data names anyone; never inside a link (a related post's card) or beside a form
# 1.4.54: held-out session 20 (Chinese). Text: what an inline template script writes with document.write (string
#         variables and literals only, no markup: TRS WCM's "发布时间：<script>var pubdata='2017年06月01日';…") is the
#         page's text where the script stood; titles: the line above the meta line whose class names it a title inside
#         a compound word ("div.newstitle") is the headline, as a styled one was; authors: the editor's label naming one
#         account handle ("编辑：donghk"), the page's only credit, names it
# 1.4.55: held-out session 20. Parsing: a <main> libxml2 left inside a <nav>/<aside>/<menu> (an end tag ignored past
#         an unclosed child) is moved out after it, as a browser's parser places it; titles: a heading's permalink
#         mark (``<a href="#id">¶</a>``) is no part of it; a heading relates to <title> only as whole words ("News"
#         is not in "May Newsletter"); <title> as the last resort is cut at spaced separators only, dropping the
#         site's part ("Webinar #3 - Polly Smith - Site" keeps its dash); an og:title a post pasted into its text
#         (a <meta> inside the body's elements) is not the page's
# 1.4.56: session 22 (phpcms-5iedu). Text: a list's entries whose text besides their link is a date alone count as
#         links (a related box, "标题 2019-06-06 11:31:03"); a box heading opening with a mark ("● 相关推荐") is an end
#         marker; votes going to the block right after such a marker (a related box and the site's disclaimer,
#         outvoting a post of one sentence) give the longest block between the headline's and the marker
# 1.4.57: session 22 (issue 12). Body: a page with no paragraph whose one long line is a list item of a block its class
#         calls furniture (a footer's "This project is supported by …") is its pictures outside links and such blocks
#         when it has some (hugo-sasip's kick-off: two images of an agenda), not that line; dates: htmldate's
#         extensive guess is dropped when it is a day only the page's sentences or link addresses mention (a talk
#         "first presented on 19 November 2015", its slides at ``…/20150129-…``; lektor-rannts), a date line of its
#         own still dating the page
# 1.4.59: session 23 (held-out round). Author: the line right under the headline reading "date - Name" (a spaced
#         dash, no link: jekyll-codefornepal's "05 Sep 2016 - Sudeshana Karki") names the author and leaves the body;
#         body: the lists vote too when the paragraphs elected a line or two (a Chirpy post of lists, tables and
#         code lost to its top bar's breadcrumb); a short block and the only close rival beside it, meeting a level or
#         two up, the first of them a card headed by a title (an event's card and its text under a rule), are one post
# 1.4.61: session 24 (hugo-ccss). Body: a date line in English words alone under the headline ("June 14, 2021")
#         leaves the body as a numeric one did; the page's description printed after the headline, a sibling of it
#         above the text's block, is a standfirst and leaves it; an event card's text under it may be its rival
#         scoring alike before links (a long address as its one link), and a long text keeps the short titled card
#         above it; a caption over a row of icon links ("ADD TO CALENDAR") leaves the body
# 1.4.63: session 24 (held-out round). Title: a site's name holding a separator ("2042 | Play Well Die Happy"), said
#         whole by the page's link home, leaves og:title and <title> whole (MkDocs' "{page} - {site}"); dates: the
#         page's only <time datetime>, in a side panel (a <nav>, a list item linking nothing, no comment or
#         related block around it) dates the post (MkDocs Material's post panel); author: the author marks of that
#         panel are a byline though it is navigation, and a byline's avatars (img alt) choose its names among the
#         parts that also hold roles ("Ana Elisa / Volunteer"); a link to /contributors/<name>/ beside the headline
#         is an author page (Hugo Doks); body: cards each one link around their excerpt (text all in links, 3+
#         links) beside the page's sole <article> are teasers: the article is the body (Hexo Butterfly)
# 1.4.64: session 24 (Chinese held-out round). Author: structured data naming one of the authors the headline's
#         meta line links to their pages names them all (Wowchemy writes the first alone). Body: blocks built
#         alike by their inline style when they have no class (WeChat's 135editor/Xiumi cards), wrappers each
#         holding one element not counted as levels between a part and the parts' holder; readers' comments
#         (entries built alike, each opening with a short line stamped to the minute) are no part of the text,
#         beside it or inside its block
# 1.4.60: session 24. Body: a sibling after the text that a content word of its class lifts past its share, with less
#         than a line outside its links and its own votes short of the share (Chirpy's ``div.post-tail-wrapper``:
#         categories, tags, "This post is licensed under CC BY 4.0 by the author."), no longer joins the text; the
#         dated meta line between headline and text does not widen a short post to the headline's block. Author: after
#         "date - " under the headline, the site's own account or name (its ``twitter:site``, its title's last part)
#         and a name with lower-case middle words ("Krishna kumar Shrestha") name the author
# 1.4.65: session 24's five branches merged: 1.4.60 (miss24), 1.4.61 (ccss24), 1.4.63 (held24), 1.4.64 (heldcn24)
EXTRACTOR_VERSION = "1.4.65"
