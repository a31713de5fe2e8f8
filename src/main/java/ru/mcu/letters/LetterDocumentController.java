package ru.mcu.letters;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /letters/{id}/pdf}: a letter as the document to print and sign, opened from the queue
 * or the case page by whoever may see the author's data ({@link LetterDocuments}).
 */
@Controller
class LetterDocumentController {

    private final LetterDocuments documents;

    LetterDocumentController(LetterDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/letters/{id}/pdf")
    ResponseEntity<byte[]> document(@PathVariable long id) {
        try {
            return documents.document(id);
        } catch (LetterNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Письмо не найдено");
        }
    }
}
