(function () {
  "use strict";
  var tip = document.getElementById("tip");
  function place(event) {
    tip.style.left = (event.pageX + 14) + "px";
    tip.style.top = (event.pageY + 14) + "px";
  }
  document.querySelectorAll(".node").forEach(function (node) {
    node.addEventListener("mouseenter", function (event) {
      tip.textContent = node.getAttribute("data-tip");
      tip.hidden = false;
      place(event);
    });
    node.addEventListener("mousemove", place);
    node.addEventListener("mouseleave", function () { tip.hidden = true; });
  });
  document.querySelectorAll("input[data-chart]").forEach(function (box) {
    box.addEventListener("change", function () {
      var chart = document.getElementById(box.getAttribute("data-chart"));
      var series = chart && chart.querySelector('g.series[data-series="' + box.getAttribute("data-series") + '"]');
      if (series) {
        series.setAttribute("visibility", box.checked ? "visible" : "hidden");
      }
    });
  });
}());
