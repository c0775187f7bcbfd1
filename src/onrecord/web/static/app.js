// onrecord pages: small progressive enhancements; every page works without this file.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  // Search: leave blank filters out of the URL so links stay short and shareable.
  const form = document.getElementById("search-form");
  if (form) {
    form.addEventListener("submit", () => {
      for (const field of form.querySelectorAll("input, select")) {
        if (!field.value) field.disabled = true;
      }
      // Re-enable after submission so the back button shows a usable form.
      setTimeout(() => { for (const field of form.querySelectorAll("[disabled]")) field.disabled = false; }, 0);
    });
  }

  // Article: a highlighted statement opens its quote page.
  for (const mark of document.querySelectorAll("mark.statement[data-statement-id]")) {
    mark.addEventListener("click", () => {
      window.location.href = "/statements/" + encodeURIComponent(mark.dataset.statementId);
    });
  }

  // Article: hovering a speaker in the legend dims everyone else's statements.
  for (const entry of document.querySelectorAll("ul.legend li[data-colour]")) {
    const colour = entry.dataset.colour;
    entry.addEventListener("mouseenter", () => {
      for (const mark of document.querySelectorAll("mark.statement")) {
        mark.classList.toggle("dimmed", mark.dataset.colour !== colour);
      }
    });
    entry.addEventListener("mouseleave", () => {
      for (const mark of document.querySelectorAll("mark.statement")) mark.classList.remove("dimmed");
    });
  }
});
