package ru.mcu.intake.batch;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import page: choose the channel and the file, watch the progress, read the rejected
 * rows; and the list of past imports. Behind the application's form login.
 */
@Controller
@PreAuthorize(ImportChannel.ANY_IMPORTER)
class ImportPageController {

    /** How many reasons the page shows; the CSV report has them all. */
    static final int SHOWN_REJECTIONS = 500;

    private final Imports imports;
    private final Uploads uploads;

    ImportPageController(Imports imports, Uploads uploads) {
        this.imports = imports;
        this.uploads = uploads;
    }

    @GetMapping("/imports")
    String list(@RequestParam(required = false) String tooLarge, Authentication caller, Model model) {
        if (tooLarge != null) {
            model.addAttribute("error", uploads.tooLargeMessage());
        }
        Set<ImportChannel> channels = Imports.channelsOf(caller.getAuthorities());
        Map<ImportChannel, String> columns = new LinkedHashMap<>();
        channels.forEach(c -> columns.put(c, c.columns().names()));
        model.addAttribute("channels", channels);
        model.addAttribute("columns", columns);
        model.addAttribute("jobs", imports.recent(caller.getAuthorities(), 100).stream().map(ImportJobView::of).toList());
        model.addAttribute("maxMegabytes", uploads.maxBytes() / (1024 * 1024));
        model.addAttribute("maxBytes", uploads.maxBytes());
        model.addAttribute("tooLargeMessage", uploads.tooLargeMessage());
        return "imports/list";
    }

    @PostMapping("/imports")
    String start(@RequestParam ImportChannel channel, @RequestParam("file") MultipartFile file, Authentication caller,
                 RedirectAttributes redirect) throws IOException {
        if (!channel.mayBeImportedBy(caller.getAuthorities())) {
            throw new AccessDeniedException("May not import " + channel);
        }
        try {
            ImportJob job = imports.start(channel, uploads.of(file), caller.getName());
            return "redirect:/imports/" + job.getId();
        } catch (ImportFileException e) {
            redirect.addFlashAttribute("error", "Файл не импортирован: " + e.getMessage());
        } catch (Uploads.TooLargeException e) {
            redirect.addFlashAttribute("error", uploads.tooLargeMessage());
        } catch (Imports.QueueFullException e) {
            redirect.addFlashAttribute("error", "Очередь импорта заполнена: повторите загрузку через несколько минут");
        }
        return "redirect:/imports";
    }

    @GetMapping("/imports/{id}")
    String job(@PathVariable long id, Authentication caller, Model model) {
        ImportJob job = imports.job(id, caller.getAuthorities());
        List<ImportRejection> shown = imports.rejections(id, SHOWN_REJECTIONS + 1);
        model.addAttribute("job", ImportJobView.of(job));
        model.addAttribute("rejections", shown.stream().limit(SHOWN_REJECTIONS).toList());
        model.addAttribute("more", shown.size() > SHOWN_REJECTIONS);
        return "imports/job";
    }

    /** What the page's script polls while the job runs. */
    @GetMapping("/imports/{id}/progress")
    @ResponseBody
    ImportJobView progress(@PathVariable long id, Authentication caller) {
        return ImportJobView.of(imports.job(id, caller.getAuthorities()));
    }

    @GetMapping("/imports/{id}/report.csv")
    ResponseEntity<byte[]> report(@PathVariable long id, Authentication caller) {
        return ImportReport.of(imports.job(id, caller.getAuthorities()), imports.rejections(id)).csv();
    }
}
