// Progressive enhancement for campaign pages: a "copy the letter" button. Without this
// script the letter stays selectable and the mailto: link opens it in a mail program.
(function () {
    "use strict";
    document.querySelectorAll("[data-copy-target]").forEach(function (button) {
        var target = document.getElementById(button.getAttribute("data-copy-target"));
        var status = button.parentElement.querySelector("[data-copy-status]");
        if (!target) {
            return;
        }
        button.hidden = false;
        button.addEventListener("click", function () {
            var done = function () {
                if (status) {
                    status.textContent = button.getAttribute("data-copied");
                }
            };
            if (navigator.clipboard && navigator.clipboard.writeText) {
                navigator.clipboard.writeText(target.value).then(done, function () {
                    target.select();
                });
            } else {
                target.select();
                if (document.execCommand("copy")) {
                    done();
                }
            }
        });
    });
})();
