/* Progressive enhancement only: every feature works without this file. */
(function () {
    "use strict";
    var SMALL = window.matchMedia("(max-width: 40rem)");

    function setUpMenu() {
        var toggle = document.querySelector(".main-nav__toggle");
        var list = document.getElementById("main-menu");
        if (!toggle || !list) { return; }
        function apply() {
            if (SMALL.matches) {
                toggle.hidden = false;
                var open = toggle.getAttribute("aria-expanded") === "true";
                list.classList.toggle("is-collapsed", !open);
            } else {
                toggle.hidden = true;
                list.classList.remove("is-collapsed");
            }
        }
        toggle.addEventListener("click", function () {
            var open = toggle.getAttribute("aria-expanded") === "true";
            toggle.setAttribute("aria-expanded", open ? "false" : "true");
            apply();
        });
        document.addEventListener("keydown", function (event) {
            if (event.key === "Escape" && SMALL.matches && toggle.getAttribute("aria-expanded") === "true") {
                toggle.setAttribute("aria-expanded", "false");
                apply();
                toggle.focus();
            }
        });
        SMALL.addEventListener("change", apply);
        apply();
    }

    function focusFormErrors() {
        var summary = document.getElementById("form-errors");
        if (summary) { summary.focus(); }
    }

    document.addEventListener("DOMContentLoaded", function () {
        setUpMenu();
        focusFormErrors();
    });
}());
