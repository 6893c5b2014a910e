/** The map's layout lives in electron/shared: the portfolio's PDF (core) draws the same map. */
export { mapLayout, type Box, type MapFramework, type MapNode } from '../../../electron/shared/framework-map-layout';
