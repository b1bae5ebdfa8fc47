// Reports what OmegaT sees: every source segment with its translation, and every glossary entry.
import org.omegat.core.Core
import org.omegat.gui.glossary.GlossaryReaderTBX
import org.omegat.gui.glossary.GlossaryReaderTSV

if (eventType.toString() != "LOAD") return "skipped " + eventType
def project = Core.getProject()
def report = new File(System.getenv("UNBITEXT_OMEGAT_REPORT"))
def lines = []
project.allEntries.each { entry ->
    def info = project.getTranslationInfo(entry)
    def translated = info != null && info.isTranslated()
    lines << ["SEGMENT", translated ? "T" : "U", entry.srcText, translated ? info.translation : ""].collect { it.replace("\t", " ").replace("\n", " ") }.join("\t")
}
new File(project.projectProperties.glossaryRoot).eachFile { file ->
    def name = file.name.toLowerCase()
    def entries = name.endsWith(".tbx") ? GlossaryReaderTBX.read(file, false) : (name.endsWith(".utf8") || name.endsWith(".txt") || name.endsWith(".tab")) ? GlossaryReaderTSV.read(file, false) : []
    entries.each { lines << ["GLOSSARY", file.name, it.srcText, it.locText].join("\t") }
}
report.setText(lines.join("\n") + "\n", "UTF-8")
return "reported " + lines.size()
