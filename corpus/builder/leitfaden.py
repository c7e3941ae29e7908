"""Sample document: Leitfaden des Deutschen Landkreistages zu Kreisentwicklungskonzepten (Beispielausgabe 2014).

A general guide for all German counties on county development concepts as a political instrument for shaping
demographic change. Written for the sample corpus; the example counties in chapter 8 are fictional.
"""

from __future__ import annotations

from corpus.builder.model import Block, Bullets, Columns, Heading, Para, Question, SampleDocument, Table

FRONT_MATTER: tuple[Block, ...] = (
    Heading("Vorwort", 1, key="LF-vorwort"),
    Para(
        "Kaum ein Thema hat die kommunale Praxis in den vergangenen Jahren so nachhaltig beschäftigt wie der "
        "demografische Wandel. Die 295 Landkreise in Deutschland, in denen rund 56 Millionen Menschen und damit gut "
        "zwei Drittel der Bevölkerung leben und die zusammen etwa 96 Prozent der Fläche der Bundesrepublik umfassen, "
        "erleben diesen Wandel unmittelbar: Schulen und Kindertagesstätten müssen an veränderte Kinderzahlen "
        "angepasst werden, die Nachfrage nach Pflege- und Unterstützungsangeboten steigt, Arztpraxen im ländlichen "
        "Raum finden keine Nachfolger, und der öffentliche Personennahverkehr muss in dünn besiedelten Räumen neu "
        "gedacht werden. Zugleich verlaufen die Entwicklungen keineswegs einheitlich. Wachsenden Kreisen im Umland "
        "der Ballungsräume stehen Kreise gegenüber, die seit Jahrzehnten Einwohner verlieren und in denen der Anteil "
        "älterer Menschen besonders rasch zunimmt."
    ),
    Para(
        "Die Landkreise sind diesen Entwicklungen nicht passiv ausgeliefert. Als bürgernahe Ebene der kommunalen "
        "Selbstverwaltung verfügen sie über Gestaltungsspielräume, die sie aktiv nutzen können und sollten. Ein "
        "zentrales Instrument hierfür ist das Kreisentwicklungskonzept. Es bündelt die Fachplanungen des Kreises, "
        "verknüpft sie mit den Vorstellungen der kreisangehörigen Städte und Gemeinden und übersetzt sie in ein "
        "gemeinsames Leitbild mit konkreten Zielen und Maßnahmen. Richtig angelegt, ist ein Kreisentwicklungskonzept "
        "weit mehr als ein Gutachten für die Schublade: Es ist ein politisches Instrument, mit dem der Kreistag "
        "Prioritäten setzt, knappe Ressourcen zielgerichtet einsetzt und die Zusammenarbeit in der Region auf eine "
        "verlässliche Grundlage stellt. Nicht zuletzt verbessert es die Chancen, Fördermittel von Europäischer "
        "Union, Bund und Ländern in den Kreis zu holen, denn immer mehr Förderprogramme setzen ein abgestimmtes, "
        "integriertes Entwicklungskonzept voraus."
    ),
    Para(
        "Mit dem vorliegenden Leitfaden möchte der Deutsche Landkreistag die Landkreise bei der Erarbeitung, "
        "Umsetzung und Fortschreibung ihrer Kreisentwicklungskonzepte unterstützen. Er fasst die Erfahrungen "
        "zahlreicher Landkreise zusammen, die in den vergangenen Jahren solche Prozesse durchlaufen haben, und gibt "
        "praktische Hinweise zu Organisation, Beteiligung, Finanzierung und Erfolgskontrolle. Die Praxisbeispiele in "
        "Kapitel 8 sind bewusst verfremdet; sie stehen für typische Ausgangslagen und Lösungswege und sollen zur "
        "Nachahmung anregen, ohne einzelne Kreise herauszuheben. Mein Dank gilt den Mitgliedern des Arbeitskreises "
        "„Kreisentwicklung und Demografie“ sowie den Kolleginnen und Kollegen aus den Kreisverwaltungen, die ihre "
        "Erfahrungen, Arbeitshilfen und manche selbstkritische Einschätzung großzügig zur Verfügung gestellt haben. "
        "Ich wünsche dem Leitfaden eine weite Verbreitung und allen Landkreisen, die sich auf den Weg machen, viel "
        "Erfolg."
    ),
    Para(
        "Berlin, im Oktober 2014 – Dr. Matthias Brandtner, Hauptgeschäftsführer des Deutschen Landkreistages",
        key="LF-vorwort-unterschrift",
    ),
    Heading("Zusammenfassung", 1, key="LF-zusammenfassung-h"),
    Para(
        "Der demografische Wandel verändert die Rahmenbedingungen der Kreispolitik grundlegend. Die Bevölkerung wird "
        "in den meisten Landkreisen älter, in vielen auch weniger, und die Unterschiede zwischen wachsenden und "
        "schrumpfenden Räumen nehmen zu. Besonders betroffen ist die Daseinsvorsorge: Schulen, Ärzte, Pflege, "
        "Nahversorgung, Busverkehr, Brandschutz sowie Wasserversorgung und Abwasserentsorgung müssen an veränderte "
        "Nachfrage und schwindende Tragfähigkeit angepasst werden. Der Leitfaden empfiehlt den Landkreisen, diese "
        "Herausforderungen nicht in einzelnen Fachplanungen isoliert zu bearbeiten, sondern in einem integrierten "
        "Kreisentwicklungskonzept zusammenzuführen, das vom Kreistag beschlossen wird und für alle Beteiligten eine "
        "gemeinsame Orientierung bietet.",
        key="LF-zusammenfassung",
    ),
    Para(
        "Ein Kreisentwicklungskonzept ist eine freiwillige Selbstverwaltungsaufgabe. Es ergänzt den Regionalplan und "
        "die Flächennutzungspläne der Gemeinden, ohne deren Verbindlichkeit zu besitzen, und bildet das Dach für die "
        "sektoralen Fachplanungen des Kreises. Seine Erarbeitung folgt einem Prozess in sechs Phasen – "
        "Bestandsanalyse mit Strukturatlas, Leitbild, Handlungsfelder, Maßnahmen, Umsetzung sowie Monitoring und "
        "Evaluation – und dauert bis zum Beschluss des Kreistages in der Regel 18 bis 24 Monate. Die wichtigsten "
        "Empfehlungen des Leitfadens lassen sich in zehn Kernaussagen zusammenfassen:"
    ),
    Bullets(
        (
            "Der demografische Wandel ist eine Gestaltungsaufgabe, keine bloße Anpassungsaufgabe. Wer früh handelt, "
            "hat mehr Handlungsoptionen.",
            "Ein Kreisentwicklungskonzept ist ein politisches Instrument. Es braucht die ausdrückliche Rückendeckung "
            "von Landrätin oder Landrat und einen breiten Konsens im Kreistag.",
            "Die kreisangehörigen Städte und Gemeinden sind Partner auf Augenhöhe. Ihre Planungshoheit bleibt "
            "unberührt; das Konzept lebt von freiwilliger Kooperation.",
            "Die Bestandsanalyse sollte datengestützt, kleinräumig und fortschreibbar sein. Ein Strukturatlas "
            "schafft die gemeinsame Faktenbasis.",
            "Weniger ist mehr: Vier bis sechs Handlungsfelder und eine überschaubare Zahl priorisierter Maßnahmen "
            "sind wirksamer als umfangreiche Wunschlisten.",
            "Beteiligung muss ernst gemeint sein. Bürgerinnen und Bürger, Jugendliche, Wirtschaft und Verbände "
            "sollten früh und über unterschiedliche Formate, auch online, einbezogen werden.",
            "Eine Lenkungsgruppe unter Vorsitz der Verwaltungsspitze und eine dauerhaft eingerichtete Stabsstelle "
            "Kreisentwicklung sichern die Steuerung.",
            "Fördermittel von EU, Bund und Ländern – etwa LEADER, GAK, Städtebauförderung oder Modellvorhaben der "
            "Raumordnung – können die Umsetzung erheblich unterstützen; die Kofinanzierung ist frühzeitig "
            "einzuplanen.",
            "Monitoring und Evaluation machen Fortschritte sichtbar und sind Voraussetzung für Steuerung und Lernen.",
            "Ein Kreisentwicklungskonzept sollte alle fünf bis zehn Jahre fortgeschrieben werden.",
        ),
        key="LF-kernaussagen",
    ),
)

BODY: tuple[Block, ...] = (
    Columns(2),
    # ------------------------------------------------------------------ Kapitel 1
    Heading("1 Demografischer Wandel in den Landkreisen", 1, key="LF-k1"),
    Para(
        "Der Begriff demografischer Wandel beschreibt die Veränderung von Größe und Zusammensetzung der Bevölkerung. "
        "Er ergibt sich aus dem Zusammenspiel von drei Komponenten: der Geburtenentwicklung, der Lebenserwartung und "
        "den Wanderungen. Seit Mitte der 1970er-Jahre liegt die zusammengefasste Geburtenziffer in Deutschland bei "
        "etwa 1,4 Kindern je Frau und damit rund ein Drittel unter dem Wert von etwa 2,1 Kindern, der für den Erhalt "
        "der Bevölkerungszahl ohne Zuwanderung erforderlich wäre. Gleichzeitig steigt die Lebenserwartung "
        "kontinuierlich an. Die Folgen lassen sich auf eine kurze Formel bringen: Die Bevölkerung wird insgesamt "
        "weniger, älter und – durch Zuwanderung – vielfältiger. Für die Landkreise ist entscheidend, dass sich diese "
        "Entwicklungen regional sehr unterschiedlich ausprägen und dass sie sich innerhalb eines Kreisgebiets oft "
        "noch einmal deutlich unterscheiden.",
        key="LF-demografie-def",
    ),
    Heading("1.1 Alterung der Bevölkerung", 2),
    Para(
        "Die Alterung der Bevölkerung ist die sicherste und zugleich folgenreichste Komponente des demografischen "
        "Wandels. Nach der 12. koordinierten Bevölkerungsvorausberechnung des Statistischen Bundesamtes wird der "
        "Anteil der Menschen, die 65 Jahre und älter sind, bundesweit von rund einem Fünftel im Jahr 2008 auf etwa "
        "ein Drittel im Jahr 2060 ansteigen. Besonders stark wächst die Zahl der Hochbetagten ab 80 Jahren: Sie wird "
        "sich bis zur Mitte des Jahrhunderts voraussichtlich mehr als verdoppeln. Neugeborene Jungen konnten nach "
        "der Sterbetafel 2010/2012 mit einer durchschnittlichen Lebenserwartung von 77,7 Jahren rechnen, Mädchen mit "
        "82,8 Jahren. Diese Entwicklung ist ein zivilisatorischer Gewinn. Sie bedeutet für die Landkreise aber "
        "zugleich, dass die Nachfrage nach Pflege, medizinischer Versorgung, barrierefreiem Wohnraum und "
        "wohnortnahen Unterstützungsangeboten in den kommenden Jahrzehnten deutlich zunehmen wird.",
        key="LF-alterung",
    ),
    Para(
        "Der Alterungsprozess verläuft in ländlichen Kreisen häufig schneller als in den Städten, weil junge "
        "Erwachsene zur Ausbildung und zum Studium in die Zentren abwandern und nur zum Teil zurückkehren. In vielen "
        "Landkreisen liegt das Durchschnittsalter bereits heute über 46 Jahren. Gleichzeitig schrumpft die Zahl der "
        "Menschen im erwerbsfähigen Alter zwischen 20 und 65 Jahren. Für die regionale Wirtschaft verschärft sich "
        "dadurch der Wettbewerb um Auszubildende und Fachkräfte; für die Kreisverwaltung selbst stellt sich die "
        "Frage der Nachwuchsgewinnung, denn auch im öffentlichen Dienst scheiden in den kommenden Jahren die "
        "geburtenstarken Jahrgänge aus dem Berufsleben aus. Die Fachkräftesicherung wird damit zu einer gemeinsamen "
        "Aufgabe von Unternehmen, Kammern, Arbeitsagenturen, Jobcentern, Schulen und Kreisen. Zugleich wächst das "
        "Potenzial der aktiven älteren Generation, die sich in Vereinen, Nachbarschaftshilfen und Bürgerbussen "
        "engagiert und damit zu einer tragenden Säule des Gemeinwesens wird.",
        key="LF-alterung-folgen",
    ),
    Heading("1.2 Schrumpfung und Wanderungen", 2),
    Para(
        "Seit 1972 sterben in Deutschland jedes Jahr mehr Menschen, als geboren werden. Ob die Bevölkerung insgesamt "
        "wächst oder schrumpft, entscheidet sich daher an den Wanderungen. Die 12. koordinierte "
        "Bevölkerungsvorausberechnung geht davon aus, dass die Einwohnerzahl Deutschlands von rund 82 Millionen im "
        "Jahr 2008 bis zum Jahr 2060 auf 65 bis 70 Millionen zurückgehen wird. Die seit 2011 deutlich gestiegene "
        "Zuwanderung aus dem Ausland hat diese Entwicklung vorübergehend gebremst. An der grundsätzlichen Tendenz "
        "ändert sie nach heutigem Kenntnisstand wenig, zumal sich die Zuwanderung vor allem auf die "
        "wirtschaftsstarken Städte und ihr Umland konzentriert. Für ländlich-periphere Landkreise ist deshalb auch "
        "künftig mit einem Rückgang der Einwohnerzahl zu rechnen, der sich mit zunehmender Alterung eher "
        "beschleunigt, weil die Zahl potenzieller Eltern sinkt.",
        key="LF-schrumpfung",
    ),
    Para(
        "Für die einzelnen Landkreise sind Binnenwanderungen oft bedeutsamer als die natürliche "
        "Bevölkerungsentwicklung. Bildungswanderer im Alter zwischen 18 und 25 Jahren verlassen vor allem "
        "ländlich-periphere Kreise; Familien zieht es dagegen in das Umland der Städte, wo Bauland günstiger ist als "
        "in den Kernstädten. Ältere Menschen wandern vergleichsweise selten, in jüngerer Zeit aber vermehrt in die "
        "Städte oder in die zentralen Orte der Kreise, wo sie Ärzte, Geschäfte und Busverbindungen in der Nähe "
        "finden. Schrumpfung ist deshalb kein gleichmäßiger Prozess: Sie trifft innerhalb eines Kreises kleine, "
        "abgelegene Ortsgemeinden häufig stärker als die Mittelzentren und führt dort zu Leerständen in den "
        "Ortskernen, zu einer Ausdünnung der Nahversorgung und zu steigenden Pro-Kopf-Kosten der technischen "
        "Infrastruktur. Wo Wohngebäude leer fallen und Immobilienwerte sinken, geraten zudem die Alterssicherung "
        "vieler Eigentümer und die Finanzkraft der Gemeinden unter Druck.",
        key="LF-wanderung",
    ),
    Heading("1.3 Regionale Disparitäten", 2),
    Para(
        "Der demografische Wandel verstärkt regionale Disparitäten, also Unterschiede in den Lebens- und "
        "Arbeitsbedingungen zwischen Teilräumen. Wachsende Landkreise im Umland von München, Hamburg, Stuttgart oder "
        "Frankfurt am Main stehen Kreisen in weiten Teilen Ostdeutschlands, in Nordhessen, Südniedersachsen, "
        "Oberfranken, der Westpfalz oder dem Saarland gegenüber, die zum Teil seit Jahrzehnten Einwohner verlieren; "
        "einige ostdeutsche Kreise haben seit der Wiedervereinigung mehr als ein Fünftel ihrer Bevölkerung "
        "eingebüßt. Abwanderung junger Menschen, ein niedriges Geburtenniveau und eine ungünstige Altersstruktur "
        "verstärken sich dort gegenseitig. Hinzu kommen Unterschiede in der Wirtschaftskraft, der Arbeitslosigkeit "
        "und der kommunalen Finanzausstattung: Kreise mit hohen Sozialausgaben und geringer Steuerkraft haben oft "
        "die geringsten Spielräume, um gegenzusteuern. Zugleich gibt es auch innerhalb eines einzelnen Landkreises "
        "erhebliche Unterschiede zwischen verdichteten Bereichen entlang der Entwicklungsachsen und dünn besiedelten "
        "Randlagen.",
        key="LF-disparitaeten",
    ),
    Para(
        "Das Grundgesetz und das Raumordnungsgesetz geben mit dem Ziel gleichwertiger Lebensverhältnisse einen "
        "normativen Maßstab vor. Nach § 2 Abs. 2 Nr. 1 ROG sind im Gesamtraum der Bundesrepublik und in seinen "
        "Teilräumen ausgeglichene soziale, infrastrukturelle, wirtschaftliche, ökologische und kulturelle "
        "Verhältnisse anzustreben. Gleichwertigkeit bedeutet dabei nicht Gleichartigkeit: Niemand erwartet im "
        "ländlichen Raum dasselbe Angebot wie in einer Großstadt. Es geht vielmehr darum, dass alle Menschen "
        "unabhängig von ihrem Wohnort Zugang zu einer angemessenen Grundversorgung haben und faire Chancen auf "
        "Bildung, Arbeit und gesellschaftliche Teilhabe erhalten. Für die Landkreise folgt daraus der Auftrag, "
        "Mindeststandards der Versorgung und Erreichbarkeit zu definieren und zu sichern – auch dort, wo die "
        "Nachfrage zurückgeht und Angebote nicht mehr wirtschaftlich tragfähig sind.",
        key="LF-gleichwertigkeit",
    ),
    Heading("1.4 Folgen für die Daseinsvorsorge", 2),
    Para(
        "Unter Daseinsvorsorge versteht man die Bereitstellung der für ein menschenwürdiges Leben notwendigen Güter "
        "und Leistungen durch die öffentliche Hand oder in ihrem Auftrag. Dazu gehören die Wasserversorgung und "
        "Abwasserentsorgung, die Abfallwirtschaft, der öffentliche Personennahverkehr, Schulen und "
        "Kindertagesstätten, die medizinische und pflegerische Versorgung, der Brandschutz und der Rettungsdienst, "
        "aber zunehmend auch die Versorgung mit schnellem Internet. Der Begriff geht auf den Verwaltungsrechtler "
        "Ernst Forsthoff zurück, der ihn 1938 geprägt hat. In dünn besiedelten Räumen geraten viele dieser Angebote "
        "unter Druck, weil die Zahl der Nutzer unter die Schwelle sinkt, ab der eine Einrichtung wirtschaftlich und "
        "fachlich tragfähig betrieben werden kann. Hausärztinnen und Hausärzte finden keine Nachfolge, "
        "Lebensmittelgeschäfte schließen, Buslinien werden ausgedünnt, Grundschulen zusammengelegt, und freiwillige "
        "Feuerwehren haben tagsüber Mühe, ihre Einsatzbereitschaft sicherzustellen.",
        key="LF-daseinsvorsorge",
    ),
    Para(
        "Besonders schwierig ist die Lage bei den leitungsgebundenen Infrastrukturen. Die Kosten für Wasser- und "
        "Abwassernetze sinken nicht im gleichen Maß wie die Einwohnerzahl; ein großer Teil ist fix und bleibt auch "
        "bei sinkender Auslastung bestehen. Fachleute sprechen von Kostenremanenz. Die Folge sind steigende Gebühren "
        "je Einwohner, die gerade in strukturschwachen Räumen die Attraktivität als Wohnstandort zusätzlich mindern. "
        "Ähnliche Effekte treten bei Schulgebäuden, Sporthallen und Verwaltungsgebäuden auf, deren Unterhaltung von "
        "einer kleiner werdenden Zahl von Nutzern finanziert werden muss. Gleichzeitig wächst in anderen Bereichen "
        "die Nachfrage: Die Zahl der Pflegebedürftigen steigt, der Bedarf an barrierefreiem Wohnen und an Angeboten "
        "für Menschen mit Demenz nimmt zu, und der Ausbau der Kinderbetreuung für unter Dreijährige stellt auch "
        "schrumpfende Kreise vor neue Aufgaben.",
        key="LF-kostenremanenz",
    ),
    Para(
        "Für die Anpassung der Daseinsvorsorge steht eine breite Palette von Handlungsansätzen zur Verfügung. "
        "Angebote können in zentralen Orten gebündelt und durch verbesserte Erreichbarkeit für das Umland zugänglich "
        "gemacht werden. Mobile Angebote wie rollende Bürgerbüros, Fahrbibliotheken oder Verkaufswagen bringen "
        "Leistungen zu den Menschen. Flexible Bedienformen im ÖPNV – Rufbusse, Anruf-Sammel-Taxis und ehrenamtlich "
        "betriebene Bürgerbusse – ergänzen den Linienverkehr. Multifunktionshäuser vereinen Dorfladen, Café, "
        "Arztsprechstunde und Treffpunkt unter einem Dach. Telemedizin, digitale Verwaltungsangebote und "
        "Online-Unterricht können räumliche Distanzen überbrücken, setzen aber eine leistungsfähige "
        "Breitbandversorgung voraus. Schließlich gewinnt die interkommunale Zusammenarbeit an Bedeutung, etwa bei "
        "gemeinsamen Bauhöfen, Feuerwehrstützpunkten oder Schulverbünden. Kein einzelner Ansatz reicht aus; "
        "entscheidend ist eine abgestimmte Strategie für das gesamte Kreisgebiet.",
        key="LF-anpassung",
    ),
    Heading("1.5 Vom Reagieren zum Gestalten", 2),
    Para(
        "Lange Zeit wurde der demografische Wandel in der Kommunalpolitik vor allem als Problem wahrgenommen, auf "
        "das man – oft zu spät – mit Schließungen und Kürzungen reagierte. Inzwischen setzt sich die Erkenntnis "
        "durch, dass der Wandel gestaltbar ist, wenn er frühzeitig, vorausschauend und gemeinsam angegangen wird. "
        "Landkreise, die ihre Entwicklung aktiv steuern, können Infrastrukturen rechtzeitig anpassen, "
        "Fehlinvestitionen vermeiden und die Stärken ihrer Region gezielt ausbauen. Dazu gehört auch, Chancen zu "
        "erkennen: ein hohes Maß an bürgerschaftlichem Engagement, attraktive Landschaften, bezahlbarer Wohnraum, "
        "eine starke mittelständische Wirtschaft oder Potenziale der erneuerbaren Energien. Die Bundesregierung hat "
        "mit ihrer Demografiestrategie „Jedes Alter zählt“ aus dem Jahr 2012 einen Rahmen gesetzt, in dem die "
        "kommunale Ebene ausdrücklich als zentraler Akteur benannt ist. Das Kreisentwicklungskonzept bietet den "
        "Landkreisen den passenden Rahmen, um diese Gestaltungsaufgabe systematisch anzugehen.",
        key="LF-gestaltung",
    ),
    Para(
        "Dabei kommt den Landkreisen eine Schlüsselrolle zu. Sie sind einerseits groß genug, um regionale "
        "Zusammenhänge zu überblicken, Fachwissen zu bündeln und Infrastrukturen für mehrere Gemeinden zu planen. "
        "Andererseits sind sie nah genug an den Menschen, um deren Lebenswirklichkeit zu kennen und lokale Akteure "
        "einzubinden. In vielen Aufgabenfeldern, die für die Bewältigung des demografischen Wandels entscheidend "
        "sind, tragen die Landkreise bereits heute die Verantwortung: als Träger der Jugendhilfe und der "
        "Sozialhilfe, als Schulträger weiterführender und beruflicher Schulen, als Aufgabenträger für den ÖPNV, als "
        "Träger des Rettungsdienstes und häufig auch als Träger von Krankenhäusern oder als Akteur der "
        "Wirtschaftsförderung. Ein Kreisentwicklungskonzept verknüpft diese Zuständigkeiten zu einer gemeinsamen "
        "Strategie.",
        key="LF-rolle-kreise",
    ),
    # ------------------------------------------------------------------ Kapitel 2
    Heading("2 Was ist ein Kreisentwicklungskonzept?", 1, key="LF-k2"),
    Heading("2.1 Begriff und Merkmale", 2),
    Para(
        "Ein Kreisentwicklungskonzept ist ein vom Kreistag beschlossenes, informelles und integriertes Planungs- und "
        "Steuerungsinstrument, mit dem ein Landkreis die angestrebte Entwicklung seines Gebiets für einen Zeitraum "
        "von in der Regel zehn bis fünfzehn Jahren festlegt. Es verbindet eine Analyse der Ausgangslage mit einem "
        "Leitbild, mit Zielen für ausgewählte Handlungsfelder und mit konkreten, priorisierten Maßnahmen. Informell "
        "ist das Konzept, weil es in keinem Gesetz vorgeschrieben ist und keine unmittelbare Rechtswirkung gegenüber "
        "Dritten entfaltet. Integriert ist es, weil es die Themen der verschiedenen Fachbereiche – etwa Wirtschaft, "
        "Bildung, Soziales, Verkehr, Gesundheit, Klimaschutz und Siedlungsentwicklung – nicht getrennt voneinander, "
        "sondern in ihren Wechselwirkungen betrachtet. In der Praxis finden sich auch die Bezeichnungen "
        "Kreisentwicklungsplan, Kreisentwicklungsstrategie, Zukunftskonzept oder Masterplan; gemeint ist im Kern "
        "dasselbe.",
        key="LF-def",
    ),
    Para(
        "Gute Kreisentwicklungskonzepte zeichnen sich durch einige gemeinsame Merkmale aus, die sie von sektoralen "
        "Fachplänen und von wissenschaftlichen Gutachten unterscheiden. Die folgenden Merkmale haben sich in der "
        "Praxis als Qualitätskriterien bewährt:",
        key="LF-merkmale-intro",
    ),
    Bullets(
        (
            "Querschnittsorientierung: Das Konzept verbindet Fachthemen und Zuständigkeiten und überwindet das "
            "Denken in Ressorts.",
            "Langfristigkeit: Es richtet den Blick über die Wahlperiode hinaus auf einen Zeithorizont von zehn bis "
            "fünfzehn Jahren.",
            "Umsetzungsorientierung: Es enthält konkrete Maßnahmen mit Verantwortlichkeiten, Zeitplan und "
            "Kostenschätzung.",
            "Beteiligungsorientierung: Es entsteht im Dialog mit Politik, Kommunen, Bürgerschaft, Wirtschaft und "
            "Verbänden.",
            "Räumliche Differenzierung: Es berücksichtigt die unterschiedlichen Ausgangslagen der Teilräume des "
            "Kreises.",
            "Lernfähigkeit: Es wird durch Monitoring begleitet und regelmäßig überprüft und fortgeschrieben.",
        ),
        key="LF-merkmale",
    ),
    Para(
        "Ein Kreisentwicklungskonzept ist vor allem ein politisches Instrument. Es ist kein Fachgutachten, das "
        "Experten im Auftrag der Verwaltung erstellen, sondern Ausdruck des gemeinsamen politischen Willens der "
        "Kreisgremien. Mit dem Beschluss des Konzepts legt der Kreistag fest, welche Ziele in den kommenden Jahren "
        "Vorrang haben und wofür Personal und Haushaltsmittel eingesetzt werden sollen. Das Konzept dient damit als "
        "Richtschnur für Haushaltsberatungen und für die Arbeit der Fachämter. Nach außen kommuniziert es die "
        "Entwicklungsvorstellungen des Kreises gegenüber Land, Bund, Fördermittelgebern, Investoren und der "
        "Öffentlichkeit. Nicht zuletzt ist das Konzept ein Angebot an die kreisangehörigen Städte und Gemeinden, "
        "sich an einer gemeinsamen Strategie zu beteiligen und Aufgaben arbeitsteilig anzugehen. Gerade in Zeiten "
        "knapper Kassen hilft eine beschlossene Prioritätenliste, Entscheidungen nachvollziehbar zu begründen.",
        key="LF-politisch",
    ),
    Heading("2.2 Abgrenzung zu Regionalplan, Flächennutzungsplan und Fachplanungen", 2),
    Para(
        "Ein Kreisentwicklungskonzept ersetzt keine förmliche Planung. Das deutsche Planungssystem ist mehrstufig "
        "aufgebaut: Auf der Ebene der Länder legen Landesentwicklungsprogramme oder Landesentwicklungspläne die "
        "Grundzüge der Raumordnung fest; Regionalpläne konkretisieren diese für einzelne Planungsregionen; auf der "
        "kommunalen Ebene steuern die Gemeinden mit Flächennutzungsplänen und Bebauungsplänen die Bodennutzung. "
        "Daneben gibt es zahlreiche Fachplanungen, etwa für Verkehr, Schulen oder Jugendhilfe. Das "
        "Kreisentwicklungskonzept fügt sich als informelles Instrument in dieses System ein. Es ist dort sinnvoll, "
        "wo die förmlichen Pläne Lücken lassen: bei der Verknüpfung von Fachthemen, bei Dienstleistungen und "
        "Angeboten, bei Kooperationen und Projekten.",
        key="LF-planungssystem",
    ),
    Para(
        "Der Regionalplan ist ein förmlicher Plan der Raumordnung nach dem Raumordnungsgesetz (ROG) und den "
        "Landesplanungsgesetzen. Er wird von den Trägern der Regionalplanung aufgestellt – je nach Land von "
        "Planungsgemeinschaften, Regionalverbänden, Regionalräten bei den Bezirksregierungen oder, wie in "
        "Niedersachsen, von den Landkreisen selbst – und legt für eine Planungsregion verbindliche Ziele und zu "
        "berücksichtigende Grundsätze der Raumordnung fest, zum Beispiel zentrale Orte, Vorranggebiete für "
        "Windenergie oder Rohstoffabbau und regionale Grünzüge. Ziele der Raumordnung sind von allen öffentlichen "
        "Stellen zu beachten; die Gemeinden müssen ihre Bauleitpläne daran anpassen (§ 1 Abs. 4 BauGB). Ein "
        "Kreisentwicklungskonzept hat diese Bindungswirkung nicht. Es befasst sich stärker mit Entwicklungszielen, "
        "Projekten und Dienstleistungen als mit der Steuerung der Flächennutzung und kann den Regionalplan daher "
        "sinnvoll ergänzen, etwa indem es die Vorstellungen des Kreises für dessen Fortschreibung formuliert.",
        key="LF-regionalplan",
    ),
    Para(
        "Der Flächennutzungsplan ist nach § 5 BauGB der vorbereitende Bauleitplan einer Gemeinde; in einigen Ländern "
        "wird er von Gemeindeverbänden wie Verbandsgemeinden, Samtgemeinden oder Verwaltungsgemeinschaften "
        "aufgestellt. Er stellt für das gesamte Gemeindegebiet die beabsichtigte Art der Bodennutzung in den "
        "Grundzügen dar – Wohnbauflächen, gewerbliche Bauflächen, Flächen für die Landwirtschaft, Wald und "
        "Grünflächen. Die Bauleitplanung gehört zum Kernbereich der gemeindlichen Planungshoheit. Der Landkreis ist "
        "daran als Träger öffentlicher Belange und in manchen Ländern als Genehmigungsbehörde beteiligt, entscheidet "
        "aber nicht über die Inhalte. Ein Kreisentwicklungskonzept darf und soll die Planungshoheit der Gemeinden "
        "nicht unterlaufen. Es kann aber Orientierung geben, etwa mit Aussagen zur Innenentwicklung, zum Umgang mit "
        "Leerständen oder zu interkommunalen Gewerbegebieten, die die Gemeinden dann in eigener Verantwortung in "
        "ihre Flächennutzungspläne übernehmen.",
        key="LF-fnp",
    ),
    Para(
        "Fachplanungen sind sektorale Planungen für einzelne Aufgabenbereiche, die der Landkreis häufig aufgrund "
        "gesetzlicher Verpflichtung aufstellt. Dazu zählen der Nahverkehrsplan nach den ÖPNV-Gesetzen der Länder, "
        "die Jugendhilfeplanung nach § 80 SGB VIII, die Schulentwicklungsplanung nach den Schulgesetzen, die "
        "Pflegestrukturplanung nach den Landespflegegesetzen, das Abfallwirtschaftskonzept und der "
        "Rettungsdienstbereichsplan; hinzu kommen freiwillige Konzepte wie Klimaschutzkonzepte, Tourismuskonzepte "
        "oder Gesundheitsplanungen. Fachplanungen folgen ihrer eigenen fachlichen Logik und ihren eigenen "
        "Verfahrensvorschriften. Das Kreisentwicklungskonzept bildet gewissermaßen das Dach über diesen "
        "Fachplanungen: Es gibt die gemeinsamen Ziele vor, an denen sich die Fachplanungen orientieren sollen, und "
        "greift umgekehrt auf deren Analysen und Bedarfsprognosen zurück. Die Fachplanungen bleiben eigenständig; "
        "sie sollten jedoch bei ihrer nächsten Fortschreibung mit dem Leitbild abgeglichen werden.",
        key="LF-fachplanungen",
    ),
    Para(
        "Abzugrenzen ist das Kreisentwicklungskonzept schließlich von den Entwicklungsstrategien, die für die "
        "Förderung ländlicher Räume erarbeitet werden. Lokale Aktionsgruppen erstellen für LEADER regionale "
        "Entwicklungsstrategien, und für die Förderung nach der Gemeinschaftsaufgabe Agrarstruktur werden "
        "integrierte ländliche Entwicklungskonzepte (ILEK) aufgestellt. Diese Konzepte sind auf bestimmte "
        "Förderzugänge ausgerichtet, und ihre Gebietskulissen decken sich häufig nicht mit den Kreisgrenzen. Es "
        "empfiehlt sich, die Inhalte eng abzustimmen: Das Kreisentwicklungskonzept kann als übergeordneter Rahmen "
        "dienen, aus dem die förderbezogenen Strategien Ziele und Projekte ableiten, ohne dass doppelte Analysen "
        "erstellt werden müssen.",
        key="LF-abgrenzung-leader",
    ),
    Heading("2.3 Rechtliche Einordnung", 2),
    Para(
        "Die Aufstellung eines Kreisentwicklungskonzepts ist eine freiwillige Selbstverwaltungsaufgabe des "
        "Landkreises. Keine Kreisordnung und kein Fachgesetz verpflichtet die Landkreise, ein solches Konzept zu "
        "erarbeiten. Rechtsgrundlage ist die kommunale Selbstverwaltungsgarantie: Nach Art. 28 Abs. 2 Satz 2 GG "
        "haben auch die Gemeindeverbände im Rahmen ihres gesetzlichen Aufgabenbereichs nach Maßgabe der Gesetze das "
        "Recht der Selbstverwaltung. Die Landesverfassungen und die Kreisordnungen der Länder konkretisieren diese "
        "Garantie. Zuständig für den Beschluss über das Konzept ist der Kreistag, da es sich um eine Angelegenheit "
        "von grundsätzlicher Bedeutung für den Kreis handelt. Weil die Aufgabe freiwillig ist, konkurriert sie im "
        "Kreishaushalt mit anderen freiwilligen Leistungen. In Landkreisen mit unausgeglichenem Haushalt kann die "
        "Kommunalaufsicht die Finanzierung freiwilliger Aufgaben kritisch prüfen; es empfiehlt sich daher, den "
        "Nutzen des Konzepts – etwa für die Einwerbung von Fördermitteln oder die Vermeidung von Fehlinvestitionen – "
        "nachvollziehbar darzulegen.",
        key="LF-recht",
    ),
    Para(
        "Die Legitimation der Landkreise für eine integrierte Entwicklungsplanung ergibt sich aus ihren besonderen "
        "Funktionen im kommunalen Gefüge. Nach den Kreisordnungen der Länder nehmen die Landkreise neben den "
        "übertragenen Aufgaben die überörtlichen Aufgaben wahr sowie jene Aufgaben, die die Leistungsfähigkeit der "
        "kreisangehörigen Gemeinden übersteigen. Die Ergänzungsfunktion bedeutet, dass der Kreis Aufgaben übernimmt, "
        "die einzelne Gemeinden wegen ihrer Größe oder Finanzkraft nicht angemessen erfüllen können – etwa die "
        "Trägerschaft weiterführender Schulen, von Krankenhäusern oder von Einrichtungen der Abfallwirtschaft. Die "
        "Ausgleichsfunktion bedeutet, dass der Kreis Unterschiede in der Leistungsfähigkeit seiner Gemeinden "
        "ausgleicht, etwa durch finanzielle Unterstützung finanzschwacher Gemeinden oder durch kreisweit "
        "gleichwertige Angebote. Ein Kreisentwicklungskonzept ist unmittelbarer Ausdruck dieser Ausgleichs- und "
        "Ergänzungsfunktion: Es betrachtet das Kreisgebiet als Ganzes und sorgt dafür, dass auch strukturschwache "
        "Teilräume an der Entwicklung teilhaben.",
        key="LF-ausgleich",
    ),
    Para(
        "Zugleich setzt die Selbstverwaltungsgarantie der Gemeinden dem Kreis Grenzen. Das Bundesverfassungsgericht "
        "hat im sogenannten Rastede-Beschluss von 1988 betont, dass den Gemeinden für die Angelegenheiten der "
        "örtlichen Gemeinschaft ein Vorrang zukommt. Ein Kreisentwicklungskonzept darf deshalb keine Aufgaben an "
        "sich ziehen, die die Gemeinden selbst angemessen erfüllen können. Es wirkt vor allem durch Koordination, "
        "Information, Beratung und finanzielle Anreize, nicht durch Weisung. In der Praxis bewährt es sich, das "
        "Konzept als gemeinsames Vorhaben von Kreis und Gemeinden zu verstehen und die Aufgabenteilung ausdrücklich "
        "zu regeln.",
        key="LF-rastede",
    ),
    Para(
        "Hinsichtlich seiner Verbindlichkeit entfaltet ein Kreisentwicklungskonzept in erster Linie eine "
        "Selbstbindung. Mit dem Beschluss des Kreistages verpflichten sich Kreistag und Kreisverwaltung, ihr Handeln "
        "an den beschlossenen Zielen auszurichten. Eine Außenwirkung gegenüber Bürgerinnen und Bürgern, Unternehmen "
        "oder Gemeinden besteht nicht; aus dem Konzept lassen sich keine Ansprüche ableiten. Verbindlich werden "
        "einzelne Maßnahmen erst, wenn sie in den Haushalt und die mittelfristige Finanzplanung aufgenommen, in "
        "Fachplanungen übernommen oder in Kooperationsvereinbarungen mit Gemeinden und Partnern festgeschrieben "
        "werden. Die kreisangehörigen Gemeinden können das Konzept durch eigene Ratsbeschlüsse mittragen; rechtlich "
        "gebunden sind sie daran nicht. Als Ergebnis einer informellen Planung kann das Konzept gleichwohl in "
        "Abwägungsentscheidungen förmlicher Planungen als Belang berücksichtigt werden.",
        key="LF-bindung",
    ),
    # ------------------------------------------------------------------ Kapitel 3
    Heading("3 Der Prozess in Phasen", 1, key="LF-k3"),
    Para(
        "Die Erarbeitung und Umsetzung eines Kreisentwicklungskonzepts lässt sich in sechs Phasen gliedern: (1) "
        "Bestandsanalyse mit Strukturatlas, (2) Leitbild, (3) Handlungsfelder und Ziele, (4) Maßnahmen, (5) "
        "Umsetzung sowie (6) Monitoring und Evaluation. Vorgeschaltet ist eine kurze Vorbereitungsphase, die mit "
        "einem Grundsatzbeschluss des Kreistages endet. Die Phasen eins bis vier – also die eigentliche "
        "Konzepterstellung bis zum Beschluss des Kreistages – dauern erfahrungsgemäß 18 bis 24 Monate; kürzere "
        "Zeiträume gehen meist zulasten der Beteiligung, deutlich längere gefährden die Aufmerksamkeit von Politik "
        "und Öffentlichkeit. Die Phasen folgen nicht starr aufeinander: Erkenntnisse aus der Maßnahmenentwicklung "
        "können Anlass geben, Ziele nachzuschärfen, und die Bestandsanalyse wird während der Umsetzung fortlaufend "
        "aktualisiert. Tabelle 1 am Ende dieses Kapitels gibt einen Überblick über Inhalte, Dauer und Beteiligte der "
        "einzelnen Phasen.",
        key="LF-phasen",
    ),
    Heading("3.1 Vorbereitung und Grundsatzbeschluss", 2),
    Para(
        "Am Anfang steht die Klärung von Anlass, Zielen und Rahmenbedingungen. Die Verwaltungsspitze sollte zunächst "
        "intern klären, warum ein Kreisentwicklungskonzept erarbeitet werden soll, welche Fragen es beantworten soll "
        "und welche Erwartungen realistisch sind. Daraus entsteht ein Prozessdesign mit Zeitplan, "
        "Projektorganisation, Beteiligungskonzept und Budget. Es empfiehlt sich, in dieser Phase bereits Gespräche "
        "mit den Fraktionsvorsitzenden im Kreistag und mit den Bürgermeisterinnen und Bürgermeistern der "
        "kreisangehörigen Kommunen zu führen, um Vorbehalte frühzeitig aufzugreifen. Den Abschluss bildet ein "
        "Grundsatzbeschluss des Kreistages, mit dem der Auftrag zur Erarbeitung erteilt, die Organisation festgelegt "
        "und die erforderlichen Mittel bereitgestellt werden. Dieser Beschluss ist mehr als eine Formalie: Er "
        "signalisiert allen Beteiligten, dass die Politik hinter dem Vorhaben steht.",
        key="LF-vorbereitung",
    ),
    Heading("3.2 Phase 1: Bestandsanalyse und Strukturatlas", 2),
    Para(
        "Ein Strukturatlas ist eine systematische, überwiegend datengestützte Darstellung der Ausgangslage eines "
        "Landkreises in Karten, Tabellen, Diagrammen und kurzen Texten. Er beschreibt den Status quo und die "
        "Entwicklung der vergangenen zehn bis fünfzehn Jahre und bildet damit die gemeinsame Faktenbasis für alle "
        "weiteren Phasen. Typische Themen sind Bevölkerung und Bevölkerungsvorausberechnung, Wirtschaft und "
        "Arbeitsmarkt, Pendlerverflechtungen, Bildung und Kinderbetreuung, Soziales, Gesundheit und Pflege, "
        "Siedlungsentwicklung und Wohnen, Mobilität, Breitbandversorgung, Energie und Klimaschutz sowie Natur, "
        "Landschaft und Tourismus. Die Daten sollten möglichst kleinräumig, also mindestens auf Ebene der Gemeinden "
        "oder Verbandsgemeinden, aufbereitet werden, damit die Unterschiede innerhalb des Kreises sichtbar werden. "
        "Wichtige Quellen sind die Statistischen Landesämter, die Bundesagentur für Arbeit, die Datenbank INKAR des "
        "Bundesinstituts für Bau-, Stadt- und Raumforschung (BBSR), der Wegweiser Kommune der Bertelsmann Stiftung "
        "sowie die Daten der eigenen Fachämter.",
        key="LF-strukturatlas",
    ),
    Para(
        "Die Datenanalyse wird sinnvoll durch qualitative Elemente ergänzt: Expertengespräche mit Fachleuten aus "
        "Verwaltung, Wirtschaft und Sozialverbänden, Interviews mit Bürgermeisterinnen und Bürgermeistern oder eine "
        "repräsentative Bürgerbefragung zur Lebensqualität im Kreis. Die Ergebnisse werden in einer "
        "Stärken-Schwächen-Chancen-Risiken-Analyse, kurz SWOT-Analyse, verdichtet. Stärken und Schwächen beschreiben "
        "dabei die internen Eigenschaften des Kreises, Chancen und Risiken die von außen einwirkenden Entwicklungen, "
        "etwa die Globalisierung, den Klimawandel oder veränderte Förderbedingungen. Die SWOT-Analyse ist das "
        "Scharnier zwischen Analyse und Strategie: Aus ihr lässt sich ableiten, wo der Kreis Stärken ausbauen, "
        "Schwächen abbauen, Chancen nutzen und Risiken begegnen sollte.",
        key="LF-swot",
    ),
    Para(
        "Erfahrungsgemäß besteht die Gefahr, den Strukturatlas zu überfrachten. Nicht jede verfügbare Zahl ist für "
        "die Kreisentwicklung relevant. Ein guter Strukturatlas konzentriert sich auf die wesentlichen Indikatoren, "
        "stellt sie anschaulich dar und zieht zu jedem Kapitel knappe Schlussfolgerungen. Er sollte so angelegt "
        "sein, dass er ohne großen Aufwand fortgeschrieben werden kann; damit wird er zugleich zur Ausgangsbasis "
        "(Baseline) für das spätere Monitoring. Bewährt haben sich Gemeindesteckbriefe, die für jede kreisangehörige "
        "Gemeinde die wichtigsten Kennzahlen auf einer Seite zusammenfassen. Sie stoßen bei den Kommunen auf großes "
        "Interesse und fördern die Bereitschaft, sich am weiteren Prozess zu beteiligen.",
        key="LF-strukturatlas-tipps",
    ),
    Heading("3.3 Phase 2: Leitbild", 2),
    Para(
        "Ein Leitbild beschreibt in wenigen, prägnanten Sätzen den angestrebten Zustand des Landkreises in zehn bis "
        "fünfzehn Jahren. Es ist eine gemeinsame Zielvorstellung, die Orientierung gibt, Identität stiftet und die "
        "Richtung für die Handlungsfelder und Maßnahmen vorgibt. Häufig wird das Leitbild in einem Motto verdichtet, "
        "etwa „Landkreis Musterstadt 2025 – gemeinsam älter werden, gemeinsam Zukunft gestalten“, und durch einige "
        "Leitsätze erläutert. Ein gutes Leitbild ist ambitioniert, aber realistisch, spezifisch für den jeweiligen "
        "Kreis und verständlich formuliert. Allgemeinplätze wie „Wir wollen ein attraktiver Landkreis sein“ helfen "
        "wenig; besser sind Aussagen, die erkennbar Prioritäten setzen und auch für Konflikte Orientierung bieten, "
        "etwa zur Frage, ob vorrangig die zentralen Orte gestärkt oder alle Ortsteile gleichermaßen entwickelt "
        "werden sollen.",
        key="LF-leitbild",
    ),
    Para(
        "Zur Entwicklung des Leitbilds eignen sich Szenarien. Ein Trendszenario zeigt, wie sich der Kreis entwickeln "
        "würde, wenn nicht gegengesteuert wird; ein oder mehrere Zielszenarien beschreiben alternative "
        "Entwicklungspfade. Die Diskussion der Szenarien in einer Zukunftskonferenz mit Vertreterinnen und "
        "Vertretern aus Politik, Kommunen, Wirtschaft und Zivilgesellschaft schafft ein gemeinsames "
        "Problembewusstsein und macht Zielkonflikte sichtbar. Viele Landkreise lassen das Leitbild vom Kreistag als "
        "Zwischenergebnis beschließen, bevor die Handlungsfelder und Maßnahmen ausgearbeitet werden. Das sichert die "
        "politische Rückendeckung für die weitere Arbeit und verhindert, dass Grundsatzdebatten erst am Ende des "
        "Prozesses aufbrechen.",
        key="LF-szenarien",
    ),
    Heading("3.4 Phase 3: Handlungsfelder und Ziele", 2),
    Para(
        "Handlungsfelder sind die thematischen Schwerpunkte, in denen der Landkreis aktiv werden will, um sein "
        "Leitbild zu verwirklichen. Die Erfahrung zeigt, dass sich vier bis sechs Handlungsfelder bewährt haben; "
        "eine größere Zahl verwässert die Prioritäten und überfordert die Umsetzungskapazitäten. Themen, die alle "
        "Handlungsfelder berühren – etwa der demografische Wandel selbst, Klimaschutz, Inklusion, Gleichstellung "
        "oder interkommunale Zusammenarbeit –, sollten als Querschnittsthemen behandelt werden. Für jedes "
        "Handlungsfeld werden Leitziele und konkretere Handlungsziele formuliert. Ziele sollten möglichst SMART "
        "sein, das heißt spezifisch, messbar, akzeptiert, realistisch und terminiert. Ein Beispiel für ein solches "
        "Ziel lautet: „Bis 2020 erreichen 90 Prozent der Einwohnerinnen und Einwohner werktags innerhalb von 30 "
        "Minuten mit öffentlichen Verkehrsmitteln das nächste Mittelzentrum.“",
        key="LF-handlungsfelder",
    ),
    Para(
        "Die Auswahl der Handlungsfelder ergibt sich aus der SWOT-Analyse und dem Leitbild; sie ist also für jeden "
        "Kreis individuell. In der Praxis finden sich gleichwohl wiederkehrende Themen. Häufig gewählte "
        "Handlungsfelder sind:",
        key="LF-handlungsfelder-intro",
    ),
    Bullets(
        (
            "Wirtschaft, Arbeit und Fachkräftesicherung",
            "Bildung, Kinderbetreuung und lebenslanges Lernen",
            "Gesundheit, Pflege und Leben im Alter",
            "Mobilität und Erreichbarkeit",
            "Siedlungsentwicklung, Wohnen und Ortskerne",
            "Klimaschutz, Energie und Flächenmanagement",
            "Breitband und Digitalisierung",
            "Ehrenamt, Zusammenhalt und Kultur",
        ),
        key="LF-handlungsfelder-liste",
    ),
    Heading("3.5 Phase 4: Maßnahmen", 2),
    Para(
        "Maßnahmen übersetzen die Ziele in konkrete Projekte und Aktivitäten. Damit sie umsetzbar sind, sollte jede "
        "Maßnahme in einem einheitlichen Maßnahmensteckbrief beschrieben werden. Ein Maßnahmensteckbrief enthält "
        "mindestens eine Nummer und einen Titel, die Zuordnung zu einem Handlungsfeld, das verfolgte Ziel, eine "
        "kurze Beschreibung, die federführende Stelle, die Partner, den Zeitraum, die Priorität, eine "
        "Kostenschätzung und die in Frage kommenden Fördermöglichkeiten. Die Federführung sollte immer bei einer "
        "konkret benannten Organisationseinheit liegen; „alle“ sind erfahrungsgemäß niemand. Maßnahmen werden in "
        "Arbeitsgruppen entwickelt, mit den Fachämtern auf ihre Machbarkeit geprüft und anschließend priorisiert. "
        "Als Kriterien für die Priorisierung eignen sich die erwartete Wirkung auf die Ziele, die Dringlichkeit, die "
        "Umsetzbarkeit, die Finanzierbarkeit einschließlich der Folgekosten und die Sichtbarkeit für die "
        "Öffentlichkeit.",
        key="LF-massnahmen",
    ),
    Para(
        "Ein Maßnahmenkatalog mit 30 bis 60 Maßnahmen ist für einen mittelgroßen Landkreis erfahrungsgemäß noch "
        "steuerbar. Einige wenige Leitprojekte oder Schlüsselprojekte, die besonders große Wirkung versprechen und "
        "das Leitbild anschaulich machen, sollten hervorgehoben werden. Daneben lohnt es sich, einige kurzfristig "
        "umsetzbare Maßnahmen mit sichtbarem Ergebnis – sogenannte Quick Wins – einzuplanen, um früh Erfolge "
        "vorweisen zu können. Das fertige Konzept aus Strukturatlas, Leitbild, Handlungsfeldern und Maßnahmenkatalog "
        "wird im Kreisausschuss und in den Fachausschüssen vorberaten und vom Kreistag beschlossen. Es ist sinnvoll, "
        "den kreisangehörigen Gemeinden vorher Gelegenheit zur Stellungnahme zu geben und die Ergebnisse der "
        "Öffentlichkeitsbeteiligung in einer Synopse zu dokumentieren.",
        key="LF-massnahmenkatalog",
    ),
    Heading("3.6 Phase 5: Umsetzung", 2),
    Para(
        "Mit dem Beschluss des Kreistages beginnt die längste und anspruchsvollste Phase: die Umsetzung. Sie "
        "erstreckt sich über die gesamte Laufzeit des Konzepts, also in der Regel über fünf bis zehn Jahre. "
        "Entscheidend ist, dass die Maßnahmen in die regulären Steuerungsinstrumente der Verwaltung überführt werden "
        "– in den Haushalt und die mittelfristige Finanzplanung, in den Stellenplan, in die Zielvereinbarungen mit "
        "den Fachämtern und in die Fachplanungen. Ein Umsetzungsfahrplan legt fest, welche Maßnahmen in welchem Jahr "
        "begonnen werden. Für jede Maßnahme sollte eine verantwortliche Person benannt sein. Die Umsetzung erfordert "
        "Ausdauer: Viele Projekte brauchen Jahre, bis sie Wirkung zeigen, und die Aufmerksamkeit von Politik und "
        "Öffentlichkeit lässt nach dem Beschluss erfahrungsgemäß nach. Regelmäßige Berichte, öffentliche "
        "Veranstaltungen und die Präsentation gelungener Projekte halten das Konzept lebendig.",
        key="LF-umsetzung",
    ),
    Heading("3.7 Phase 6: Monitoring und Evaluation", 2),
    Para(
        "Die sechste Phase begleitet die Umsetzung von Anfang an. Durch ein Monitoring wird fortlaufend beobachtet, "
        "wie sich der Kreis entwickelt und wie weit die Maßnahmen vorangekommen sind; in größeren Abständen prüft "
        "eine Evaluation, ob die Ziele erreicht wurden und welche Maßnahmen gewirkt haben. Die Ergebnisse fließen in "
        "die Steuerung der Umsetzung und schließlich in die Fortschreibung des Konzepts ein. Damit schließt sich der "
        "Kreislauf: Das Kreisentwicklungskonzept wird zu einem lernenden Instrument. Einzelheiten zu Indikatoren, "
        "Berichtswesen und Fortschreibung enthält Kapitel 7.",
        key="LF-phase6",
    ),
    Columns(1),
    Table(
        caption="Tabelle 1: Phasen der Erstellung und Umsetzung eines Kreisentwicklungskonzepts",
        header=("Phase", "Inhalte und Ergebnisse", "Dauer", "Beteiligte"),
        rows=(
            (
                "Vorbereitung",
                "Anlass und Ziele klären, Prozessdesign, Budget, Grundsatzbeschluss",
                "2–3 Monate",
                "Landrat/Landrätin, Verwaltungsspitze, Kreistag",
            ),
            (
                "1 Bestandsanalyse",
                "Strukturatlas, Bevölkerungsvorausberechnung, Expertengespräche, SWOT-Analyse",
                "4–6 Monate",
                "Stabsstelle, Fachämter, Statistisches Landesamt, ggf. Gutachterbüro",
            ),
            (
                "2 Leitbild",
                "Szenarien, Zukunftskonferenz, Leitbildentwurf, Zwischenbeschluss",
                "2–4 Monate",
                "Lenkungsgruppe, Kreistag, Bürgerinnen und Bürger",
            ),
            (
                "3 Handlungsfelder",
                "Auswahl der Handlungsfelder, Leitziele und Handlungsziele",
                "2–3 Monate",
                "Arbeitsgruppen, Fachämter, Kommunen, Verbände",
            ),
            (
                "4 Maßnahmen",
                "Maßnahmensteckbriefe, Priorisierung, Beschluss des Kreistages",
                "4–6 Monate",
                "Arbeitsgruppen, Projektträger, Kreisausschuss, Kreistag",
            ),
            (
                "5 Umsetzung",
                "Umsetzungsfahrplan, Projekte, Fördermittelakquise",
                "laufend, 5–10 Jahre",
                "Federführende Stellen, Kommunen, Partner",
            ),
            (
                "6 Monitoring und Evaluation",
                "Indikatoren, Umsetzungsbericht, Evaluation, Fortschreibung",
                "jährlich; Evaluation nach 3–5 Jahren",
                "Stabsstelle, Lenkungsgruppe, Kreistag",
            ),
        ),
        unit="Richtwerte für einen Landkreis mittlerer Größe",
        source="Deutscher Landkreistag, eigene Zusammenstellung auf Grundlage von Erfahrungen aus Landkreisen",
        key="LF-phasen-tab",
    ),
    Columns(2),
    # ------------------------------------------------------------------ Kapitel 4
    Heading("4 Beteiligung", 1, key="LF-k4"),
    Para(
        "Beteiligung ist ein zentraler Erfolgsfaktor für jedes Kreisentwicklungskonzept. Sie erschließt das Wissen "
        "derjenigen, die den Alltag im Kreis am besten kennen, erhöht die Qualität der Ergebnisse und schafft "
        "Akzeptanz für Entscheidungen, die nicht allen gefallen werden. In der Fachdiskussion werden mehrere Stufen "
        "der Beteiligung unterschieden: Information, Konsultation, Mitgestaltung und Mitentscheidung. Bei einem "
        "Kreisentwicklungskonzept liegt die Entscheidung am Ende beim Kreistag; die Beteiligung bewegt sich daher "
        "vor allem auf den Stufen der Information, Konsultation und Mitgestaltung. Wichtig ist ein ehrliches "
        "Erwartungsmanagement: Die Beteiligten sollten von Anfang an wissen, worüber sie mitreden können, was mit "
        "ihren Beiträgen geschieht und wer am Ende entscheidet. Nichts schadet der Beteiligungskultur mehr als "
        "Vorschläge, die ohne Rückmeldung versanden.",
        key="LF-beteiligung",
    ),
    Heading("4.1 Kreistag und Kreisausschuss", 2),
    Para(
        "Der Kreistag ist das zentrale politische Organ des Kreisentwicklungsprozesses. Er erteilt mit dem "
        "Grundsatzbeschluss den Auftrag, beschließt in der Regel das Leitbild als Zwischenergebnis, verabschiedet am "
        "Ende das Konzept mit seinen Handlungsfeldern und Maßnahmen und stellt über den Haushalt die Mittel für die "
        "Umsetzung bereit. Während der Umsetzung kontrolliert er über regelmäßige Berichte den Fortschritt und "
        "entscheidet über die Fortschreibung. Damit das Konzept über eine Wahlperiode hinaus trägt, sollten alle "
        "Fraktionen frühzeitig eingebunden werden – etwa durch Vertreterinnen und Vertreter in der Lenkungsgruppe, "
        "durch eine Klausurtagung des Kreistages zu Beginn des Prozesses oder durch einen eigenen Ausschuss für "
        "Kreisentwicklung. Der Kreisausschuss bereitet die Beschlüsse vor. Ein breiter, parteiübergreifender Konsens "
        "ist das beste Fundament für eine langfristige Umsetzung; umgekehrt verliert ein nur knapp beschlossenes "
        "Konzept nach einem Mehrheitswechsel rasch an Bedeutung.",
        key="LF-kreistag",
    ),
    Para(
        "Für die Kreistagsmitglieder bedeutet die Mitwirkung an einem Kreisentwicklungskonzept zusätzlichen "
        "Zeitaufwand neben ihrem Ehrenamt. Es ist daher wichtig, die Sitzungen gut vorzubereiten, Unterlagen "
        "verständlich aufzubereiten und die Zahl der Termine zu begrenzen. Bewährt haben sich Patenschaften, bei "
        "denen einzelne Kreistagsmitglieder ein Handlungsfeld begleiten und in ihren Fraktionen darüber berichten. "
        "Zeitlich sollte der Prozess so geplant werden, dass der Abschluss nicht unmittelbar vor einer Kommunalwahl "
        "liegt, wenn der Wahlkampf eine sachliche Beratung erschwert.",
        key="LF-kreistag-praxis",
    ),
    Heading("4.2 Städte, Gemeinden und Verbandsgemeinden", 2),
    Para(
        "Die kreisangehörigen Städte und Gemeinden sowie die Verbandsgemeinden, Ämter und Samtgemeinden sind die "
        "wichtigsten Partner des Landkreises. Viele Maßnahmen eines Kreisentwicklungskonzepts – von der "
        "Innenentwicklung der Ortskerne über die Kinderbetreuung bis zur Nahversorgung – liegen ganz oder teilweise "
        "in ihrer Zuständigkeit. Zugleich begegnen die Kommunen einem Kreisentwicklungskonzept mitunter mit Skepsis: "
        "Sie befürchten Eingriffe in ihre Planungshoheit oder eine steigende Kreisumlage. Diese Vorbehalte lassen "
        "sich nur durch frühzeitige und kontinuierliche Einbindung ausräumen. Bewährte Formate sind "
        "Bürgermeisterdienstbesprechungen, Regionalkonferenzen für die Teilräume des Kreises, gemeinsame Workshops "
        "mit den Bauämtern und Gemeindesteckbriefe, die den Kommunen einen unmittelbaren Nutzen bieten. Wichtige "
        "Maßnahmen können in Kooperationsvereinbarungen zwischen Kreis und Gemeinden festgehalten werden. Das "
        "Konzept bietet zudem einen guten Anlass, die interkommunale Zusammenarbeit zu stärken.",
        key="LF-kommunen",
    ),
    Heading("4.3 Bürgerinnen und Bürger", 2),
    Para(
        "Bürgerinnen und Bürger bringen ihr Alltagswissen und ihre Erwartungen in den Prozess ein. Sie wissen, wo "
        "die Busverbindung nicht passt, wo junge Familien Betreuungsplätze vermissen und welche Treffpunkte im Dorf "
        "fehlen. Für ihre Beteiligung steht eine Vielzahl von Formaten zur Verfügung: eine öffentliche "
        "Auftaktveranstaltung, Zukunftswerkstätten und Bürgerforen in den Teilräumen des Kreises, Dorfspaziergänge "
        "und Ortsbegehungen, repräsentative Bürgerbefragungen sowie Bürgergutachten oder Planungszellen, in denen "
        "zufällig ausgewählte Einwohnerinnen und Einwohner Empfehlungen erarbeiten. Die Zufallsauswahl hat den "
        "Vorteil, auch Menschen zu erreichen, die sich üblicherweise nicht an Veranstaltungen beteiligen. Besondere "
        "Aufmerksamkeit verdienen Gruppen, die in Beteiligungsverfahren häufig unterrepräsentiert sind, etwa "
        "Hochbetagte, Menschen mit Behinderungen, Alleinerziehende oder Zugewanderte. Sie lassen sich am besten "
        "aufsuchend erreichen, zum Beispiel über Seniorenbeiräte, Behindertenbeauftragte, Familienzentren oder "
        "Migrantenorganisationen.",
        key="LF-buerger",
    ),
    Para(
        "Damit Beteiligung wirkt, müssen die Ergebnisse sichtbar in das Konzept einfließen. Es empfiehlt sich, alle "
        "Anregungen zu dokumentieren und in einem Beteiligungsbericht darzulegen, welche Vorschläge aufgegriffen "
        "wurden und aus welchen Gründen andere nicht berücksichtigt werden konnten. Viele Landkreise verbinden die "
        "Beteiligung zudem mit der Förderung des Ehrenamts: Aus Bürgerforen entstehen nicht selten Initiativen, die "
        "einzelne Maßnahmen selbst in die Hand nehmen, etwa einen Bürgerbus, einen Dorfladen oder eine "
        "Nachbarschaftshilfe. Der Landkreis kann solche Initiativen durch Beratung, Anschubfinanzierung und "
        "Vernetzung unterstützen.",
        key="LF-buerger-ergebnisse",
    ),
    Heading("4.4 Jugendbeteiligung", 2),
    Para(
        "Junge Menschen sind von den Entscheidungen eines Kreisentwicklungskonzepts am längsten betroffen und "
        "zugleich diejenigen, deren Bleibe- oder Rückkehrbereitschaft über die Zukunft vieler ländlicher Kreise "
        "entscheidet. Ihre Beteiligung ist deshalb kein Zusatz, sondern ein Kernbestandteil des Prozesses. Für die "
        "Jugendhilfe schreibt § 8 SGB VIII ohnehin vor, Kinder und Jugendliche entsprechend ihrem Entwicklungsstand "
        "an allen sie betreffenden Entscheidungen zu beteiligen. Klassische Beteiligungsformate erreichen "
        "Jugendliche jedoch kaum. Bewährt haben sich eigene Formate: ein Jugendkreistag, in dem Jugendliche aus "
        "allen Teilen des Kreises eigene Vorschläge beraten und dem Kreistag vorlegen; Schülerbefragungen an "
        "weiterführenden und berufsbildenden Schulen; Jugendforen und Barcamps; Projektwerkstätten in Jugendzentren "
        "sowie Beteiligungsangebote über soziale Netzwerke. Wichtig ist, dass Jugendliche erleben, dass ihre "
        "Vorschläge ernst genommen werden. Ein kleines Jugendbudget, über dessen Verwendung junge Menschen selbst "
        "entscheiden, hat sich als wirksames Instrument erwiesen.",
        key="LF-jugend",
    ),
    Para(
        "Die Erfahrung zeigt, dass Jugendliche vor allem Themen ansprechen, die ihren Alltag unmittelbar prägen: "
        "Mobilität am Abend und am Wochenende, schnelles Internet, Freizeit- und Treffmöglichkeiten, "
        "Ausbildungsplätze in der Region und Perspektiven für ein Leben nach Ausbildung oder Studium. Gerade für die "
        "Fachkräftesicherung liefert die Jugendbeteiligung wertvolle Hinweise. Die Ergebnisse sollten zeitnah "
        "zurückgemeldet werden, denn für junge Menschen sind Planungszeiträume von mehreren Jahren schwer "
        "überschaubar. Kurzfristig umsetzbare Projekte, etwa ein Nachtbus am Wochenende oder ein WLAN-Hotspot am "
        "Schulzentrum, stärken das Vertrauen.",
        key="LF-jugend-themen",
    ),
    Heading("4.5 Online-Beteiligung", 2),
    Para(
        "Online-Beteiligung ergänzt die Präsenzformate und erweitert den Kreis der Beteiligten. Über eine "
        "Beteiligungsplattform können Bürgerinnen und Bürger Ideen einreichen, Vorschläge anderer kommentieren und "
        "bewerten, an Umfragen teilnehmen oder Hinweise auf einer interaktiven Karte verorten. Besonders geeignet "
        "ist die Online-Beteiligung für die Kommentierung von Zwischenergebnissen wie dem Leitbildentwurf oder dem "
        "Maßnahmenkatalog. Ihr Vorteil liegt in der zeit- und ortsunabhängigen Teilnahme; sie erreicht Berufstätige, "
        "Pendler und jüngere Menschen, die an Abendveranstaltungen selten teilnehmen. Ihre Grenzen liegen in der "
        "digitalen Spaltung: Ältere Menschen und Haushalte ohne leistungsfähigen Internetanschluss werden schlechter "
        "erreicht. Online-Verfahren erfordern zudem eine kontinuierliche Moderation, klare Nutzungsregeln, "
        "datenschutzkonforme Technik und eine verlässliche Auswertung der Beiträge. Empfehlenswert ist die "
        "Kombination von Online- und Präsenzformaten, bei der die Ergebnisse beider Wege zusammengeführt werden.",
        key="LF-online",
    ),
    Heading("4.6 Wirtschaft, Verbände und Fachöffentlichkeit", 2),
    Para(
        "Neben Politik, Kommunen und Bürgerschaft sollten die organisierten Akteure der Region einbezogen werden: "
        "Industrie- und Handelskammern, Handwerkskammern, Kreishandwerkerschaften, die Agentur für Arbeit und das "
        "Jobcenter, Unternehmen und Unternehmerverbände, Bauern- und Winzerverbände, Wohlfahrtsverbände, Kirchen, "
        "Sportbünde, Naturschutzverbände, Hochschulen und Schulen. Diese Akteure verfügen über Fachwissen, Netzwerke "
        "und häufig auch über eigene Ressourcen, mit denen sie Maßnahmen umsetzen können. Sie werden am besten in "
        "den Arbeitsgruppen zu den Handlungsfeldern beteiligt und sollten in der Lenkungsgruppe vertreten sein. Für "
        "die Wirtschaft sind vor allem die Themen Fachkräftesicherung, Gewerbeflächen, Verkehrsanbindung und "
        "Breitband von Interesse; hier kann das Kreisentwicklungskonzept eine Brücke zur Wirtschaftsförderung "
        "schlagen.",
        key="LF-wirtschaft",
    ),
    # ------------------------------------------------------------------ Kapitel 5
    Heading("5 Steuerung und Organisation", 1, key="LF-k5"),
    Para(
        "Ein Kreisentwicklungsprozess ist ein komplexes Vorhaben, das über mehrere Jahre zahlreiche Akteure "
        "innerhalb und außerhalb der Verwaltung zusammenführt. Er braucht deshalb eine klare Projektorganisation mit "
        "eindeutigen Rollen und Verantwortlichkeiten. Bewährt hat sich eine Gliederung in drei Ebenen: eine "
        "politisch-strategische Lenkungsebene (Lenkungsgruppe), eine operative Koordinationsebene (Stabsstelle oder "
        "Geschäftsstelle) und eine fachliche Arbeitsebene (Arbeitsgruppen zu den Handlungsfeldern). Die "
        "Entscheidungsbefugnisse der Kreisorgane bleiben davon unberührt: Die Beschlüsse fasst der Kreistag, und die "
        "Verantwortung für die Verwaltung liegt bei der Landrätin oder dem Landrat.",
        key="LF-organisation",
    ),
    Heading("5.1 Lenkungsgruppe", 2),
    Para(
        "Die Lenkungsgruppe – in manchen Kreisen auch Steuerungsgruppe oder Lenkungsausschuss genannt – ist das "
        "zentrale Steuerungsgremium des Prozesses. Den Vorsitz führt in der Regel die Landrätin oder der Landrat. "
        "Ihr gehören Vertreterinnen und Vertreter der Kreistagsfraktionen, die zuständigen Dezernentinnen und "
        "Dezernenten der Kreisverwaltung, Vertreter der kreisangehörigen Kommunen sowie wichtige externe Partner wie "
        "Kammern, Agentur für Arbeit und Sozialverbände an; sinnvoll ist auch die Beteiligung einer "
        "Jugendvertretung. Eine Größe von 12 bis 20 Mitgliedern hat sich bewährt. Die Lenkungsgruppe tagt während "
        "der Erarbeitungsphase etwa alle zwei bis drei Monate. Sie berät die Zwischenergebnisse, trifft "
        "Richtungsentscheidungen über den Prozess, klärt Konflikte zwischen Arbeitsgruppen und bereitet die "
        "Beschlussvorlagen für den Kreistag vor. Entscheidungen, die dem Kreistag vorbehalten sind, kann sie nicht "
        "treffen. Nach dem Beschluss des Konzepts sollte die Lenkungsgruppe als Begleitgremium für Umsetzung und "
        "Monitoring fortbestehen.",
        key="LF-lenkungsgruppe",
    ),
    Heading("5.2 Stabsstelle Kreisentwicklung", 2),
    Para(
        "Die operative Steuerung des Prozesses liegt bei einer Geschäftsstelle innerhalb der Kreisverwaltung. Am "
        "besten geeignet ist eine Stabsstelle Kreisentwicklung, die direkt der Landrätin oder dem Landrat zugeordnet "
        "ist. Eine Stabsstelle ist eine Organisationseinheit ohne eigene Linienzuständigkeit, die die "
        "Verwaltungsspitze unterstützt und ressortübergreifend arbeitet. Diese Stellung ist für die Kreisentwicklung "
        "besonders geeignet, weil sie die Koordination der Fachämter erleichtert und die Bedeutung des Themas "
        "unterstreicht. Zu den Aufgaben der Stabsstelle gehören das Prozessmanagement, die Geschäftsführung der "
        "Lenkungsgruppe, die Koordination der Arbeitsgruppen, das Datenmanagement für Strukturatlas und Monitoring, "
        "die Öffentlichkeitsarbeit, die Organisation der Beteiligung sowie das Fördermittelmanagement. Nach dem "
        "Beschluss des Konzepts sollte die Stabsstelle dauerhaft als Umsetzungs- und Monitoringstelle bestehen "
        "bleiben. Alternativ kann die Geschäftsstelle beim Amt für Kreisentwicklung, bei der Wirtschaftsförderung "
        "oder bei der Bauverwaltung angesiedelt werden; dann ist die ressortübergreifende Koordination jedoch "
        "ausdrücklich sicherzustellen.",
        key="LF-stabsstelle",
    ),
    Heading("5.3 Arbeitsgruppen und Projektstruktur", 2),
    Para(
        "Die fachliche Arbeit an Zielen und Maßnahmen findet in Arbeitsgruppen statt, die in der Regel für jedes "
        "Handlungsfeld gebildet werden. Sie setzen sich aus Fachleuten der Kreisverwaltung, der Kommunen und "
        "externer Organisationen sowie aus engagierten Bürgerinnen und Bürgern zusammen; 10 bis 25 Mitglieder sind "
        "eine arbeitsfähige Größe. Jede Arbeitsgruppe braucht eine feste Leitung aus dem zuständigen Fachamt und "
        "eine professionelle Moderation. Die Arbeitsgruppen treffen sich während der Erarbeitungsphase etwa vier- "
        "bis sechsmal. Für bereichsübergreifende Themen können befristete Projektgruppen eingerichtet werden. Ein "
        "verwaltungsinterner Arbeitskreis aus den Amtsleitungen sorgt dafür, dass die Vorschläge frühzeitig auf ihre "
        "Umsetzbarkeit geprüft und mit laufenden Planungen abgestimmt werden.",
        key="LF-arbeitsgruppen",
    ),
    Heading("5.4 Personelle und finanzielle Ressourcen", 2),
    Para(
        "Der Aufwand für ein Kreisentwicklungskonzept wird häufig unterschätzt. Für die Koordination in der "
        "Erarbeitungsphase ist nach den Erfahrungen der Landkreise mindestens eine, besser sind zwei Vollzeitstellen "
        "erforderlich; hinzu kommt die Arbeitszeit der Fachämter, die für Datenlieferungen, Arbeitsgruppen und die "
        "Ausarbeitung der Maßnahmensteckbriefe gebraucht wird. Die Sachkosten für Gutachten, Moderation, "
        "Veranstaltungen, Online-Plattform, Gestaltung und Druck liegen für einen Landkreis mit 100.000 bis 200.000 "
        "Einwohnern je nach Umfang der externen Unterstützung zwischen etwa 80.000 und 250.000 Euro. Für die "
        "Umsetzungsphase sollte der Kreishaushalt neben der Personalstelle der Stabsstelle ein eigenes Budget "
        "vorsehen, aus dem kleinere Projekte, Eigenanteile für Förderprojekte und die Öffentlichkeitsarbeit "
        "finanziert werden können. Ein Konzept ohne Umsetzungsbudget weckt Erwartungen, die es nicht erfüllen kann.",
        key="LF-ressourcen",
    ),
    Heading("5.5 Externe Begleitung", 2),
    Para(
        "Viele Landkreise beauftragen Planungs- und Beratungsbüros oder Hochschulinstitute mit Teilen der Arbeit. "
        "Externe Begleitung bringt Methodenkompetenz, Erfahrungen aus anderen Regionen, eine neutrale Moderation und "
        "einen unverstellten Blick von außen mit und entlastet die Verwaltung. Sie birgt aber auch Risiken: Wird das "
        "Konzept weitgehend extern erstellt, fühlen sich Verwaltung und Politik oft nicht als dessen Eigentümer, und "
        "das Wissen verlässt mit dem Büro den Kreis. Empfehlenswert ist daher eine Arbeitsteilung, bei der die "
        "Prozessverantwortung in der Kreisverwaltung bleibt. Typische Leistungen für externe Büros sind die "
        "Datenanalyse und Kartografie für den Strukturatlas, Bevölkerungsvorausberechnungen, die Moderation von "
        "Großveranstaltungen und Arbeitsgruppen sowie die redaktionelle Zusammenführung des Konzepts. Die "
        "Leistungsbeschreibung sollte diese Aufgaben genau abgrenzen. Bei der Vergabe sind die Regeln des "
        "Vergaberechts zu beachten, unterhalb der EU-Schwellenwerte also regelmäßig die VOL/A, oberhalb die "
        "Vergabeverordnung und die VOF.",
        key="LF-extern",
    ),
    # ------------------------------------------------------------------ Kapitel 6
    Heading("6 Finanzierung und Fördermittel", 1, key="LF-k6"),
    Para(
        "Bei der Finanzierung eines Kreisentwicklungskonzepts sind zwei Ebenen zu unterscheiden: die Finanzierung "
        "der Konzepterstellung selbst und die Finanzierung der Maßnahmen in der Umsetzungsphase. Für beide kommen "
        "Eigenmittel des Landkreises, Beiträge der kreisangehörigen Kommunen und weiterer Partner, Fördermittel der "
        "Europäischen Union, des Bundes und der Länder sowie Mittel von Stiftungen und privaten Akteuren in "
        "Betracht. Die Förderlandschaft ist vielfältig und für Außenstehende oft unübersichtlich; Programme, "
        "Fördersätze und Antragsfristen ändern sich mit jeder Förderperiode. Ein Kreisentwicklungskonzept verbessert "
        "den Zugang zu Fördermitteln erheblich, denn zahlreiche Programme setzen ein integriertes, abgestimmtes "
        "Entwicklungskonzept als Fördervoraussetzung voraus oder bewerten Projekte besser, die aus einer regionalen "
        "Strategie abgeleitet sind.",
        key="LF-foerder-ueberblick",
    ),
    Heading("6.1 Eigenmittel des Landkreises", 2),
    Para(
        "Die Eigenmittel des Landkreises stammen aus dem Kreishaushalt, der überwiegend durch die Kreisumlage der "
        "kreisangehörigen Gemeinden und durch Schlüsselzuweisungen des Landes im kommunalen Finanzausgleich "
        "finanziert wird. Für die Konzepterstellung sind Eigenmittel in aller Regel unverzichtbar, weil die "
        "Erarbeitung von Konzepten nur in wenigen Programmen gefördert wird. Auch in der Umsetzung bilden "
        "Eigenmittel die Grundlage: Sie finanzieren Personal, kleinere Projekte und vor allem die Eigenanteile, ohne "
        "die Fördermittel nicht abgerufen werden können. Die Mittel sollten in der mittelfristigen Finanzplanung für "
        "die gesamte Laufzeit des Konzepts abgesichert werden. Landkreise, die sich in der Haushaltskonsolidierung "
        "befinden, sollten frühzeitig mit der Kommunalaufsicht klären, in welchem Umfang freiwillige Leistungen für "
        "die Kreisentwicklung möglich sind; häufig lässt sich darlegen, dass vorausschauende Anpassungen langfristig "
        "Kosten sparen.",
        key="LF-eigenmittel",
    ),
    Heading("6.2 Förderprogramme der Europäischen Union", 2),
    Para(
        "Das für ländliche Landkreise wichtigste europäische Förderinstrument ist LEADER. Die Abkürzung steht für "
        "„Liaison entre actions de développement de l'économie rurale“, also die Verbindung von Aktionen zur "
        "Entwicklung der ländlichen Wirtschaft. LEADER ist Teil des Europäischen Landwirtschaftsfonds für die "
        "Entwicklung des ländlichen Raums (ELER); in der Förderperiode 2014–2020 müssen mindestens fünf Prozent der "
        "ELER-Mittel eines Landes für LEADER eingesetzt werden. Kennzeichen des Ansatzes ist, dass Lokale "
        "Aktionsgruppen (LAG) aus öffentlichen und privaten Partnern eine eigene Entwicklungsstrategie für ihre "
        "Region erarbeiten und selbst über die Auswahl der Projekte entscheiden. Die Landkreise sind häufig Mitglied "
        "der LAG, Träger des Regionalmanagements oder Kofinanzierer. Da LEADER-Regionen nicht immer mit den "
        "Kreisgrenzen übereinstimmen, sollten Kreisentwicklungskonzept und LEADER-Strategie eng aufeinander "
        "abgestimmt werden. So können Maßnahmen des Kreisentwicklungskonzepts gezielt in die LEADER-Förderung "
        "eingebracht werden.",
        key="LF-leader",
    ),
    Para(
        "Daneben kommen der Europäische Fonds für regionale Entwicklung (EFRE) und der Europäische Sozialfonds (ESF) "
        "in Betracht, die in Deutschland über Operationelle Programme der Länder umgesetzt werden. Der EFRE fördert "
        "unter anderem Forschung und Innovation, die Wettbewerbsfähigkeit kleiner und mittlerer Unternehmen, die "
        "Verringerung der CO₂-Emissionen und die integrierte Stadtentwicklung. Der ESF unterstützt Maßnahmen für "
        "Beschäftigung, Bildung und soziale Inklusion, zum Beispiel zur Integration Langzeitarbeitsloser oder zur "
        "Berufsorientierung junger Menschen. Für Landkreise an den Außengrenzen der Bundesrepublik eröffnen die "
        "Programme der Europäischen territorialen Zusammenarbeit (INTERREG) zusätzliche Möglichkeiten für "
        "grenzüberschreitende Projekte. Für alle EU-Programme gilt, dass sie eine nationale Kofinanzierung erfordern "
        "und erhebliche Anforderungen an Antragstellung, Nachweisführung und Prüfung stellen.",
        key="LF-efre-esf",
    ),
    Heading("6.3 Förderprogramme des Bundes", 2),
    Para(
        "Die Gemeinschaftsaufgabe „Verbesserung der Agrarstruktur und des Küstenschutzes“ (GAK) nach Art. 91a GG ist "
        "das zentrale nationale Förderinstrument für ländliche Räume. Bund und Länder finanzieren sie gemeinsam, in "
        "der Regel im Verhältnis 60 zu 40; umgesetzt wird sie über die Förderrichtlinien der Länder. Für die "
        "Kreisentwicklung ist vor allem der Förderbereich „Integrierte ländliche Entwicklung“ von Bedeutung. Er "
        "umfasst die Erstellung integrierter ländlicher Entwicklungskonzepte (ILEK), ein Regionalmanagement zu deren "
        "Umsetzung, die Dorfentwicklung, dem ländlichen Charakter angepasste Infrastrukturmaßnahmen sowie "
        "Einrichtungen der Grundversorgung. Die GAK ist damit eine der wenigen Förderquellen, die auch die "
        "konzeptionelle Arbeit und das Prozessmanagement unterstützt. Die Gemeinschaftsaufgabe „Verbesserung der "
        "regionalen Wirtschaftsstruktur“ (GRW) kann in strukturschwachen Regionen ergänzend Regionalmanagement und "
        "wirtschaftsnahe Infrastruktur fördern.",
        key="LF-gak",
    ),
    Para(
        "Modellvorhaben der Raumordnung (MORO) sind ein Forschungsprogramm des für Raumordnung zuständigen "
        "Bundesministeriums, das vom Bundesinstitut für Bau-, Stadt- und Raumforschung (BBSR) fachlich betreut wird. "
        "In MORO werden neue Ansätze und Instrumente der Raumentwicklung gemeinsam mit Akteuren vor Ort in "
        "ausgewählten Modellregionen erprobt und wissenschaftlich begleitet. Für die Kreisentwicklung besonders "
        "einschlägig waren das Modellvorhaben „Regionalstrategie Daseinsvorsorge“, in dem 21 Modellregionen – "
        "darunter zahlreiche Landkreise – von 2011 bis 2013 Strategien zur Anpassung der Infrastruktur an den "
        "demografischen Wandel erarbeitet haben, sowie das anschließende „Aktionsprogramm regionale "
        "Daseinsvorsorge“. MORO sind keine Regelförderung: Die Teilnahme erfolgt über befristete Aufrufe und "
        "Auswahlverfahren. Der Nutzen liegt neben den Fördermitteln vor allem im Zugang zu Methoden, "
        "Forschungsbegleitung und einem bundesweiten Erfahrungsaustausch; die veröffentlichten Leitfäden stehen "
        "allen Landkreisen zur Verfügung.",
        key="LF-moro",
    ),
    Para(
        "Mit dem Bundesprogramm Ländliche Entwicklung (BULE), das als BULEplus fortgeführt wird, fördert das "
        "Bundesministerium für Ernährung und Landwirtschaft Modell- und Demonstrationsvorhaben, Wettbewerbe und "
        "Forschungsprojekte, die zukunftsweisende Ansätze der ländlichen Entwicklung erproben. Gefördert werden "
        "beispielsweise innovative Lösungen für Nahversorgung, Mobilität, Ehrenamt, Kultur und digitale Dienste in "
        "ländlichen Regionen. Das Programm richtet sich ausdrücklich auch an Landkreise und eignet sich besonders, "
        "um neue Ideen aus dem Kreisentwicklungskonzept modellhaft zu erproben, bevor sie in die Fläche übertragen "
        "werden. Wie bei MORO erfolgt die Förderung über thematische Aufrufe mit eigenen Fristen und "
        "Auswahlkriterien.",
        key="LF-bule",
    ),
    Para(
        "Die Städtebauförderung ist ein gemeinsames Programm von Bund und Ländern auf Grundlage von Art. 104b GG. "
        "Die Kosten werden in der Regel zu je einem Drittel von Bund, Land und Gemeinde getragen. "
        "Zuwendungsempfänger sind die Städte und Gemeinden, nicht die Landkreise; der Kreis kann die Kommunen aber "
        "bei der Antragstellung unterstützen und ihre Projekte in den Rahmen des Kreisentwicklungskonzepts "
        "einordnen. Für ländliche Kreise ist insbesondere das Programm „Kleinere Städte und Gemeinden – überörtliche "
        "Zusammenarbeit und Netzwerke“ von Interesse, das seit 2010 die Daseinsvorsorge in kleineren Städten und "
        "Gemeinden sichern soll und ein überörtlich abgestimmtes, integriertes Entwicklungskonzept voraussetzt. "
        "Weitere Programme wie Stadtumbau, Soziale Stadt, Aktive Stadt- und Ortsteilzentren und Städtebaulicher "
        "Denkmalschutz unterstützen die Stärkung der Ortskerne, den Umgang mit Leerständen und die Anpassung der "
        "Infrastruktur in schrumpfenden Städten.",
        key="LF-staedtebau",
    ),
    Heading("6.4 Programme der Länder und weitere Quellen", 2),
    Para(
        "Die Länder ergänzen die Programme von EU und Bund durch eigene Förderangebote. Dazu gehören "
        "Dorferneuerungs- und Dorfentwicklungsprogramme, Programme zur Förderung des Regionalmanagements, "
        "Landesprogramme zur Bewältigung des demografischen Wandels, Förderungen für den Breitbandausbau, für den "
        "ÖPNV, für Kindertagesstätten und Schulbau sowie für die Gesundheitsversorgung, etwa zur Gewinnung von "
        "Landärztinnen und Landärzten. Einige Länder fördern die Erstellung von Kreisentwicklungskonzepten oder "
        "Demografiestrategien unmittelbar. Zusätzliche Mittel können Stiftungen bereitstellen, etwa für Bildungs-, "
        "Engagement- oder Kulturprojekte. Auch Bürgerstiftungen, Genossenschaften, etwa im Bereich der Bürgerenergie "
        "oder der Dorfläden, sowie Sponsoring durch regionale Unternehmen und Sparkassen tragen in vielen Kreisen "
        "zur Umsetzung bei.",
        key="LF-laender",
    ),
    Heading("6.5 Kofinanzierung und Fördermittelmanagement", 2),
    Para(
        "Kofinanzierung bedeutet, dass ein Fördermittelgeber nur einen Teil der förderfähigen Kosten übernimmt und "
        "der verbleibende Anteil aus anderen Mitteln aufgebracht werden muss – meist aus Eigenmitteln des "
        "Antragstellers, teilweise auch aus Mitteln Dritter. Die Fördersätze liegen je nach Programm und Land häufig "
        "zwischen 50 und 80 Prozent, sodass ein Eigenanteil von 20 bis 50 Prozent verbleibt. Bei EU-Programmen ist "
        "darüber hinaus eine nationale öffentliche Kofinanzierung vorgeschrieben: Die europäischen Mittel werden nur "
        "ausgezahlt, wenn Bund, Land oder Kommune einen festgelegten Anteil beisteuern. Für finanzschwache Kommunen "
        "sehen manche Länder ermäßigte Eigenanteile vor. Die Kofinanzierung muss frühzeitig im Haushalt eingeplant "
        "werden, denn Förderzusagen kommen oft kurzfristig, und Fördermittel werden in vielen Programmen erst "
        "nachträglich erstattet, sodass der Kreis die Ausgaben vorfinanzieren muss. Ebenso wichtig ist der Blick auf "
        "die Folgekosten: Eine geförderte Investition verursacht nach Ablauf der Förderung Betriebs- und "
        "Unterhaltungskosten, die dauerhaft getragen werden müssen.",
        key="LF-kofinanzierung",
    ),
    Para(
        "Ein professionelles Fördermittelmanagement erhöht die Erfolgsquote erheblich. Es empfiehlt sich, in der "
        "Stabsstelle Kreisentwicklung eine Ansprechperson für Fördermittel zu benennen, die Förderaufrufe "
        "beobachtet, Projektträger berät und Anträge koordiniert. Hilfreich sind die Förderdatenbank des Bundes, die "
        "Informationsangebote der Länder und die Netzwerke der Deutschen Vernetzungsstelle Ländliche Räume. Projekte "
        "aus dem Maßnahmenkatalog sollten so vorbereitet werden, dass sie bei passenden Aufrufen kurzfristig "
        "eingereicht werden können. Vorsicht ist geboten vor einer reinen Förderlogik, bei der Projekte nur deshalb "
        "verfolgt werden, weil es gerade ein Programm dafür gibt. Das Kreisentwicklungskonzept dient hier als "
        "Kompass: Gefördert werden sollte, was den Zielen des Konzepts dient.",
        key="LF-foerdermanagement",
    ),
    # ------------------------------------------------------------------ Kapitel 7
    Heading("7 Monitoring und Evaluation", 1, key="LF-k7"),
    Para(
        "Ein Kreisentwicklungskonzept entfaltet nur dann Wirkung, wenn seine Umsetzung systematisch nachgehalten "
        "wird. Ohne Erfolgskontrolle droht das Konzept nach dem Beschluss in Vergessenheit zu geraten. Monitoring "
        "und Evaluation schaffen Transparenz gegenüber Kreistag und Öffentlichkeit, machen Erfolge sichtbar, zeigen "
        "Handlungsbedarf auf und liefern die Grundlage für die Fortschreibung. Beide Instrumente sollten bereits bei "
        "der Erarbeitung des Konzepts mitgedacht werden: Ziele, die nicht messbar formuliert sind, lassen sich "
        "später kaum überprüfen.",
        key="LF-erfolgskontrolle",
    ),
    Heading("7.1 Begriffe", 2),
    Para(
        "Monitoring bedeutet die kontinuierliche, systematische Beobachtung ausgewählter Kennzahlen (Indikatoren) in "
        "festen zeitlichen Abständen, um Entwicklungen und Veränderungen frühzeitig zu erkennen. Es beantwortet die "
        "Fragen „Was verändert sich im Kreis?“ und „Kommen wir bei der Umsetzung voran?“. Zu unterscheiden sind das "
        "Raum- oder Kontextmonitoring, das die allgemeine Entwicklung des Kreises beobachtet – etwa Einwohnerzahl, "
        "Altersstruktur oder Arbeitslosenquote –, und das Umsetzungsmonitoring, auch Maßnahmencontrolling genannt, "
        "das den Stand der einzelnen Maßnahmen erfasst. Im Unterschied zur Evaluation bewertet das Monitoring nicht, "
        "sondern beschreibt; es liefert die Datengrundlage, auf der eine Evaluation aufbauen kann.",
        key="LF-monitoring-def",
    ),
    Para(
        "Evaluation ist demgegenüber eine zeitlich begrenzte, methodisch fundierte Bewertung. Sie untersucht, ob die "
        "Ziele des Konzepts erreicht wurden, welche Wirkungen die Maßnahmen entfaltet haben und ob Aufwand und "
        "Nutzen in einem angemessenen Verhältnis stehen. Man unterscheidet die Zwischenevaluation, die nach drei bis "
        "fünf Jahren Laufzeit eine Halbzeitbilanz zieht, und die abschließende Evaluation vor der Fortschreibung. "
        "Eine Evaluation kann als Selbstevaluation durch die Verwaltung oder als Fremdevaluation durch unabhängige "
        "Dritte durchgeführt werden; die Fremdevaluation ist aufwendiger, genießt aber höhere Glaubwürdigkeit. Neben "
        "der Auswertung der Indikatoren kommen Befragungen der Projektträger und der Bevölkerung, Interviews mit "
        "Schlüsselpersonen und Bilanzworkshops zum Einsatz. Wichtig ist, auch nicht beabsichtigte Wirkungen und "
        "gescheiterte Maßnahmen offen zu analysieren.",
        key="LF-evaluation-def",
    ),
    Heading("7.2 Indikatoren", 2),
    Para(
        "Ein Indikator ist eine messbare Größe, die über einen Sachverhalt Auskunft gibt, der sich nicht unmittelbar "
        "beobachten lässt. So zeigt die Zahl der Hausärztinnen und Hausärzte je 10.000 Einwohner die Qualität der "
        "ärztlichen Grundversorgung an. Gute Indikatoren sind relevant für die Ziele des Konzepts, aussagekräftig, "
        "regelmäßig und kleinräumig verfügbar, verständlich und durch das Handeln des Kreises zumindest mittelbar "
        "beeinflussbar. Man unterscheidet Kontextindikatoren, die die allgemeine Entwicklung abbilden, Umsetzungs- "
        "oder Outputindikatoren, die die Leistungen einer Maßnahme messen, etwa die Zahl der eingerichteten "
        "Bürgerbuslinien, und Ergebnis- oder Wirkungsindikatoren, die die angestrebte Veränderung erfassen, etwa die "
        "Fahrgastzahlen. Ein Set von 20 bis 40 Kernindikatoren mit Basisjahr und, wo möglich, Zielwerten ist in der "
        "Regel ausreichend. Tabelle 2 nennt bewährte Beispiele.",
        key="LF-indikatoren",
    ),
    Table(
        caption="Tabelle 2: Beispiele für Kernindikatoren eines Kreismonitorings",
        header=("Indikator", "Datenquelle"),
        rows=(
            ("Einwohnerzahl und Wanderungssaldo", "Statistisches Landesamt"),
            ("Durchschnittsalter, Anteil 65 Jahre und älter", "Statistisches Landesamt"),
            ("Sozialversicherungspflichtig Beschäftigte am Arbeitsort", "Bundesagentur für Arbeit"),
            ("Arbeitslosenquote", "Bundesagentur für Arbeit"),
            ("Pendlersaldo", "Bundesagentur für Arbeit"),
            ("Betreuungsquote unter 3 Jahren", "Statistisches Landesamt, Jugendamt"),
            ("Schulabgänger ohne Abschluss", "Statistisches Landesamt"),
            ("Hausärztinnen und Hausärzte je 10.000 Einwohner", "Kassenärztliche Vereinigung"),
            ("Haushalte mit mindestens 50 Mbit/s", "Breitbandatlas des Bundes"),
            ("Pkw-Fahrzeit zum nächsten Mittelzentrum", "BBSR (INKAR)"),
            ("Anteil erneuerbarer Energien am Stromverbrauch", "Netzbetreiber, Klimaschutzmanagement"),
            ("Leerstehende Wohngebäude in Ortskernen", "Leerstandskataster der Kommunen"),
        ),
        unit="Auswahl",
        source="Deutscher Landkreistag",
        key="LF-indikatoren-tab",
    ),
    Heading("7.3 Berichtswesen", 2),
    Para(
        "Die Ergebnisse des Monitorings sollten in einem festen Rhythmus berichtet werden. Bewährt hat sich ein "
        "jährlicher Umsetzungsbericht an den Kreistag, der den Stand jeder Maßnahme knapp beschreibt und mit einem "
        "Ampelsystem bewertet: Grün steht für planmäßig, Gelb für verzögert, Rot für gefährdet oder eingestellt. "
        "Ergänzend kann alle zwei bis drei Jahre ein ausführlicherer Monitoringbericht oder Demografiebericht die "
        "Entwicklung der Kontextindikatoren darstellen und die Daten des Strukturatlas aktualisieren. Die Berichte "
        "sollten öffentlich zugänglich sein, etwa auf der Internetseite des Kreises, und in der Lenkungsgruppe "
        "beraten werden. Eine kompakte Darstellung mit Grafiken und Kurzkommentaren erreicht Politik und "
        "Öffentlichkeit besser als umfangreiche Tabellenwerke. Der Aufwand für das Berichtswesen bleibt "
        "beherrschbar, wenn die Datenstrukturen von Beginn an auf Fortschreibung angelegt sind.",
        key="LF-bericht",
    ),
    Heading("7.4 Fortschreibung", 2),
    Para(
        "Ein Kreisentwicklungskonzept ist kein statisches Dokument. Es sollte in der Regel alle fünf bis zehn Jahre "
        "fortgeschrieben werden; spätestens nach zehn Jahren ist eine grundlegende Überarbeitung erforderlich. "
        "Anlass für eine frühere Fortschreibung können eine neue Bevölkerungsvorausberechnung, die Ergebnisse einer "
        "Evaluation, eine neue EU-Förderperiode, Gebietsreformen oder gesetzliche Änderungen sein. Viele Landkreise "
        "koppeln die Fortschreibung an die Wahlperiode des Kreistages, die in den meisten Ländern fünf Jahre "
        "beträgt, damit jeder neu gewählte Kreistag das Konzept bestätigen oder neu ausrichten kann. Eine "
        "Fortschreibung bedeutet nicht, den gesamten Prozess von vorn zu beginnen: Der Strukturatlas wird "
        "aktualisiert, das Leitbild überprüft, erledigte Maßnahmen werden abgeschlossen und neue aufgenommen. "
        "Unabhängig davon kann der Maßnahmenkatalog im Rahmen des jährlichen Umsetzungsberichts laufend angepasst "
        "werden.",
        key="LF-fortschreibung",
    ),
    # ------------------------------------------------------------------ Kapitel 8
    Heading("8 Praxisbeispiele", 1, key="LF-k8"),
    Para(
        "Die folgenden drei Praxisbeispiele beschreiben fiktive Landkreise. Sie verdichten Erfahrungen, die "
        "zahlreiche Landkreise bei der Erarbeitung und Umsetzung ihrer Kreisentwicklungskonzepte gemacht haben, und "
        "stehen für drei typische Ausgangslagen: einen ländlichen Kreis mit moderatem Bevölkerungsrückgang, einen "
        "stark schrumpfenden, dünn besiedelten Flächenkreis und einen wachsenden Kreis im Umland einer Großstadt. "
        "Die Zahlen sind angenommen und dienen der Veranschaulichung.",
        key="LF-bsp-intro",
    ),
    Heading("8.1 Landkreis Musterstadt: Daseinsvorsorge im ländlichen Raum sichern", 2),
    Para(
        "Der Landkreis Musterstadt ist ein ländlich geprägter Mittelgebirgskreis in Westdeutschland mit rund 128.000 "
        "Einwohnern auf einer Fläche von 1.050 km². Seit dem Jahr 2000 hat der Kreis etwa vier Prozent seiner "
        "Einwohner verloren; die Vorausberechnung des Statistischen Landesamtes erwartet bis 2030 einen weiteren "
        "Rückgang um neun Prozent, während der Anteil der Menschen ab 65 Jahren von 23 auf 31 Prozent steigen soll. "
        "Anlass für das Kreisentwicklungskonzept war die Schließung mehrerer Hausarztpraxen in kurzer Folge. Der "
        "Kreistag fasste 2010 einstimmig den Grundsatzbeschluss; eine neu eingerichtete Stabsstelle Kreisentwicklung "
        "mit zwei Personalstellen übernahm die Koordination. Der Strukturatlas enthielt Gemeindesteckbriefe für alle "
        "kreisangehörigen Gemeinden. Das Leitbild „Musterstadt 2025 – gemeinsam älter werden, gemeinsam Zukunft "
        "gestalten“ wurde nach einer Zukunftskonferenz mit 300 Teilnehmenden beschlossen. Das Konzept umfasst fünf "
        "Handlungsfelder und 48 Maßnahmen und wurde im Herbst 2012 vom Kreistag verabschiedet.",
        key="LF-bsp-musterstadt",
    ),
    Para(
        "Zu den Leitprojekten im Landkreis Musterstadt gehören ein Stipendienprogramm für Medizinstudierende, die "
        "sich verpflichten, nach der Facharztausbildung im Kreis hausärztlich tätig zu werden, ein kreisweites "
        "Rufbussystem, das den Linienverkehr in den Randlagen ergänzt, und eine Leerstandsbörse für Wohngebäude in "
        "den Ortskernen. Zwei Jahre nach dem Beschluss nehmen elf Studierende am Stipendienprogramm teil; der Rufbus "
        "verzeichnet rund 40.000 Fahrgäste im Jahr. Als schwierig erwies sich anfangs die Zusammenarbeit mit einigen "
        "Gemeinden, die eine Einmischung in ihre Planungshoheit befürchteten. Abhilfe schufen vier "
        "Regionalkonferenzen in den Teilräumen des Kreises, in denen die Bürgermeisterinnen und Bürgermeister die "
        "Maßnahmen für ihren Raum mit entwickelten. Seit 2013 berät zudem ein Jugendkreistag den Kreistag in Fragen "
        "der Kreisentwicklung.",
        key="LF-bsp-musterstadt-2",
    ),
    Heading("8.2 Landkreis Neuberg-Heide: Schrumpfung aktiv gestalten", 2),
    Para(
        "Der Landkreis Neuberg-Heide ist ein dünn besiedelter Flächenkreis in Ostdeutschland mit rund 96.000 "
        "Einwohnern auf 2.100 km², also nur etwa 46 Einwohnern je km². Seit 1990 hat der Kreis rund 24 Prozent "
        "seiner Bevölkerung verloren, vor allem durch die Abwanderung junger Frauen und Männer. Die Kreisverwaltung "
        "nutzte die Teilnahme als Modellregion in einem Modellvorhaben der Raumordnung (MORO), um eine "
        "Regionalstrategie Daseinsvorsorge zu erarbeiten, die später in das Kreisentwicklungskonzept einging. In "
        "Arbeitsgruppen zu Schulen, hausärztlicher Versorgung, Brandschutz, Pflege und Wasserversorgung wurden für "
        "das Jahr 2030 Szenarien durchgerechnet. Erreichbarkeitsmodelle zeigten zum Beispiel, welche Schulstandorte "
        "bei sinkenden Schülerzahlen erhalten werden müssen, damit die Schulwege zumutbar bleiben.",
        key="LF-bsp-neuberg",
    ),
    Para(
        "Aus der Strategie gingen konkrete Entscheidungen hervor: Kleine Grundschulen bleiben als "
        "jahrgangsübergreifend unterrichtende Schulen erhalten, während im Bereich der weiterführenden Schulen zwei "
        "Standorte zusammengelegt wurden. Die freiwilligen Feuerwehren mehrerer Gemeinden bilden "
        "Einsatzgemeinschaften, um die Tagesalarmsicherheit zu gewährleisten, und der Kreis fördert die "
        "Nachwuchsgewinnung über Kinder- und Jugendfeuerwehren. Für die Pflege wurden Gemeindeschwestern eingesetzt, "
        "die ältere Menschen zu Hause beraten. Das Kreisentwicklungskonzept wurde 2013 beschlossen; die Umsetzung "
        "wird zu einem erheblichen Teil über LEADER und die GAK finanziert. Der Landkreis zeigt, dass Schrumpfung "
        "nicht zwangsläufig Rückzug bedeutet, wenn Standortentscheidungen vorausschauend und transparent getroffen "
        "werden.",
        key="LF-bsp-neuberg-2",
    ),
    Heading("8.3 Landkreis Beispielau: Wachstum und Alterung zugleich", 2),
    Para(
        "Der Landkreis Beispielau liegt im Umland einer westdeutschen Großstadt und zählt rund 212.000 Einwohner. "
        "Anders als die beiden anderen Beispiele wächst der Kreis: Seit dem Jahr 2000 hat die Bevölkerung um etwa "
        "sechs Prozent zugenommen, vor allem durch den Zuzug junger Familien. Zugleich altern die in den "
        "1970er-Jahren entstandenen Einfamilienhausgebiete rasch, und in den ländlicheren Randgemeinden des Kreises "
        "stagniert die Einwohnerzahl. Zentrale Themen des Kreisentwicklungskonzepts sind deshalb bezahlbarer "
        "Wohnraum, der Ausbau der Kinderbetreuung, die Fachkräftesicherung für die mittelständische Wirtschaft, die "
        "Entlastung der Pendlerverkehre und ein sparsamer Umgang mit der Fläche. Für die Beteiligung setzte der "
        "Kreis neben Bürgerforen auf eine Online-Beteiligungsplattform, über die rund 3.400 Personen mehr als 1.100 "
        "Vorschläge und Kommentare einbrachten.",
        key="LF-bsp-beispielau",
    ),
    Para(
        "Zu den Ergebnissen im Landkreis Beispielau gehören ein kreisweites Wohnraumversorgungskonzept, das mit den "
        "Städten und Gemeinden abgestimmte Wohnungsbauziele enthält, eine Fachkräfteallianz aus Kreis, Kammern, "
        "Agentur für Arbeit und Unternehmen sowie ein Programm zur Umnutzung älterer Einfamilienhäuser für junge "
        "Familien. Besonders konsequent ist das Monitoring angelegt: Ein jährlicher Kreisentwicklungsbericht "
        "bewertet jede Maßnahme nach dem Ampelsystem, und ein öffentlich zugängliches Online-Dashboard zeigt die "
        "Entwicklung von 25 Kernindikatoren. Die erste Fortschreibung ist für das Jahr nach der nächsten "
        "Kreistagswahl vorgesehen.",
        key="LF-bsp-beispielau-2",
    ),
    Heading("8.4 Was die Beispiele lehren", 2),
    Para(
        "So unterschiedlich die Ausgangslagen der drei Landkreise sind, so ähnlich sind die Faktoren, die ihren "
        "Erfolg erklären. An erster Stelle steht die politische Rückendeckung durch die Landrätin oder den Landrat "
        "und durch einen breiten Konsens im Kreistag. Ebenso wichtig ist eine dauerhaft eingerichtete, personell "
        "ausreichend ausgestattete Stabsstelle, die den Prozess auch nach dem Beschluss weiterträgt. Die Einbindung "
        "der Gemeinden auf Augenhöhe hat in allen drei Kreisen anfängliche Skepsis überwunden. Wenige, gut sichtbare "
        "Leitprojekte haben mehr zur Akzeptanz beigetragen als umfangreiche Maßnahmenlisten. Schließlich zeigen die "
        "Beispiele, dass die konsequente Verknüpfung mit Förderprogrammen und ein verlässliches Monitoring die "
        "Umsetzung über viele Jahre tragen.",
        key="LF-erfolgsfaktoren",
    ),
    Bullets(
        (
            "Politische Rückendeckung durch Landrat oder Landrätin und Kreistag",
            "Dauerhafte Stabsstelle mit ausreichenden Personal- und Sachmitteln",
            "Beteiligung der Kommunen auf Augenhöhe, Respekt vor der Planungshoheit",
            "Konzentration auf wenige Leitprojekte mit sichtbarem Nutzen",
            "Verknüpfung mit Förderprogrammen und abgesicherte Kofinanzierung",
            "Verlässliches Monitoring und regelmäßige Berichte an den Kreistag",
        ),
        key="LF-erfolgsfaktoren-liste",
    ),
    # ------------------------------------------------------------------ Kapitel 9 (einspaltig)
    Columns(1),
    Heading("9 Checkliste für Landkreise", 1, key="LF-k9"),
    Para(
        "Die folgende Checkliste fasst die Empfehlungen dieses Leitfadens in Prüffragen zusammen. Sie kann zu Beginn "
        "eines Kreisentwicklungsprozesses als Planungshilfe und in späteren Phasen als Kontrollinstrument genutzt "
        "werden. Nicht jede Frage ist für jeden Landkreis gleich bedeutsam; die Liste sollte an die eigene "
        "Ausgangslage angepasst werden.",
        key="LF-check-intro",
    ),
    Heading("9.1 Vorbereitung", 2),
    Bullets(
        (
            "Sind Anlass, Ziele und erwarteter Nutzen des Kreisentwicklungskonzepts schriftlich festgehalten?",
            "Haben Landrätin oder Landrat und die Fraktionsvorsitzenden im Kreistag ihre Unterstützung signalisiert?",
            "Wurden die Bürgermeisterinnen und Bürgermeister der kreisangehörigen Kommunen frühzeitig informiert?",
            "Liegt ein Prozessdesign mit Zeitplan, Projektorganisation, Beteiligungskonzept und Budget vor?",
            "Hat der Kreistag einen Grundsatzbeschluss gefasst und die erforderlichen Mittel bereitgestellt?",
            "Ist geklärt, welche Leistungen extern vergeben und welche in der Verwaltung erbracht werden?",
        ),
        key="LF-check-vorbereitung",
    ),
    Heading("9.2 Bestandsanalyse und Leitbild", 2),
    Bullets(
        (
            "Liegt ein Strukturatlas mit kleinräumigen Daten auf Ebene der Gemeinden vor?",
            "Wurde eine aktuelle Bevölkerungsvorausberechnung für den Kreis und seine Teilräume ausgewertet?",
            "Sind die Analysen der Fachplanungen (Nahverkehrsplan, Jugendhilfeplanung, Schulentwicklungsplanung, "
            "Pflegestrukturplanung) einbezogen?",
            "Wurden die Ergebnisse in einer SWOT-Analyse verdichtet und mit den Beteiligten diskutiert?",
            "Ist das Leitbild prägnant, kreisspezifisch und setzt es erkennbar Prioritäten?",
            "Wurde das Leitbild vom Kreistag als Zwischenergebnis bestätigt?",
        ),
        key="LF-check-analyse",
    ),
    Heading("9.3 Handlungsfelder und Maßnahmen", 2),
    Bullets(
        (
            "Beschränkt sich das Konzept auf vier bis sechs Handlungsfelder und wenige Querschnittsthemen?",
            "Sind die Ziele spezifisch, messbar, akzeptiert, realistisch und terminiert (SMART)?",
            "Ist jede Maßnahme in einem einheitlichen Maßnahmensteckbrief beschrieben?",
            "Hat jede Maßnahme eine eindeutig benannte federführende Stelle?",
            "Wurden die Maßnahmen nach nachvollziehbaren Kriterien priorisiert und Leitprojekte bestimmt?",
            "Sind Kosten, Folgekosten und Fördermöglichkeiten für jede Maßnahme abgeschätzt?",
            "Enthält der Maßnahmenkatalog auch kurzfristig umsetzbare Projekte mit sichtbarem Ergebnis?",
        ),
        key="LF-check-massnahmen",
    ),
    Heading("9.4 Beteiligung", 2),
    Bullets(
        (
            "Sind alle Fraktionen des Kreistages kontinuierlich in den Prozess eingebunden?",
            "Haben die kreisangehörigen Kommunen Gelegenheit, an den Maßnahmen für ihren Teilraum mitzuwirken und "
            "Stellung zu nehmen?",
            "Werden Bürgerinnen und Bürger über mehrere Formate und in allen Teilräumen beteiligt?",
            "Gibt es eigene Beteiligungsformate für Jugendliche, zum Beispiel einen Jugendkreistag oder eine "
            "Schülerbefragung?",
            "Wird die Präsenzbeteiligung durch eine moderierte Online-Beteiligung ergänzt?",
            "Sind Wirtschaft, Kammern, Verbände und Zivilgesellschaft in den Arbeitsgruppen vertreten?",
            "Wird dokumentiert und öffentlich zurückgemeldet, was mit den Beiträgen geschehen ist?",
        ),
        key="LF-check-beteiligung",
    ),
    Heading("9.5 Organisation und Finanzierung", 2),
    Bullets(
        (
            "Ist eine Lenkungsgruppe unter Vorsitz der Verwaltungsspitze eingerichtet?",
            "Gibt es eine Stabsstelle Kreisentwicklung mit mindestens einer, besser zwei Vollzeitstellen?",
            "Sind für jedes Handlungsfeld eine Arbeitsgruppe und eine verantwortliche Leitung benannt?",
            "Sind Eigenmittel für Konzepterstellung und Umsetzung in der mittelfristigen Finanzplanung abgesichert?",
            "Wurden passende Förderprogramme von EU, Bund und Land (zum Beispiel LEADER, GAK, MORO, BULEplus, "
            "Städtebauförderung) geprüft?",
            "Ist die Kofinanzierung der geplanten Förderprojekte im Haushalt eingeplant?",
            "Gibt es eine Ansprechperson für das Fördermittelmanagement?",
        ),
        key="LF-check-organisation",
    ),
    Heading("9.6 Umsetzung, Monitoring und Fortschreibung", 2),
    Bullets(
        (
            "Sind die Maßnahmen in Haushalt, Stellenplan und Fachplanungen überführt?",
            "Liegt ein Umsetzungsfahrplan mit Jahresscheiben vor?",
            "Ist ein Set von 20 bis 40 Kernindikatoren mit Basisjahr und Zielwerten festgelegt?",
            "Erhält der Kreistag jährlich einen Umsetzungsbericht mit Ampelbewertung?",
            "Ist nach drei bis fünf Jahren eine Zwischenevaluation vorgesehen?",
            "Ist die Fortschreibung des Konzepts nach spätestens fünf bis zehn Jahren terminiert?",
        ),
        key="LF-check-umsetzung",
    ),
    # ------------------------------------------------------------------ Kapitel 10
    Columns(2),
    Heading("10 Literatur und Links", 1, key="LF-k10"),
    Para(
        "Die folgende Auswahl nennt Veröffentlichungen und Internetangebote, die für die Erarbeitung eines "
        "Kreisentwicklungskonzepts besonders hilfreich sind. Viele der genannten Leitfäden und Datenbanken stehen "
        "kostenfrei im Internet zur Verfügung. Hinweise auf weitere Arbeitshilfen und Beispiele aus den Landkreisen "
        "nimmt die Hauptgeschäftsstelle des Deutschen Landkreistages gern entgegen.",
        key="LF-literatur-intro",
    ),
    Heading("10.1 Literatur", 2),
    Bullets(
        (
            "Akademie für Raumforschung und Landesplanung (Hrsg.): Handwörterbuch der Raumordnung. 4. Auflage, "
            "Hannover 2005.",
            "Bundesinstitut für Bau-, Stadt- und Raumforschung (Hrsg.): Raumordnungsbericht 2011. Bonn 2012.",
            "Bundesministerium des Innern (Hrsg.): Jedes Alter zählt. Demografiestrategie der Bundesregierung. "
            "Berlin 2012.",
            "Bundesministerium für Verkehr, Bau und Stadtentwicklung (Hrsg.): Regionalstrategie Daseinsvorsorge. "
            "Leitfaden für die Praxis. Berlin 2011.",
            "Deutscher Landkreistag (Hrsg.): Der Landkreis. Zeitschrift für kommunale Selbstverwaltung. Stuttgart, "
            "laufende Jahrgänge.",
            "Statistisches Bundesamt: Bevölkerung Deutschlands bis 2060. 12. koordinierte "
            "Bevölkerungsvorausberechnung. Wiesbaden 2009.",
        ),
        key="LF-literatur",
    ),
    Heading("10.2 Links", 2),
    Bullets(
        (
            "Deutscher Landkreistag: www.landkreistag.de",
            "Demografieportal des Bundes und der Länder: www.demografie-portal.de",
            "Indikatoren und Karten zur Raum- und Stadtentwicklung (INKAR) des BBSR: www.inkar.de",
            "Bundesinstitut für Bau-, Stadt- und Raumforschung, Modellvorhaben der Raumordnung: www.bbsr.bund.de",
            "Wegweiser Kommune der Bertelsmann Stiftung: www.wegweiser-kommune.de",
            "Deutsche Vernetzungsstelle Ländliche Räume (LEADER, ländliche Entwicklung): "
            "www.netzwerk-laendlicher-raum.de",
            "Förderdatenbank des Bundes: www.foerderdatenbank.de",
            "Städtebauförderung von Bund und Ländern: www.staedtebaufoerderung.info",
        ),
        key="LF-links",
    ),
)

QUESTIONS: tuple[Question, ...] = (
    # guide
    Question("LF-001", "guide", "Was ist ein Kreisentwicklungskonzept?", ("LF-def",), ("informelles", "Leitbild")),
    Question(
        "LF-002",
        "guide",
        "Welche Phasen hat die Erstellung eines Kreisentwicklungskonzepts?",
        ("LF-phasen", "LF-phasen-tab"),
        ("Bestandsanalyse", "Leitbild"),
    ),
    Question(
        "LF-003",
        "guide",
        "Wie oft sollte ein Kreisentwicklungskonzept fortgeschrieben werden?",
        ("LF-fortschreibung",),
        ("fortgeschrieben", "zehn"),
    ),
    Question(
        "LF-004",
        "guide",
        "Worin unterscheidet sich ein Kreisentwicklungskonzept von einem Regionalplan?",
        ("LF-regionalplan",),
        ("Regionalplan", "Bindungswirkung"),
    ),
    Question(
        "LF-005",
        "guide",
        "Ist ein Landkreis gesetzlich verpflichtet, ein Kreisentwicklungskonzept aufzustellen?",
        ("LF-recht",),
        ("freiwillige",),
    ),
    Question(
        "LF-006",
        "guide",
        "Was versteht man unter der Ausgleichs- und Ergänzungsfunktion der Landkreise?",
        ("LF-ausgleich",),
        ("Ergänzungsfunktion", "Ausgleichsfunktion"),
    ),
    Question(
        "LF-007",
        "guide",
        "Was ist ein Strukturatlas und welche Daten gehören hinein?",
        ("LF-strukturatlas",),
        ("Strukturatlas", "INKAR"),
    ),
    Question(
        "LF-008",
        "guide",
        "Welche Aufgaben hat die Lenkungsgruppe und wer gehört ihr an?",
        ("LF-lenkungsgruppe",),
        ("Lenkungsgruppe", "Vorsitz"),
    ),
    Question(
        "LF-009",
        "guide",
        "Welche Förderprogramme von EU, Bund und Ländern kommen für die Umsetzung eines Kreisentwicklungskonzepts "
        "in Frage?",
        ("LF-foerder-ueberblick", "LF-leader", "LF-gak", "LF-moro", "LF-bule", "LF-staedtebau"),
        ("LEADER",),
    ),
    Question(
        "LF-010",
        "guide",
        "Was sind Modellvorhaben der Raumordnung (MORO)?",
        ("LF-moro",),
        ("MORO", "BBSR"),
    ),
    Question(
        "LF-011",
        "guide",
        "Was bedeutet Kofinanzierung bei Fördermitteln?",
        ("LF-kofinanzierung",),
        ("Kofinanzierung", "Eigenanteil"),
    ),
    Question(
        "LF-012",
        "guide",
        "Was bedeutet Monitoring im Rahmen eines Kreisentwicklungskonzepts?",
        ("LF-monitoring-def",),
        ("Monitoring", "Indikatoren"),
    ),
    Question(
        "LF-013",
        "guide",
        "Welche Indikatoren eignen sich für das Monitoring eines Kreisentwicklungskonzepts?",
        ("LF-indikatoren-tab", "LF-indikatoren"),
        ("Arbeitslosenquote",),
    ),
    Question(
        "LF-014",
        "guide",
        "Wie lange dauert die Erarbeitung eines Kreisentwicklungskonzepts bis zum Beschluss des Kreistages?",
        ("LF-phasen", "LF-phasen-tab"),
        ("24", "Monate"),
    ),
    # paraphrase
    Question(
        "LF-015",
        "paraphrase",
        "Darf ich als ganz normaler Mensch bei so einem Zukunftsplan für unseren Kreis mitreden?",
        ("LF-buerger",),
        ("Bürgerinnen",),
    ),
    Question(
        "LF-016",
        "paraphrase",
        "Warum gibt es bei uns auf dem Land immer weniger Ärzte, Läden und Busse?",
        ("LF-daseinsvorsorge",),
        ("Daseinsvorsorge",),
    ),
    Question(
        "LF-017",
        "paraphrase",
        "Woher kommt eigentlich das Geld, wenn der Kreis so etwas anpacken will?",
        ("LF-foerder-ueberblick",),
        ("Fördermittel",),
    ),
    Question(
        "LF-018",
        "paraphrase",
        "Wie findet man hinterher heraus, ob das Ganze überhaupt etwas gebracht hat?",
        ("LF-evaluation-def",),
        ("Evaluation",),
    ),
    Question(
        "LF-019",
        "paraphrase",
        "Bei uns ziehen die jungen Leute alle weg – ist das anderswo genauso schlimm?",
        ("LF-disparitaeten",),
        ("Abwanderung",),
    ),
    # english
    Question(
        "LF-020",
        "english",
        "What role does the county council play in a county development concept?",
        ("LF-kreistag",),
        ("Kreistag",),
    ),
    Question(
        "LF-021",
        "english",
        "How often should a county development concept be updated?",
        ("LF-fortschreibung",),
        ("fortgeschrieben",),
    ),
    Question(
        "LF-022",
        "english",
        "Which EU programme lets local action groups select rural development projects themselves?",
        ("LF-leader",),
        ("LEADER",),
    ),
    Question(
        "LF-023",
        "english",
        "What is the difference between monitoring and evaluation?",
        ("LF-monitoring-def", "LF-evaluation-def"),
        ("Monitoring", "Evaluation"),
    ),
    Question(
        "LF-024",
        "english",
        "How can young people be involved when a county plans its future development?",
        ("LF-jugend",),
        ("Jugendkreistag",),
    ),
)

DOCUMENT: SampleDocument = SampleDocument(
    id="dlt-leitfaden",
    title="Kreisentwicklungskonzepte als politisches Instrument zur Gestaltung des demografischen Wandels",
    subtitle="Leitfaden des Deutschen Landkreistages – Schriften des Deutschen Landkreistages (Beispielausgabe)",
    year=2014,
    publisher="Deutscher Landkreistag, Berlin",
    running_header="Deutscher Landkreistag · Kreisentwicklungskonzepte",
    file_name="dlt-leitfaden-kreisentwicklungskonzepte.pdf",
    front_matter=FRONT_MATTER,
    body=BODY,
    questions=QUESTIONS,
)
